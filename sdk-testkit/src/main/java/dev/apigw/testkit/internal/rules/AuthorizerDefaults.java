package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.rules.DefaultValue.when;

import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the service fills in on an HTTP API's Lambda (REQUEST) authorizer: caching off, and an IAM
 * policy expected back unless simple responses are asked for. Those members belong to HTTP API
 * Lambda authorizers only, so a JWT authorizer, or a WebSocket API's, reads back with what was sent
 * and its id, as the service's recorded create-authorizer and get-authorizer answers show.
 */
final class AuthorizerDefaults implements Defaults {
  private static final Predicate<Resource> HTTP_LAMBDA =
      authorizer ->
          ApiProtocol.isHttp(authorizer)
              && "REQUEST".equals(authorizer.fields().get("authorizerType"));

  static final List<DefaultValue> TABLE =
      List.of(
          when(
              HTTP_LAMBDA,
              "authorizerResultTtlInSeconds",
              0L,
              "An HTTP API's Lambda authorizer caches its results only when given a TTL above 0;"
                  + " without one its TTL is 0, caching off."),
          when(
              HTTP_LAMBDA.and(
                  authorizer ->
                      "2.0".equals(authorizer.fields().get("authorizerPayloadFormatVersion"))),
              "enableSimpleResponses",
              false,
              "Simple (boolean) responses are for payload format 2.0 Lambda authorizers of HTTP"
                  + " APIs, and off unless enabled: by default the authorizer returns an IAM"
                  + " policy."));

  @Override
  public void onCreate(Resource authorizer, ServiceFacts facts) {
    for (DefaultValue entry : TABLE) {
      entry.fillIn(authorizer);
    }
  }
}

package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.rules.DefaultValue.always;
import static dev.apigw.testkit.internal.rules.DefaultValue.when;

import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** What the service fills in on an integration, which differs by the API's protocol and type. */
final class IntegrationDefaults implements Defaults {
  private static final Set<String> PROXY_TYPES = Set.of("AWS_PROXY", "HTTP_PROXY");
  private static final Predicate<Resource> HTTP = ApiProtocol::isHttp;
  private static final Predicate<Resource> WEBSOCKET = ApiProtocol::isWebSocket;

  static final List<DefaultValue> TABLE =
      List.of(
          always(
              "connectionType",
              "INTERNET",
              "The connection type is INTERNET, through the public internet, unless VPC_LINK is"
                  + " chosen."),
          when(
              HTTP,
              "timeoutInMillis",
              30000L,
              "An HTTP API's integration times out after 30 seconds unless told otherwise."),
          when(
              WEBSOCKET,
              "timeoutInMillis",
              29000L,
              "A WebSocket API's integration times out after 29 seconds unless told otherwise."),
          when(
              WEBSOCKET,
              "passthroughBehavior",
              "WHEN_NO_MATCH",
              "A WebSocket integration passes an unmapped payload through unchanged by default."),
          when(
              WEBSOCKET,
              "payloadFormatVersion",
              "1.0",
              "WebSocket integrations support payload format 1.0 only, and read it back."),
          when(
              WEBSOCKET.and(type(PROXY_TYPES::contains).negate()),
              "integrationResponseSelectionExpression",
              "${integration.response.statuscode}",
              "A WebSocket API's non-proxy integration selects its integration response by the"
                  + " backend's status code."),
          when(
              HTTP.and(type("AWS_PROXY"::equals)),
              "integrationMethod",
              "POST",
              "An HTTP API calls its Lambda proxy integrations with POST."),
          when(
              HTTP.and(type("HTTP_PROXY"::equals)),
              "payloadFormatVersion",
              "1.0",
              "An HTTP API's HTTP proxy integration uses payload format 1.0, the only one it"
                  + " supports."));

  private static Predicate<Resource> type(Predicate<Object> integrationType) {
    return integration -> integrationType.test(integration.fields().get("integrationType"));
  }

  @Override
  public void onCreate(Resource integration, ServiceFacts facts) {
    for (DefaultValue entry : TABLE) {
      entry.fillIn(integration);
    }
  }
}

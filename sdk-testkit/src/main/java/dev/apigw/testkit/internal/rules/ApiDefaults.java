package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.rules.DefaultValue.always;
import static dev.apigw.testkit.internal.rules.DefaultValue.when;

import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.List;
import java.util.Map;

/**
 * An API's endpoint and creation date, which the service computes, and the defaults of its
 * selection expressions and options.
 */
final class ApiDefaults implements Defaults {
  static final List<DefaultValue> TABLE =
      List.of(
          always(
              "apiKeySelectionExpression",
              "$request.header.x-api-key",
              "An API reads its API key from the x-api-key header unless told otherwise."),
          when(
              ApiProtocol::isHttp,
              "routeSelectionExpression",
              "$request.method $request.path",
              "An HTTP API selects routes by method and path, the only expression it supports."),
          always(
              "disableExecuteApiEndpoint",
              false,
              "Clients can call an API's default execute-api endpoint unless it is turned off."),
          always(
              "ipAddressType",
              "ipv4",
              "An API's default endpoint takes IPv4 clients only unless dualstack is chosen."),
          always("tags", Map.of(), "An API starts untagged."));

  @Override
  public void onCreate(Resource api, ServiceFacts facts) {
    Map<String, Object> f = api.fields();
    String scheme = "WEBSOCKET".equals(f.get("protocolType")) ? "wss" : "https";
    f.put(
        "apiEndpoint",
        scheme + "://" + api.id() + ".execute-api." + facts.region() + ".amazonaws.com");
    f.put("createdDate", facts.now());
    for (DefaultValue entry : TABLE) {
      entry.fillIn(api);
    }
  }
}

package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.LinkedHashMap;
import java.util.Map;

/** An API's endpoint, creation date and the defaults of its selection expressions and options. */
final class ApiDefaults implements Defaults {
  @Override
  public void onCreate(Resource api, ServiceFacts facts) {
    Map<String, Object> f = api.fields();
    String scheme = "WEBSOCKET".equals(f.get("protocolType")) ? "wss" : "https";
    f.put(
        "apiEndpoint",
        scheme + "://" + api.id() + ".execute-api." + facts.region() + ".amazonaws.com");
    f.put("createdDate", facts.now());
    f.putIfAbsent("apiKeySelectionExpression", "$request.header.x-api-key");
    if ("HTTP".equals(f.get("protocolType"))) {
      f.putIfAbsent("routeSelectionExpression", "$request.method $request.path");
    }
    f.putIfAbsent("disableExecuteApiEndpoint", false);
    f.putIfAbsent("ipAddressType", "ipv4");
    f.putIfAbsent("tags", new LinkedHashMap<String, Object>());
  }
}

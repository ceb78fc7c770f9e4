package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.Map;

/**
 * An integration's connection type and timeout; a WebSocket API's also gets its passthrough
 * behaviour. The timeout differs by the API's protocol: 30 s for HTTP, 29 s for WebSocket.
 */
final class IntegrationDefaults implements Defaults {
  @Override
  public void onCreate(Resource integration, ServiceFacts facts) {
    Map<String, Object> f = integration.fields();
    Resource api = integration.ancestor(ResourceKind.API);
    boolean http = api != null && "HTTP".equals(api.fields().get("protocolType"));
    f.putIfAbsent("connectionType", "INTERNET");
    f.putIfAbsent("timeoutInMillis", http ? 30000L : 29000L);
    if (!http) {
      f.putIfAbsent("passthroughBehavior", "WHEN_NO_MATCH");
    }
  }
}

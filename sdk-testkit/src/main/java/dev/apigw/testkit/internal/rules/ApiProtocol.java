package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;

/** The protocol of the API a resource belongs to, which many of the service's rules depend on. */
final class ApiProtocol {
  private ApiProtocol() {}

  /** Whether {@code resource} (an API or anything under one) belongs to an HTTP API. */
  static boolean isHttp(Resource resource) {
    Resource api = resource.ancestor(ResourceKind.API);
    return api != null && "HTTP".equals(api.fields().get("protocolType"));
  }

  /** Whether {@code resource} (an API or anything under one) belongs to a WebSocket API. */
  static boolean isWebSocket(Resource resource) {
    Resource api = resource.ancestor(ResourceKind.API);
    return api != null && "WEBSOCKET".equals(api.fields().get("protocolType"));
  }
}

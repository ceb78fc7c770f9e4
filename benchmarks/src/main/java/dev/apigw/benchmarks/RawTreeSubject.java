package dev.apigw.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.benchmarks.server.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Raw OkHttp with Jackson's tree: {@code ObjectMapper.readTree(body.byteStream())}, then every
 * member read from the nodes; request bodies written from an {@link ObjectNode}. The floor the
 * issue measures against.
 */
public final class RawTreeSubject extends RawSubject {
  private static final String[] TEXT_MEMBERS = {
    "authorizationType",
    "authorizerId",
    "modelSelectionExpression",
    "operationName",
    "routeId",
    "routeKey",
    "routeResponseSelectionExpression",
    "target"
  };

  private final ObjectMapper mapper = new ObjectMapper();

  public RawTreeSubject(URI endpoint, boolean signReads) {
    super(endpoint, signReads);
  }

  @Override
  protected int readRoutes(InputStream body, Blackhole bh, String[] next) throws IOException {
    JsonNode page = mapper.readTree(body);
    JsonNode items = page.path("items");
    for (JsonNode route : items) {
      consume(route, bh);
    }
    next[0] = page.path("nextToken").textValue();
    bh.consume(next[0]);
    return items.size();
  }

  @Override
  protected void readRoute(InputStream body, Blackhole bh) throws IOException {
    consume(mapper.readTree(body), bh);
  }

  @Override
  protected String readErrorMessage(InputStream body) throws IOException {
    return mapper.readTree(body).path("message").textValue();
  }

  @Override
  protected byte[] createRouteBody() throws IOException {
    ObjectNode json = mapper.createObjectNode();
    json.put("apiKeyRequired", false);
    json.put("authorizationType", Fixtures.CREATE_AUTHORIZATION_TYPE);
    json.put("operationName", Fixtures.CREATE_OPERATION_NAME);
    json.put("routeKey", Fixtures.CREATE_ROUTE_KEY);
    json.put("target", Fixtures.CREATE_TARGET);
    return mapper.writeValueAsBytes(json);
  }

  @Override
  protected byte[] updateRouteBody() throws IOException {
    ObjectNode json = mapper.createObjectNode();
    json.put("authorizationType", Fixtures.UPDATE_AUTHORIZATION_TYPE);
    json.put("target", Fixtures.UPDATE_TARGET);
    return mapper.writeValueAsBytes(json);
  }

  private static void consume(JsonNode route, Blackhole bh) {
    bh.consume(route.path("apiGatewayManaged").booleanValue());
    bh.consume(route.path("apiKeyRequired").booleanValue());
    for (JsonNode scope : route.path("authorizationScopes")) {
      bh.consume(scope.textValue());
    }
    for (String member : TEXT_MEMBERS) {
      bh.consume(route.path(member).textValue());
    }
    for (Map.Entry<String, JsonNode> model : route.path("requestModels").properties()) {
      bh.consume(model.getKey());
      bh.consume(model.getValue().textValue());
    }
    for (Map.Entry<String, JsonNode> parameter : route.path("requestParameters").properties()) {
      bh.consume(parameter.getKey());
      bh.consume(parameter.getValue().path("required").booleanValue());
    }
  }
}

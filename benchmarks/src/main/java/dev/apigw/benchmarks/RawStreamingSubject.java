package dev.apigw.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.apigw.benchmarks.server.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Raw OkHttp with jackson-core's streaming {@link JsonParser} over the body stream: every member
 * read as it is parsed, no objects built; request bodies written with a {@link JsonGenerator}. The
 * lowest floor for a JSON client.
 */
public final class RawStreamingSubject extends RawSubject {
  private final JsonFactory json = new JsonFactory();

  public RawStreamingSubject(URI endpoint) {
    super(endpoint, false);
  }

  @Override
  protected int readRoutes(InputStream body, Blackhole bh, String[] next) throws IOException {
    int routes = 0;
    try (JsonParser parser = json.createParser(body)) {
      expect(parser.nextToken(), JsonToken.START_OBJECT);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("items") && value == JsonToken.START_ARRAY) {
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            readRouteMembers(parser, bh);
            routes++;
          }
        } else if (name.equals("nextToken") && value == JsonToken.VALUE_STRING) {
          next[0] = parser.getText();
          bh.consume(next[0]);
        } else {
          parser.skipChildren();
        }
      }
    }
    return routes;
  }

  @Override
  protected void readRoute(InputStream body, Blackhole bh) throws IOException {
    try (JsonParser parser = json.createParser(body)) {
      expect(parser.nextToken(), JsonToken.START_OBJECT);
      readRouteMembers(parser, bh);
    }
  }

  @Override
  protected String readErrorMessage(InputStream body) throws IOException {
    String message = null;
    try (JsonParser parser = json.createParser(body)) {
      expect(parser.nextToken(), JsonToken.START_OBJECT);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (name.equals("message")) {
          message = parser.getText();
        } else {
          parser.skipChildren();
        }
      }
    }
    return message;
  }

  @Override
  protected byte[] createRouteBody() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(160);
    try (JsonGenerator generator = json.createGenerator(out)) {
      generator.writeStartObject();
      generator.writeBooleanField("apiKeyRequired", false);
      generator.writeStringField("authorizationType", Fixtures.CREATE_AUTHORIZATION_TYPE);
      generator.writeStringField("operationName", Fixtures.CREATE_OPERATION_NAME);
      generator.writeStringField("routeKey", Fixtures.CREATE_ROUTE_KEY);
      generator.writeStringField("target", Fixtures.CREATE_TARGET);
      generator.writeEndObject();
    }
    return out.toByteArray();
  }

  @Override
  protected byte[] updateRouteBody() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(80);
    try (JsonGenerator generator = json.createGenerator(out)) {
      generator.writeStartObject();
      generator.writeStringField("authorizationType", Fixtures.UPDATE_AUTHORIZATION_TYPE);
      generator.writeStringField("target", Fixtures.UPDATE_TARGET);
      generator.writeEndObject();
    }
    return out.toByteArray();
  }

  /** The members of the route object whose START_OBJECT the parser is on, up to its END_OBJECT. */
  private static void readRouteMembers(JsonParser parser, Blackhole bh) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (value == JsonToken.VALUE_NULL) {
        continue;
      }
      switch (name) {
        case "apiGatewayManaged":
        case "apiKeyRequired":
          bh.consume(parser.getBooleanValue());
          break;
        case "authorizationType":
        case "authorizerId":
        case "modelSelectionExpression":
        case "operationName":
        case "routeId":
        case "routeKey":
        case "routeResponseSelectionExpression":
        case "target":
          bh.consume(parser.getText());
          break;
        case "authorizationScopes":
          while (parser.nextToken() == JsonToken.VALUE_STRING) {
            bh.consume(parser.getText());
          }
          break;
        case "requestModels":
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            bh.consume(parser.currentName());
            parser.nextToken();
            bh.consume(parser.getText());
          }
          break;
        case "requestParameters":
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            bh.consume(parser.currentName());
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
              String member = parser.currentName();
              parser.nextToken();
              if (member.equals("required")) {
                bh.consume(parser.getBooleanValue());
              } else {
                parser.skipChildren();
              }
            }
          }
          break;
        default:
          parser.skipChildren();
          break;
      }
    }
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("expected " + expected + " but found " + actual);
    }
  }
}

package dev.apigw.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A small local stand-in for the API Gateway V2 management API on {@code 127.0.0.1}, so that the examples run
 * anywhere, without an AWS account or a network. It knows one HTTP API, {@value #API_ID}, with {@value #ROUTE_COUNT}
 * routes, and answers only what the examples call:
 *
 * <ul>
 *   <li>{@code GET /v2/apis/{apiId}}: the API, or a {@code NotFoundException} for any other id;
 *   <li>{@code GET /v2/apis/{apiId}/routes}: the routes, {@code maxResults} per page ({@value #DEFAULT_PAGE_SIZE} when
 *       not given), continued with the opaque {@code nextToken} of the previous page;
 *   <li>{@code POST /v2/apis/{apiId}/routes}: adds a route ({@code ConflictException} when its key exists).
 * </ul>
 *
 * <p>Every request must carry a SigV4 {@code Authorization} header (it is not verified); one without gets a 403, as
 * from API Gateway. Errors are in the service's format: {@code X-Amzn-ErrorType} and {@code {"message": ...}}. Not an
 * emulator; for tests of your own code against a fuller one, see {@code sdk-testkit}.
 */
public final class LocalApiGateway implements AutoCloseable {
  /** The id of the one API the stand-in knows. */
  public static final String API_ID = "a1b2c3";
  /** The page size when a request gives no {@code maxResults}. */
  public static final int DEFAULT_PAGE_SIZE = 3;
  /** How many routes the API starts with. */
  public static final int ROUTE_COUNT = 8;

  private static final int MAX_PAGE_SIZE = 100;
  private static final JsonFactory JSON = new JsonFactory();
  /** Kept referenced: java.util.logging forgets the level of a logger nobody holds. */
  private static final Logger SERVER_LOG = Logger.getLogger(MockWebServer.class.getName());

  private final MockWebServer server = new MockWebServer();
  private final List<String[]> routes = new ArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();

  private LocalApiGateway() {
    addRoute("POST /pets", "integrations/abc123");
    addRoute("GET /pets/{petId}", "integrations/abc123");
    addRoute("PUT /pets/{petId}", "integrations/abc123");
    addRoute("DELETE /pets/{petId}", "integrations/abc123");
    addRoute("GET /owners", "integrations/def456");
    addRoute("POST /owners", "integrations/def456");
    addRoute("GET /owners/{ownerId}", "integrations/def456");
    addRoute("$default", "integrations/fallback");
  }

  /** Starts a stand-in on a free port of {@code 127.0.0.1}. */
  public static LocalApiGateway start() throws IOException {
    SERVER_LOG.setLevel(Level.WARNING);
    LocalApiGateway gateway = new LocalApiGateway();
    gateway.server.setDispatcher(gateway.new Handler());
    gateway.server.start(InetAddress.getByName("127.0.0.1"), 0);
    return gateway;
  }

  /** Where to send requests, such as {@code http://127.0.0.1:54321}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getPort());
  }

  /** How many requests arrived so far. */
  public int requestCount() {
    return requests.get();
  }

  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "LocalApiGateway{" + endpoint() + "}";
  }

  private synchronized String[] addRoute(String routeKey, String target) {
    String[] route = {"r" + (routes.size() + 1) + "x9k", routeKey, target};
    routes.add(route);
    return route;
  }

  private synchronized List<String[]> routesSnapshot() {
    return new ArrayList<>(routes);
  }

  /** Answers one request; never throws. */
  private final class Handler extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String requestId = "local-" + requests.incrementAndGet();
      try {
        return answer(request, requestId);
      } catch (RuntimeException | IOException e) {
        return error(500, "InternalServerErrorException", "The local stand-in failed: " + e, requestId);
      }
    }

    private MockResponse answer(RecordedRequest request, String requestId) throws IOException {
      String authorization = request.getHeaders().get("Authorization");
      if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256 Credential=")) {
        return error(403, "MissingAuthenticationTokenException", "Missing Authentication Token", requestId);
      }
      List<String> path = request.getUrl().pathSegments();
      if (path.size() < 3 || !path.get(0).equals("v2") || !path.get(1).equals("apis")) {
        return unsupported(request, requestId);
      }
      if (!path.get(2).equals(API_ID)) {
        return error(404, "NotFoundException", "Invalid API identifier specified 123456789012:" + path.get(2),
            requestId);
      }
      if (path.size() == 3 && request.getMethod().equals("GET")) {
        return json(200, api(), requestId);
      }
      if (path.size() == 4 && path.get(3).equals("routes") && request.getMethod().equals("GET")) {
        return routesPage(request, requestId);
      }
      if (path.size() == 4 && path.get(3).equals("routes") && request.getMethod().equals("POST")) {
        return createRoute(request, requestId);
      }
      return unsupported(request, requestId);
    }

    private MockResponse routesPage(RecordedRequest request, String requestId) {
      int pageSize = DEFAULT_PAGE_SIZE;
      String maxResults = request.getUrl().queryParameter("maxResults");
      if (maxResults != null) {
        try {
          pageSize = Integer.parseInt(maxResults);
        } catch (NumberFormatException e) {
          pageSize = -1;
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
          return error(400, "BadRequestException", "maxResults must be between 1 and " + MAX_PAGE_SIZE, requestId);
        }
      }
      List<String[]> all = routesSnapshot();
      int from = 0;
      String nextToken = request.getUrl().queryParameter("nextToken");
      if (nextToken != null) {
        from = offsetOf(nextToken);
        if (from <= 0 || from >= all.size()) {
          return error(400, "BadRequestException", "The nextToken is not valid", requestId);
        }
      }
      int to = Math.min(all.size(), from + pageSize);
      StringWriter text = new StringWriter();
      try (JsonGenerator out = JSON.createGenerator(text)) {
        out.writeStartObject();
        out.writeArrayFieldStart("items");
        for (String[] route : all.subList(from, to)) {
          writeRoute(out, route);
        }
        out.writeEndArray();
        if (to < all.size()) {
          out.writeStringField("nextToken", tokenFor(to));
        }
        out.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return json(200, text.toString(), requestId);
    }

    private MockResponse createRoute(RecordedRequest request, String requestId) throws IOException {
      String routeKey = null;
      String target = null;
      try (JsonParser in = JSON.createParser(request.getBody().toByteArray())) {
        if (in.nextToken() != JsonToken.START_OBJECT) {
          return error(400, "BadRequestException", "The body must be a JSON object", requestId);
        }
        while (in.nextToken() == JsonToken.FIELD_NAME) {
          String name = in.currentName();
          JsonToken value = in.nextToken();
          if (name.equals("routeKey") && value == JsonToken.VALUE_STRING) {
            routeKey = in.getText();
          } else if (name.equals("target") && value == JsonToken.VALUE_STRING) {
            target = in.getText();
          } else {
            in.skipChildren();
          }
        }
      }
      if (routeKey == null || routeKey.isEmpty()) {
        return error(400, "BadRequestException", "routeKey is required", requestId);
      }
      for (String[] route : routesSnapshot()) {
        if (route[1].equals(routeKey)) {
          return error(409, "ConflictException", "The API already has a route " + routeKey, requestId);
        }
      }
      String[] route = addRoute(routeKey, target);
      StringWriter text = new StringWriter();
      try (JsonGenerator out = JSON.createGenerator(text)) {
        writeRoute(out, route);
      }
      return json(201, text.toString(), requestId);
    }

    private MockResponse unsupported(RecordedRequest request, String requestId) {
      return error(400, "BadRequestException", "The local stand-in does not serve " + request.getMethod() + " "
          + request.getUrl().encodedPath(), requestId);
    }
  }

  private static String api() {
    return "{\"apiId\":\"" + API_ID + "\",\"name\":\"pets\",\"protocolType\":\"HTTP\","
        + "\"routeSelectionExpression\":\"$request.method $request.path\","
        + "\"apiEndpoint\":\"https://" + API_ID + ".execute-api.us-east-1.amazonaws.com\"}";
  }

  private static void writeRoute(JsonGenerator out, String[] route) throws IOException {
    out.writeStartObject();
    out.writeStringField("routeId", route[0]);
    out.writeStringField("routeKey", route[1]);
    if (route[2] != null) {
      out.writeStringField("target", route[2]);
    }
    out.writeStringField("authorizationType", "NONE");
    out.writeBooleanField("apiKeyRequired", false);
    out.writeEndObject();
  }

  /** An opaque token for the page starting at {@code offset}, in the style of the service's. */
  private static String tokenFor(int offset) {
    return Base64.getEncoder().encodeToString(("{\"offset\":" + offset + "}").getBytes(StandardCharsets.UTF_8));
  }

  /** The offset a token stands for; -1 when it is not one of ours. */
  private static int offsetOf(String token) {
    try {
      String text = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      if (!text.startsWith("{\"offset\":") || !text.endsWith("}")) {
        return -1;
      }
      return Integer.parseInt(text.substring("{\"offset\":".length(), text.length() - 1));
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  private static MockResponse json(int status, String body, String requestId) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .addHeader("x-amzn-RequestId", requestId)
        .body(body)
        .build();
  }

  private static MockResponse error(int status, String errorType, String message, String requestId) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.writeStartObject();
      out.writeStringField("message", message);
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .addHeader("x-amzn-RequestId", requestId)
        .addHeader("X-Amzn-ErrorType", errorType)
        .body(text.toString())
        .build();
  }
}

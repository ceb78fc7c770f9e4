package dev.apigw.benchmarks.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The complete HTTP/1.1 responses (status line, headers and body, as bytes) that the loopback
 * server answers, chosen by method and path, and for the paged listing by the {@code nextToken}
 * query parameter. Built once; every client is served the same bytes.
 *
 * <p>The JSON has the shape and wire names of API Gateway V2's (the model's {@code Route} and
 * {@code GetRoutesResponse}): {@code
 * {"items":[{"apiGatewayManaged":false,"apiKeyRequired":false,...}],"nextToken":"t1"}}. Routes come
 * in three kinds, in turn: JWT with an authorizer and two scopes, AWS_IAM with a request parameter,
 * NONE with an API key; 25 of them are about 7 KB, 500 about 145 KB.
 *
 * <p>Choosing a response allocates nothing (it compares bytes), so that the in-process server adds
 * nothing to the bytes JMH's {@code -prof gc} counts per operation for the client under test.
 */
public final class CannedResponses {
  private static final byte[] NEXT_TOKEN = ascii("nextToken=");

  private final Entry[] entries;
  private final byte[] pagedPath = ascii(apiPath(Fixtures.API_PAGED) + "/routes");
  private final byte[] missingPrefix = ascii(apiPath(Fixtures.API_MISSING) + "/");
  private final byte[][] pages = new byte[Fixtures.PAGES][];
  private final byte[] notFound;
  private final byte[] badRequest;

  private CannedResponses() {
    String routes = "/routes";
    List<Entry> entries = new ArrayList<>();
    entries.add(
        new Entry(
            "GET",
            apiPath(Fixtures.API_25) + routes,
            ok(
                200,
                "b9d6c4a1-25a0-4c1e-9e1a-000000000025",
                routesPage(0, Fixtures.ROUTES_SMALL, null))));
    entries.add(
        new Entry(
            "GET",
            apiPath(Fixtures.API_500) + routes,
            ok(
                200,
                "b9d6c4a1-25a0-4c1e-9e1a-000000000500",
                routesPage(0, Fixtures.ROUTES_LARGE, null))));
    entries.add(
        new Entry(
            "POST",
            apiPath(Fixtures.API_25) + routes,
            ok(201, "b9d6c4a1-25a0-4c1e-9e1a-0000000000c1", createdRoute())));
    entries.add(
        new Entry(
            "PATCH",
            apiPath(Fixtures.API_25) + routes + "/" + Fixtures.ROUTE_ID,
            ok(200, "b9d6c4a1-25a0-4c1e-9e1a-0000000000a1", updatedRoute())));
    this.entries = entries.toArray(new Entry[0]);
    for (int page = 0; page < Fixtures.PAGES; page++) {
      String next = page + 1 < Fixtures.PAGES ? "t" + (page + 1) : null;
      pages[page] =
          ok(
              200,
              String.format("b9d6c4a1-25a0-4c1e-9e1a-0000000010%02d", page),
              routesPage(page * Fixtures.PAGE_SIZE, Fixtures.PAGE_SIZE, next));
    }
    notFound =
        response(
            404,
            "Not Found",
            "b9d6c4a1-25a0-4c1e-9e1a-000000000404",
            "NotFoundException",
            "{\"message\":\"Invalid API identifier specified 123456789012:"
                + Fixtures.API_MISSING
                + "\",\"resourceType\":\"Api\"}");
    badRequest =
        response(
            400,
            "Bad Request",
            "b9d6c4a1-25a0-4c1e-9e1a-000000000400",
            "BadRequestException",
            "{\"message\":\"The loopback server has no canned response for this request\"}");
  }

  /** The responses of {@link Fixtures}. */
  public static CannedResponses create() {
    return new CannedResponses();
  }

  /**
   * The response to {@code method} on {@code target} (origin form: the path and an optional query).
   */
  public byte[] answer(String method, String target) {
    byte[] m = ascii(method);
    byte[] t = target.getBytes(StandardCharsets.UTF_8);
    byte[] line = new byte[m.length + 1 + t.length];
    System.arraycopy(m, 0, line, 0, m.length);
    line[m.length] = ' ';
    System.arraycopy(t, 0, line, m.length + 1, t.length);
    return answer(line, 0, m.length, m.length + 1, t.length);
  }

  /**
   * The response to the request whose method is {@code buf[methodStart, methodStart +
   * methodLength)} and whose target is {@code buf[targetStart, targetStart + targetLength)}.
   * Anything not canned answers 400 BadRequestException, so that a client sending the wrong request
   * fails loudly. Allocates nothing.
   */
  public byte[] answer(
      byte[] buf, int methodStart, int methodLength, int targetStart, int targetLength) {
    int pathLength = targetLength;
    for (int i = 0; i < targetLength; i++) {
      if (buf[targetStart + i] == '?') {
        pathLength = i;
        break;
      }
    }
    if (startsWith(buf, targetStart, pathLength, missingPrefix)) {
      return notFound;
    }
    if (equals(buf, targetStart, pathLength, pagedPath)
        && equals(buf, methodStart, methodLength, Entry.GET)) {
      return page(buf, targetStart + pathLength, targetLength - pathLength);
    }
    for (Entry entry : entries) {
      if (equals(buf, targetStart, pathLength, entry.path)
          && equals(buf, methodStart, methodLength, entry.method)) {
        return entry.response;
      }
    }
    return badRequest;
  }

  /** Page 1 without a token, page n + 1 for {@code nextToken=tn}. */
  private byte[] page(byte[] buf, int queryStart, int queryLength) {
    int end = queryStart + queryLength;
    for (int i = queryStart; i + NEXT_TOKEN.length <= end; i++) {
      boolean atParameter = i == queryStart + 1 || buf[i - 1] == '&';
      if (atParameter && equals(buf, i, NEXT_TOKEN.length, NEXT_TOKEN)) {
        int value = i + NEXT_TOKEN.length;
        if (value >= end || buf[value] != 't') {
          return badRequest;
        }
        int page = 0;
        int digits = 0;
        for (int j = value + 1; j < end && buf[j] != '&'; j++) {
          if (buf[j] < '0' || buf[j] > '9' || ++digits > 3) {
            return badRequest;
          }
          page = page * 10 + (buf[j] - '0');
        }
        return digits > 0 && page >= 1 && page < Fixtures.PAGES ? pages[page] : badRequest;
      }
    }
    return pages[0];
  }

  /** The body of a response built here. */
  public static String body(byte[] response) {
    String text = new String(response, StandardCharsets.UTF_8);
    return text.substring(text.indexOf("\r\n\r\n") + 4);
  }

  /** The status code of a response built here. */
  public static int status(byte[] response) {
    return Integer.parseInt(new String(response, 9, 3, StandardCharsets.US_ASCII));
  }

  /** One route, as the listings hold it; {@code i} picks its ids and its kind ({@code i % 3}). */
  static String route(int i) {
    String n = String.format("%06d", i);
    StringBuilder json = new StringBuilder(320).append('{');
    json.append("\"apiGatewayManaged\":false,");
    switch (i % 3) {
      case 0:
        json.append("\"apiKeyRequired\":false,")
            .append("\"authorizationScopes\":[\"pets:read\",\"pets:write\"],")
            .append("\"authorizationType\":\"JWT\",")
            .append("\"authorizerId\":\"a")
            .append(n)
            .append("\",");
        break;
      case 1:
        json.append("\"apiKeyRequired\":false,")
            .append("\"authorizationType\":\"AWS_IAM\",")
            .append(
                "\"requestParameters\":{\"route.request.querystring.limit\":{\"required\":false}},");
        break;
      default:
        json.append("\"apiKeyRequired\":true,").append("\"authorizationType\":\"NONE\",");
        break;
    }
    json.append("\"operationName\":\"GetPetItems")
        .append(n)
        .append("\",")
        .append("\"routeId\":\"r")
        .append(n)
        .append("\",")
        .append("\"routeKey\":\"GET /pets/")
        .append(i)
        .append("/items\",")
        .append("\"routeResponseSelectionExpression\":\"$default\",")
        .append("\"target\":\"integrations/i")
        .append(n)
        .append('"')
        .append('}');
    return json.toString();
  }

  static String routesPage(int first, int count, String nextToken) {
    StringBuilder json = new StringBuilder(count * 300 + 40).append("{\"items\":[");
    for (int i = first; i < first + count; i++) {
      if (i > first) {
        json.append(',');
      }
      json.append(route(i));
    }
    json.append(']');
    if (nextToken != null) {
      json.append(",\"nextToken\":\"").append(nextToken).append('"');
    }
    return json.append('}').toString();
  }

  private static String createdRoute() {
    return "{\"apiGatewayManaged\":false,\"apiKeyRequired\":false,\"authorizationType\":\""
        + Fixtures.CREATE_AUTHORIZATION_TYPE
        + "\",\"operationName\":\""
        + Fixtures.CREATE_OPERATION_NAME
        + "\",\"routeId\":\"new0001\",\"routeKey\":\""
        + Fixtures.CREATE_ROUTE_KEY
        + "\",\"target\":\""
        + Fixtures.CREATE_TARGET
        + "\"}";
  }

  private static String updatedRoute() {
    return "{\"apiGatewayManaged\":false,\"apiKeyRequired\":false,\"authorizationType\":\""
        + Fixtures.UPDATE_AUTHORIZATION_TYPE
        + "\",\"operationName\":\"GetPetItems000001\",\"routeId\":\""
        + Fixtures.ROUTE_ID
        + "\",\"routeKey\":\"GET /pets/1/items\",\"target\":\""
        + Fixtures.UPDATE_TARGET
        + "\"}";
  }

  private static byte[] ok(int status, String requestId, String json) {
    return response(status, status == 201 ? "Created" : "OK", requestId, null, json);
  }

  private static byte[] response(
      int status, String reason, String requestId, String errorType, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    StringBuilder head =
        new StringBuilder(200)
            .append("HTTP/1.1 ")
            .append(status)
            .append(' ')
            .append(reason)
            .append("\r\n")
            .append("Content-Type: application/json\r\n")
            .append("Content-Length: ")
            .append(body.length)
            .append("\r\n")
            .append("x-amzn-RequestId: ")
            .append(requestId)
            .append("\r\n");
    if (errorType != null) {
      head.append("x-amzn-ErrorType: ").append(errorType).append("\r\n");
    }
    head.append("\r\n");
    byte[] headBytes = ascii(head.toString());
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  private static String apiPath(String apiId) {
    return "/v2/apis/" + apiId;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static boolean equals(byte[] buf, int start, int length, byte[] expected) {
    return length == expected.length && startsWith(buf, start, length, expected);
  }

  private static boolean startsWith(byte[] buf, int start, int length, byte[] prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (buf[start + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static final class Entry {
    static final byte[] GET = ascii("GET");

    final byte[] method;
    final byte[] path;
    final byte[] response;

    Entry(String method, String path, byte[] response) {
      this.method = ascii(method);
      this.path = ascii(path);
      this.response = response;
    }
  }
}

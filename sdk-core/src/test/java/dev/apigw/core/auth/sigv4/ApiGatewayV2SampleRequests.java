package dev.apigw.core.auth.sigv4;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.http.NameValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * API Gateway V2 requests as our HTTP layer sends them (path percent-encoded once, query decoded),
 * signed in {@link PinnedSignaturesTest} with pinned results and in {@link
 * AwsSdkSignerCrossCheckTest} by both our signer and the AWS SDK's. Plain test data: no AWS SDK
 * type here.
 */
final class ApiGatewayV2SampleRequests {
  static final String SIGNING_NAME = "apigateway";
  static final String REGION = "us-east-1";
  static final String HOST = "apigateway.us-east-1.amazonaws.com";
  static final Instant SIGNING_TIME = Instant.parse("2026-03-14T09:26:53Z");
  static final Credentials CREDENTIALS =
      Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
  static final Credentials SESSION_CREDENTIALS =
      Credentials.of(
          "ASIAEXAMPLEEXAMPLE",
          "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
          "IQoJb3JpZ2luX2VjEXAMPLEsessiontoken//////////wEaCXVzLWVhc3QtMSJHMEUCIQEXAMPLE+/=");

  /** arn:aws:apigateway:us-east-1::/apis/a1b2c3 percent-encoded as one path segment. */
  static final String ENCODED_API_ARN = "arn%3Aaws%3Aapigateway%3Aus-east-1%3A%3A%2Fapis%2Fa1b2c3";

  static final Sample GET_APIS =
      sample("GetApis", "GET", "/v2/apis").query("maxResults", "10").query("nextToken", "abc");

  static final Sample CREATE_ROUTE =
      sample("CreateRoute", "POST", "/v2/apis/a1b2c3/routes")
          .header("Content-Type", "application/json")
          .body("{\"routeKey\":\"GET /pets\",\"target\":\"integrations/i9j8k7\"}");

  static final Sample UPDATE_ROUTE =
      sample("UpdateRoute", "PATCH", "/v2/apis/a1b2c3/routes/r4s5t6")
          .header("Content-Type", "application/json")
          .body("{\"authorizationType\":\"NONE\",\"routeKey\":\"POST /pets\"}");

  static final Sample TAG_RESOURCE =
      sample("TagResource", "POST", "/v2/tags/" + ENCODED_API_ARN)
          .header("Content-Type", "application/json")
          .body("{\"tags\":{\"env\":\"prod\",\"team\":\"payments\"}}");

  static final Sample UNTAG_RESOURCE =
      sample("UntagResource", "DELETE", "/v2/tags/" + ENCODED_API_ARN)
          .query("tagKeys", "b")
          .query("tagKeys", "a");

  /**
   * GetRoute on an API id "my api ü" (a space and a non-ASCII letter, percent-encoded once on the
   * wire).
   */
  static final Sample GET_ROUTE_ENCODED_LABEL =
      sample(
          "GetRoute with space and non-ASCII in a label",
          "GET",
          "/v2/apis/my%20api%20%C3%BC/routes/r1");

  static final Sample GET_APIS_WITH_SESSION_TOKEN =
      sample("GetApis with session token", "GET", "/v2/apis")
          .query("maxResults", "25")
          .credentials(SESSION_CREDENTIALS);

  static final Sample CREATE_ROUTE_WITH_SESSION_TOKEN =
      sample("CreateRoute with session token", "POST", "/v2/apis/a1b2c3/routes")
          .header("Content-Type", "application/json")
          .body("{\"routeKey\":\"$default\"}")
          .credentials(SESSION_CREDENTIALS);

  /**
   * The headers a real HTTP stack adds: Content-Length is signed, User-Agent and the trace id are
   * not.
   */
  static final Sample CREATE_API_WITH_TRANSPORT_HEADERS =
      sample("CreateApi with transport headers", "POST", "/v2/apis")
          .header("Content-Type", "application/json")
          .header("Content-Length", "41")
          .header("User-Agent", "apigw-java/0.1.0 lang/java#17")
          .header("X-Amzn-Trace-Id", "Root=1-5759e988-bd862e3fe1be46a994272793")
          .header("amz-sdk-invocation-id", "b2f5d9a8-7d0b-4c1e-9a53-0f8e2c6d4a11")
          .body("{\"name\":\"pets api\",\"protocolType\":\"HTTP\"}");

  /** Query values that need encoding: space, '+', '/', '=' and an empty value. */
  static final Sample GET_APIS_ODD_QUERY =
      sample("GetApis with a token that needs encoding", "GET", "/v2/apis")
          .query("nextToken", "a b+c/d=e~f*g")
          .query("maxResults", "");

  /** Repeated header names and whitespace to fold. */
  static final Sample GET_API_WITH_MESSY_HEADERS =
      sample("GetApi with repeated and padded headers", "GET", "/v2/apis/a1b2c3")
          .header("X-Custom", "  one   two ")
          .header("x-custom", "three")
          .header("Accept", "application/json");

  /** A local endpoint on a non-standard port, over plain HTTP. */
  static final Sample GET_APIS_LOCAL_PORT =
      sample("GetApis on a local port", "GET", "/v2/apis").host("127.0.0.1:8080").protocol("http");

  /** Paths that SigV4 normalizes for non-S3 services. */
  static final Sample DOT_SEGMENTS =
      sample("Dot segments and duplicate slashes", "GET", "/v2/./apis//a1b2c3/x/../routes/");

  static final Sample TRAILING_DOT_DOT =
      sample("A trailing '..'", "GET", "/v2/apis/a1b2c3/routes/..");

  static final Sample DOT_DOT_ABOVE_ROOT = sample("A '..' above the root", "GET", "/../v2/apis");

  static final Sample ENCODED_RESERVED =
      sample(
          "Encoded reserved characters in a label",
          "GET",
          "/v2/apis/a%2Fb%3Fc%23d%25e%2B%20%26/routes");

  /** Every sample, for the cross-check. */
  static List<Sample> all() {
    List<Sample> all = new ArrayList<>();
    Collections.addAll(
        all,
        GET_APIS,
        CREATE_ROUTE,
        UPDATE_ROUTE,
        TAG_RESOURCE,
        UNTAG_RESOURCE,
        GET_ROUTE_ENCODED_LABEL,
        GET_APIS_WITH_SESSION_TOKEN,
        CREATE_ROUTE_WITH_SESSION_TOKEN,
        CREATE_API_WITH_TRANSPORT_HEADERS,
        GET_APIS_ODD_QUERY,
        GET_API_WITH_MESSY_HEADERS,
        GET_APIS_LOCAL_PORT,
        DOT_SEGMENTS,
        TRAILING_DOT_DOT,
        DOT_DOT_ABOVE_ROOT,
        ENCODED_RESERVED);
    return all;
  }

  private static Sample sample(String name, String method, String encodedPath) {
    return new Sample(
        name, method, "https", HOST, encodedPath, List.of(), List.of(), new byte[0], CREDENTIALS);
  }

  private ApiGatewayV2SampleRequests() {}

  /** One request; immutable, each "setter" returns a copy. */
  static final class Sample {
    final String name;
    final String method;
    final String protocol;
    final String host;
    final String encodedPath;
    final List<NameValue> query;
    final List<NameValue> headers;
    private final byte[] body;
    final Credentials credentials;

    private Sample(
        String name,
        String method,
        String protocol,
        String host,
        String encodedPath,
        List<NameValue> query,
        List<NameValue> headers,
        byte[] body,
        Credentials credentials) {
      this.name = name;
      this.method = method;
      this.protocol = protocol;
      this.host = host;
      this.encodedPath = encodedPath;
      this.query = query;
      this.headers = headers;
      this.body = body;
      this.credentials = credentials;
    }

    Sample query(String name, String value) {
      return new Sample(
          this.name,
          method,
          protocol,
          host,
          encodedPath,
          append(query, name, value),
          headers,
          body,
          credentials);
    }

    Sample header(String name, String value) {
      return new Sample(
          this.name,
          method,
          protocol,
          host,
          encodedPath,
          query,
          append(headers, name, value),
          body,
          credentials);
    }

    Sample body(String json) {
      return new Sample(
          name,
          method,
          protocol,
          host,
          encodedPath,
          query,
          headers,
          json.getBytes(StandardCharsets.UTF_8),
          credentials);
    }

    Sample credentials(Credentials credentials) {
      return new Sample(
          name, method, protocol, host, encodedPath, query, headers, body, credentials);
    }

    Sample host(String host) {
      return new Sample(
          name, method, protocol, host, encodedPath, query, headers, body, credentials);
    }

    Sample path(String encodedPath) {
      return new Sample(
          name, method, protocol, host, encodedPath, query, headers, body, credentials);
    }

    Sample protocol(String protocol) {
      return new Sample(
          name, method, protocol, host, encodedPath, query, headers, body, credentials);
    }

    byte[] body() {
      return body.clone();
    }

    SignableRequest toSignableRequest() {
      return SignableRequest.builder()
          .method(method)
          .host(host)
          .path(encodedPath)
          .queryParameters(query)
          .headers(headers)
          .payload(body)
          .build();
    }

    SigningResult signWithOurs() {
      return SigV4Signer.create(SIGNING_NAME, REGION)
          .sign(toSignableRequest(), credentials, SIGNING_TIME);
    }

    @Override
    public String toString() {
      return name;
    }

    private static List<NameValue> append(List<NameValue> list, String name, String value) {
      List<NameValue> copy = new ArrayList<>(list);
      copy.add(NameValue.of(name, value));
      return Collections.unmodifiableList(copy);
    }
  }
}

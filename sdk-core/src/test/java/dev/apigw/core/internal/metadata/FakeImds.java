package dev.apigw.core.internal.metadata;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * An instance metadata service on a loopback MockWebServer: it hands out a token on {@code PUT
 * /latest/api/token}, the role name, the role's credentials and an identity document; each path's
 * answer can be replaced. Records every request. Tests close it.
 */
public final class FakeImds implements AutoCloseable {
  public static final String TOKEN = "AQAEAFAKE-IMDS-TOKEN==";
  public static final String ROLE = "app-role";
  public static final String SECRET = "imdsSecretKeyEXAMPLE/K7MDENG+bPxRfiCY";
  public static final String SESSION_TOKEN = "IQoJimdsSESSIONtokenEXAMPLE";
  public static final String EXPIRATION = "2026-06-01T12:00:00Z";

  private final MockWebServer server = new MockWebServer();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Function<RecordedRequest, MockResponse>> answers =
      new ConcurrentHashMap<>();

  public FakeImds() throws Exception {
    answer("PUT /latest/api/token", request -> ok(TOKEN));
    answer("GET /latest/meta-data/iam/security-credentials/", request -> ok(ROLE + "\n"));
    answer(
        "GET /latest/meta-data/iam/security-credentials/" + ROLE,
        request -> ok(credentials("ASIAIMDS", EXPIRATION)));
    answer(
        "GET /latest/dynamic/instance-identity/document",
        request ->
            ok(
                "{\"accountId\":\"123456789012\",\"region\":\"eu-west-3\",\"instanceId\":\"i-0abc\"}"));
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            requests.add(request);
            Function<RecordedRequest, MockResponse> answer =
                answers.get(request.getMethod() + " " + request.getTarget());
            return answer == null
                ? new MockResponse.Builder().code(404).body("Not Found").build()
                : answer.apply(request);
          }
        });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  public static String credentials(String accessKeyId, String expiration) {
    return "{\"Code\":\"Success\",\"LastUpdated\":\"2026-06-01T06:00:00Z\",\"Type\":\"AWS-HMAC\",\"AccessKeyId\":\""
        + accessKeyId
        + "\",\"SecretAccessKey\":\""
        + SECRET
        + "\",\"Token\":\""
        + SESSION_TOKEN
        + "\",\"Expiration\":\""
        + expiration
        + "\"}";
  }

  public static MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).body(body).build();
  }

  public static MockResponse status(int code) {
    return new MockResponse.Builder()
        .code(code)
        .body("{\"message\":\"status " + code + "\"}")
        .build();
  }

  public static MockResponse stall() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
  }

  /** Replaces the answer to {@code "METHOD /path"}. */
  public FakeImds answer(String methodAndPath, Function<RecordedRequest, MockResponse> answer) {
    answers.put(methodAndPath, answer);
    return this;
  }

  /** Answers {@code "METHOD /path"} only when the request carries the token, else with 401. */
  public FakeImds requireToken(String methodAndPath) {
    Function<RecordedRequest, MockResponse> inner = answers.get(methodAndPath);
    return answer(
        methodAndPath,
        request ->
            TOKEN.equals(request.getHeaders().get("x-aws-ec2-metadata-token"))
                ? inner.apply(request)
                : status(401));
  }

  /** Such as {@code http://127.0.0.1:40123}. */
  public String endpoint() {
    String url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The requests as {@code "METHOD /path"}. */
  public List<String> requestLines() {
    return requests.stream()
        .map(r -> r.getMethod() + " " + r.getTarget())
        .collect(java.util.stream.Collectors.toList());
  }

  @Override
  public void close() {
    server.close();
  }
}

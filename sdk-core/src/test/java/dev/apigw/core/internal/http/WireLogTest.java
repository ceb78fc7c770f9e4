package dev.apigw.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The wire log on the clients every call is sent with ({@link CallClients}): lines and headers at
 * DEBUG, bodies too at TRACE, cut at 8 KiB; nothing, and no body read, below DEBUG.
 */
class WireLogTest {
  private static final String REQUEST_JSON = "{\"name\":\"pets\"}";
  private static final String RESPONSE_JSON = "{\"apiId\":\"a1b2c3\"}";

  private final MockWebServer server = new MockWebServer();
  private final CallClients clients =
      CallClients.over(
          HttpClients.forCalls(
              new OkHttpClient.Builder().readTimeout(Duration.ofMillis(500)).build(), null));
  private String origin;

  @BeforeEach
  void start() throws Exception {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    origin = "http://127.0.0.1:" + server.getPort();
  }

  @AfterEach
  void stop() {
    server.close();
    clients.plain().connectionPool().evictAll();
  }

  private static MockResponse created(String body) {
    return new MockResponse.Builder()
        .status("HTTP/1.1 201 Created")
        .addHeader("Content-Type", "application/json")
        .addHeader("x-amzn-RequestId", "req-1")
        .body(body)
        .build();
  }

  private String post(RequestBody body) throws IOException {
    Request request = new Request.Builder().url(origin + "/v2/apis?limit=5").post(body).build();
    try (Response response = clients.forRequest(request).newCall(request).execute()) {
      return response.body().string();
    }
  }

  private static RequestBody json(String text) {
    return RequestBody.create(text, MediaType.get("application/json"));
  }

  @Test
  void atDebugTheRequestAndStatusLinesAndHeadersAreLoggedWithoutBodies() throws Exception {
    server.enqueue(created(RESPONSE_JSON));
    try (WireLogCapture log = WireLogCapture.at(Level.DEBUG)) {
      post(json(REQUEST_JSON));

      assertThat(log.entries()).extracting(ILoggingEvent::getLevel).containsOnly(Level.DEBUG);
      List<String> entries = log.messages();
      assertThat(entries).hasSize(2);
      assertThat(entries.get(0))
          .startsWith("--> POST " + origin + "/v2/apis?limit=5 HTTP/1.1\n")
          .contains("\nContent-Type: application/json; charset=utf-8")
          .contains("\nContent-Length: " + REQUEST_JSON.length())
          .contains("\nHost: 127.0.0.1:" + server.getPort())
          .contains("\nUser-Agent: okhttp/")
          .doesNotContain("pets");
      assertThat(entries.get(1))
          .matches(
              "(?s)<-- HTTP/1\\.1 201 Created \\(POST \\Q"
                  + origin
                  + "\\E/v2/apis\\?limit=5, \\d+ ms\\)\n.*")
          .contains("\nx-amzn-RequestId: req-1")
          .contains("\nContent-Length: " + RESPONSE_JSON.length())
          .doesNotContain("a1b2c3");
    }
  }

  @Test
  void atTraceEachEntryEndsWithItsBodyAfterABlankLine() throws Exception {
    server.enqueue(created(RESPONSE_JSON));
    try (WireLogCapture log = WireLogCapture.at(Level.TRACE)) {
      assertThat(post(json(REQUEST_JSON))).isEqualTo(RESPONSE_JSON);

      assertThat(log.entries()).extracting(ILoggingEvent::getLevel).containsOnly(Level.TRACE);
      List<String> entries = log.messages();
      assertThat(entries.get(0)).startsWith("--> POST ").endsWith("\n\n" + REQUEST_JSON);
      assertThat(entries.get(1))
          .startsWith("<-- HTTP/1.1 201 Created")
          .endsWith("\n\n" + RESPONSE_JSON);
    }
  }

  @Test
  void aBodyLongerThan8KiBIsCutWithTheCutStatedAndTheCallerStillGetsAllOfIt() throws Exception {
    String longBody = "x".repeat(20_000);
    server.enqueue(created(longBody));
    try (WireLogCapture log = WireLogCapture.at(Level.TRACE)) {
      assertThat(post(json(longBody))).isEqualTo(longBody);

      String cut = "\n\n" + "x".repeat(8192) + "\n… (cut: 8192 of 20000 bytes shown)";
      assertThat(log.messages().get(0)).endsWith(cut);
      assertThat(log.messages().get(1)).endsWith(cut);
    }
    assertThat(server.takeRequest().getBody().size()).isEqualTo(20_000);
  }

  @Test
  void aChunkedBodyOfUnknownLengthIsCutAsWell() throws Exception {
    String longBody = "y".repeat(10_000);
    server.enqueue(new MockResponse.Builder().chunkedBody(longBody, 1024).build());
    try (WireLogCapture log = WireLogCapture.at(Level.TRACE)) {
      assertThat(post(json("{}"))).isEqualTo(longBody);

      assertThat(log.messages().get(1))
          .containsIgnoringCase("\nTransfer-Encoding: chunked")
          .endsWith("y\n… (cut: 8192 of more than 8192 bytes shown)");
    }
  }

  @Test
  void belowDebugNothingIsLoggedAndTheRequestBodyIsWrittenOnlyToTheWire() throws Exception {
    server.enqueue(created(RESPONSE_JSON));
    server.enqueue(created(RESPONSE_JSON));
    CountingBody atInfo = new CountingBody(false);
    CountingBody atTrace = new CountingBody(false);
    try (WireLogCapture log = WireLogCapture.at(Level.INFO)) {
      post(atInfo);
      assertThat(log.entries()).isEmpty();
    }
    try (WireLogCapture log = WireLogCapture.at(Level.TRACE)) {
      post(atTrace);
      assertThat(log.text()).contains(REQUEST_JSON);
    }
    assertThat(atInfo.writes).as("written once, to the wire").hasValue(1);
    assertThat(atTrace.writes).as("written to the wire and the log").hasValue(2);
  }

  @Test
  void aOneShotBodyIsNeverReadForTheLog() throws Exception {
    server.enqueue(created(RESPONSE_JSON));
    CountingBody oneShot = new CountingBody(true);
    try (WireLogCapture log = WireLogCapture.at(Level.TRACE)) {
      post(oneShot);

      assertThat(log.messages().get(0))
          .endsWith("\n\n(body not shown: it can be sent only once)")
          .doesNotContain("pets");
    }
    assertThat(oneShot.writes).hasValue(1);
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo(REQUEST_JSON);
  }

  @Test
  void theInstanceMetadataTokenAndCredentialHeadersAreMasked() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("X-aws-ec2-metadata-token-ttl-seconds", "21600")
            .body("AQAEAimdsTOKEN==")
            .build());
    Request request =
        new Request.Builder()
            .url(origin + "/latest/api/token")
            .header("X-aws-ec2-metadata-token-ttl-seconds", "21600")
            .header("X-aws-ec2-metadata-token", "AQAEAprevious==")
            .put(RequestBody.create(new byte[0]))
            .build();
    try (WireLogCapture log = WireLogCapture.at(Level.TRACE)) {
      try (Response response = clients.forRequest(request).newCall(request).execute()) {
        assertThat(response.body().string()).isEqualTo("AQAEAimdsTOKEN==");
      }

      assertThat(log.text())
          .contains("\nX-aws-ec2-metadata-token: ***")
          .contains("\nX-aws-ec2-metadata-token-ttl-seconds: 21600")
          .endsWith("\n\n***")
          .doesNotContain("AQAEA");
    }
  }

  @Test
  void aFailedExchangeIsLoggedWithItsCause() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    try (WireLogCapture log = WireLogCapture.at(Level.DEBUG)) {
      assertThatThrownBy(() -> post(json(REQUEST_JSON))).isInstanceOf(SocketTimeoutException.class);

      assertThat(log.messages().get(1))
          .startsWith("<-- failed (POST " + origin + "/v2/apis?limit=5, ")
          .contains("ms): java.net.SocketTimeoutException");
    }
  }

  /** A JSON body that counts how often it is written. */
  private static final class CountingBody extends RequestBody {
    final AtomicInteger writes = new AtomicInteger();
    private final boolean oneShot;

    CountingBody(boolean oneShot) {
      this.oneShot = oneShot;
    }

    @Override
    public MediaType contentType() {
      return MediaType.get("application/json");
    }

    @Override
    public long contentLength() {
      return REQUEST_JSON.length();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      writes.incrementAndGet();
      sink.write(REQUEST_JSON.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean isOneShot() {
      return oneShot;
    }
  }
}

package dev.apigw.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.FakeTime;
import dev.apigw.core.internal.Ticker;
import dev.apigw.core.internal.pipeline.CallContext;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransmitStageTest {
  private final MockWebServer server = new MockWebServer();
  private final OkHttpClient client = new OkHttpClient();

  @BeforeEach
  void start() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    server.close();
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  @Test
  void aBodyAboveTheLimitIsNotRetryable() {
    server.enqueue(new MockResponse.Builder().code(200).body("x".repeat(100)).build());
    TransmitStage stage =
        new TransmitStage(
            CallClients.over(client),
            InterruptWatchdog.shared(),
            new FakeTime(),
            Ticker.SYSTEM,
            10);

    SdkClientException thrown =
        catchThrowableOfType(
            SdkClientException.class,
            () ->
                stage.execute(
                    request(),
                    CallContext.start("GetApis", System.nanoTime(), Duration.ofSeconds(5))
                        .forAttempt(1, 3),
                    (r, c) -> {
                      throw new AssertionError("the last stage calls no further");
                    }));

    assertThat(thrown)
        .hasMessageContaining("GetApis: the response body is larger than the limit of 10 bytes");
    assertThat(thrown.retryable()).isFalse();
  }

  @Test
  void theWatchdogSurvivesAnInterruptOfItsOwnAndDoesNotSpin() throws Exception {
    // Make sure the watchdog runs, then interrupt it as a careless thread dump tool or container
    // might.
    callThatIsInterruptedWhileStalled();
    Thread watchdog =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().equals("apigw-interrupt-watchdog"))
            .findFirst()
            .orElseThrow();
    watchdog.interrupt();
    Thread.sleep(50);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long before = threads.getThreadCpuTime(watchdog.getId());
    Thread.sleep(300);
    long used = threads.getThreadCpuTime(watchdog.getId()) - before;

    assertThat(TimeUnit.NANOSECONDS.toMillis(used))
        .as("CPU ms the idle watchdog used in 300 ms")
        .isLessThan(50);
    assertThat(callThatIsInterruptedWhileStalled())
        .as("it still cancels interrupted calls")
        .hasMessageStartingWith("GetApis: the call was interrupted");
    assertThat(watchdog.isAlive()).isTrue();
    assertThat(watchdog.getContextClassLoader()).isNull();
  }

  private SdkClientException callThatIsInterruptedWhileStalled() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{}")
            .throttleBody(1, 10, TimeUnit.SECONDS)
            .build());
    TransmitStage stage =
        new TransmitStage(
            CallClients.over(client),
            InterruptWatchdog.shared(),
            new FakeTime(),
            Ticker.SYSTEM,
            1_000);
    CompletableFuture<SdkClientException> outcome = new CompletableFuture<>();
    Thread caller =
        new Thread(
            () ->
                outcome.complete(
                    catchThrowableOfType(
                        SdkClientException.class,
                        () ->
                            stage.execute(
                                request(),
                                CallContext.start(
                                        "GetApis", System.nanoTime(), Duration.ofSeconds(20))
                                    .forAttempt(1, 1),
                                (r, c) -> {
                                  throw new AssertionError("the last stage calls no further");
                                }))));
    caller.start();
    server.takeRequest(2, TimeUnit.SECONDS);
    Thread.sleep(100);
    caller.interrupt();
    return outcome.get(2, TimeUnit.SECONDS);
  }

  private Request request() {
    return new Request.Builder().url(server.url("/v2/apis")).build();
  }
}

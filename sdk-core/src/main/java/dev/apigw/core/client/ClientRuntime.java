package dev.apigw.core.client;

import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.http.ResponseDecoder;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.runtime.CallRunner;
import dev.apigw.core.internal.runtime.ClientOptions;
import dev.apigw.core.internal.runtime.ClientSettings;
import dev.apigw.core.internal.runtime.SettingsResolver;
import dev.apigw.core.lang.Arguments;
import dev.apigw.core.service.ServiceMetadata;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The engine a service client runs its operations on. One call, in order:
 *
 * <ol>
 *   <li>the interceptors' {@code beforeExecution} (the client's, then those of the request's
 *       overrides);
 *   <li>the operation's binding makes an {@link HttpRequestSpec}; it becomes an OkHttp request to
 *       the endpoint, with the headers and query parameters of the request's overrides, and the
 *       call's deadline ({@code apiCallTimeout}) starts;
 *   <li>in AWS Lambda, the invocation's trace id as {@code X-Amzn-Trace-Id}, once a call, unless
 *       the request has that header;
 *   <li>retry: attempts until success or a reason to stop (backoff, retry quota, rate limiter);
 *   <li>attempt timeout: each attempt's own deadline;
 *   <li>error translation: an error status becomes the service's typed exception;
 *   <li>user agent, with the app id;
 *   <li>the interceptors' {@code modifyHttpRequest}, before signing;
 *   <li>signing: credentials resolved and SigV4 applied afresh for each attempt;
 *   <li>the interceptors' {@code beforeTransmission}, and {@code afterTransmission} once a response
 *       is back;
 *   <li>transmit: OkHttp sends it and the whole response is read, within the deadline and ending at
 *       once on an interrupt;
 *   <li>decoding: a 2xx body becomes the result, within the call's deadline;
 *   <li>the interceptors' {@code afterExecution}, or {@code onExecutionFailure} with the failure.
 * </ol>
 *
 * <p>A request that is a {@link dev.apigw.core.SdkRequest} may carry a {@link
 * dev.apigw.core.RequestOverrideConfiguration}: its settings replace the client's for that call
 * alone.
 *
 * <p>The steps are assembled in one internal class, {@code internal.runtime.CallPipeline}; the
 * project's {@code docs/ARCHITECTURE.md} names the file of each.
 *
 * <p>Thread-safe. Close it to release the OkHttp client it built for itself; an OkHttp client
 * handed in belongs to the caller and is left running. Built by a {@link SdkClientBuilder}.
 */
public final class ClientRuntime implements AutoCloseable {
  private final CallRunner runner;
  private final AtomicBoolean closed = new AtomicBoolean();

  ClientRuntime(ClientSettings settings) {
    this.runner = new CallRunner(settings);
  }

  /**
   * The runtime of a client of {@code service} built with {@code options} over {@code environment};
   * fails with {@link IllegalStateException} naming the client when a setting cannot be resolved.
   */
  static ClientRuntime build(
      ServiceMetadata service,
      ClientOptions options,
      Environment environment,
      BiFunction<Environment, ProxyConfiguration, CredentialsProvider> defaultCredentials) {
    try {
      return new ClientRuntime(
          SettingsResolver.resolve(service, options, environment, defaultCredentials));
    } catch (IllegalStateException | SdkClientException e) {
      // A broken setting or profile file, named with the client it stops.
      throw new IllegalStateException(service.clientName() + " builder: " + e.getMessage(), e);
    }
  }

  /**
   * Runs one operation: sends {@code request} and decodes a 2xx response with {@code decoder}.
   *
   * @param operationName the operation's name, such as {@code GetRoutes}, used in exception
   *     messages and logs
   * @return what the decoder returned
   * @throws dev.apigw.core.exception.ServiceException (or the error factory's subtype) when the
   *     service answered with an error status, after retries where they apply
   * @throws SdkClientException naming the operation when the request could not be signed or sent,
   *     timed out, was interrupted, or the successful response could not be decoded
   * @throws IllegalStateException when this runtime is closed
   * @throws IllegalArgumentException naming the argument when one is null
   */
  public <T> T invoke(String operationName, HttpRequestSpec request, ResponseDecoder<T> decoder) {
    checkCall(operationName, request, decoder);
    return runner.invoke(operationName, request, Function.<HttpRequestSpec>identity(), decoder);
  }

  /**
   * Runs one operation as {@link #invoke(String, HttpRequestSpec, ResponseDecoder)}, with the HTTP
   * request made by {@code marshaller} from {@code request}, after the interceptors' {@code
   * beforeExecution}. When {@code request} is a {@link dev.apigw.core.SdkRequest}, the call runs
   * with its overrides; the interceptors see {@code request} as the call's.
   *
   * @param operationName the operation's name, such as {@code GetRoutes}
   * @param request the operation's request
   * @param marshaller makes the HTTP request of {@code request}; may fail with {@link
   *     IllegalArgumentException} on invalid input, which is thrown as it is
   * @param decoder decodes a 2xx response
   */
  public <R, T> T invoke(
      String operationName,
      R request,
      Function<? super R, HttpRequestSpec> marshaller,
      ResponseDecoder<T> decoder) {
    Arguments.requireNonNull(marshaller, "marshaller");
    checkCall(operationName, request, decoder);
    return runner.invoke(operationName, request, marshaller, decoder);
  }

  /**
   * Runs one operation without blocking the calling thread: as {@link #invoke(String, Object,
   * Function, ResponseDecoder)}, sent through OkHttp's {@code enqueue}, retried after backoffs that
   * wait on a timer, and the response decoded on the OkHttp thread that read it. The future
   * completes on the completion executor (the builder's, else the runtime's own), with the result
   * or with the exception {@code invoke} would throw, never wrapped; every failure, bad arguments
   * and a closed runtime included, comes through the future. Cancelling the future cancels the HTTP
   * call in flight and any retry waiting for its backoff.
   *
   * <p>The only waits on the calling thread are those of a first call that must resolve the region
   * from instance metadata, and of a credentials provider refreshing its credentials.
   *
   * @param operationName the operation's name, such as {@code GetRoutes}
   * @param request the operation's request
   * @param marshaller makes the HTTP request of {@code request}; may fail with {@link
   *     IllegalArgumentException} on invalid input
   * @param decoder decodes a 2xx response
   */
  public <R, T> CompletableFuture<T> invokeAsync(
      String operationName,
      R request,
      Function<? super R, HttpRequestSpec> marshaller,
      ResponseDecoder<T> decoder) {
    try {
      Arguments.requireNonNull(marshaller, "marshaller");
      if (request == null) {
        throw new IllegalArgumentException(
            (operationName == null ? "" : operationName + ": ") + "request must not be null");
      }
      checkCall(operationName, request, decoder);
      return runner.invokeAsync(operationName, request, marshaller, decoder);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private void checkCall(
      @Nullable String operationName, @Nullable Object request, @Nullable Object decoder) {
    if (operationName == null || operationName.isBlank()) {
      throw new IllegalArgumentException(
          "operationName must not be " + (operationName == null ? "null" : "blank"));
    }
    if (request == null) {
      throw new IllegalArgumentException("request must not be null");
    }
    if (decoder == null) {
      throw new IllegalArgumentException("decoder must not be null");
    }
    if (closed.get()) {
      throw new IllegalStateException(
          "ClientRuntime is closed; " + operationName + " cannot be called");
    }
  }

  /** The OkHttp client this runtime built for itself; null when the caller handed one in. */
  @Nullable OkHttpClient ownedClient() {
    return runner.ownedClient();
  }

  /** The {@code User-Agent} this runtime sends. */
  public String userAgent() {
    return runner.userAgent();
  }

  /**
   * The stages every call goes through, in order; for logs and tests. Resolves a deferred region
   * first.
   */
  public String pipelineDescription() {
    return runner.pipelineDescription();
  }

  /** The region requests are signed for; resolves a deferred region first. */
  public String region() {
    return runner.region();
  }

  /** The endpoint requests go to; resolves a deferred region first. */
  public URI endpoint() {
    return runner.endpoint();
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed.get();
  }

  /**
   * Releases the OkHttp client this runtime built (its dispatcher's threads and its idle
   * connections), the timer of asynchronous retries and its own completion executor. An OkHttp
   * client or an executor supplied by the caller is not touched. Idempotent; later calls to {@link
   * #invoke(String, HttpRequestSpec, ResponseDecoder)} fail, and those of {@link #invokeAsync} fail
   * their futures; asynchronous calls still running end with a failure instead of retrying.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      runner.close();
    }
  }

  @Override
  public String toString() {
    return "ClientRuntime{" + runner + "}";
  }
}

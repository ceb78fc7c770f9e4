package dev.apigw.core.interceptor;

import dev.apigw.core.result.SdkResult;
import okhttp3.Headers;
import okhttp3.Request;

/**
 * Code of yours that a call runs at fixed points. Add one to a client with {@code
 * addExecutionInterceptor} on its builder, and it runs in every call; add one to a request's {@link
 * dev.apigw.core.RequestOverrideConfiguration}, and it runs in that call only, after the client's.
 * Interceptors run in the order they were added. Every method does nothing unless overridden.
 *
 * <p>A call runs the hooks in this order:
 *
 * <ol>
 *   <li>{@link #beforeExecution}, once, before anything is sent;
 *   <li>for each attempt: {@link #modifyHttpRequest} before the request is signed, {@link
 *       #beforeTransmission} with the signed request, {@link #exchangeScope} around the exchange on
 *       the thread that runs it, and {@link #afterTransmission} when a response came back (an error
 *       status too);
 *   <li>{@link #afterExecution} once when the call succeeded, or {@link #onExecutionFailure} once
 *       with the failure that ends it.
 * </ol>
 *
 * <p>The blocking and the asynchronous client run the same hooks in the same order; an asynchronous
 * call may run them on its client's threads, so an interceptor must be thread-safe and should not
 * block.
 *
 * <p>A hook that throws fails the call with a {@link dev.apigw.core.exception.SdkClientException}
 * whose cause is what it threw; the call is not retried, {@link #onExecutionFailure} is told, and
 * the client goes on serving other calls. What {@link #onExecutionFailure} itself throws is added
 * to the call's failure as a suppressed exception.
 *
 * <p>An interceptor keeps what it needs from one hook to the next of the same call in the context's
 * {@link ExecutionContext#attributes() attributes}.
 */
public interface ExecutionInterceptor {
  /** Before anything of the call is sent, once. */
  default void beforeExecution(ExecutionContext context) {}

  /**
   * Before each attempt is signed: the request to send instead. Headers it adds or changes are
   * signed (except those SigV4 never signs, such as {@code User-Agent}), as are its query
   * parameters, path and body.
   *
   * @param request the attempt's request, with what earlier interceptors made of it
   * @return the request to sign and send; {@code request} itself to change nothing
   */
  default Request modifyHttpRequest(ExecutionContext context, Request request) {
    return request;
  }

  /** Each attempt, with the request as it is sent: signed, {@code Authorization} included. */
  default void beforeTransmission(ExecutionContext context, Request signedRequest) {}

  /**
   * Each attempt, on the thread that runs its exchange with the server (the caller's for the
   * blocking client, one of OkHttp's for the asynchronous one), just before the exchange starts:
   * what to make current on that thread until it ends, such as a tracing context, so that the
   * OkHttp client's own interceptors see it. The runtime closes the scope on the same thread when
   * the response has been received or the exchange failed; scopes of several interceptors are
   * closed in the reverse order. Must not block.
   */
  default ExecutionScope exchangeScope(ExecutionContext context) {
    return ExecutionScope.NONE;
  }

  /**
   * Each attempt that got a response, whatever its status, before the response is read as a result
   * or an error.
   */
  default void afterTransmission(ExecutionContext context, int statusCode, Headers headers) {}

  /**
   * Once, when the call succeeded.
   *
   * @param result the call's result (only its response metadata for a call whose result is not an
   *     {@link SdkResult})
   */
  default void afterExecution(ExecutionContext context, SdkResult result) {}

  /** Once, with the exception the call ends with. */
  default void onExecutionFailure(ExecutionContext context, Throwable failure) {}
}

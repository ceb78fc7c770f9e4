package dev.apigw.core.internal.pipeline;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.interceptor.ExecutionContext;
import dev.apigw.core.interceptor.ExecutionInterceptor;
import dev.apigw.core.interceptor.ExecutionScope;
import dev.apigw.core.result.SdkResult;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Headers;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The execution interceptors of one call (its client's, then its overrides'), and the one place
 * their hooks are run, in the order they were added. A hook that throws becomes the call's failure:
 * a non-retryable {@link SdkClientException} naming the interceptor and the hook, whose cause is
 * what it threw. Immutable.
 */
public final class CallInterceptors {
  /** No interceptors: every hook does nothing. */
  public static final CallInterceptors NONE = new CallInterceptors(List.of(), null);

  private static final Logger LOG = LoggerFactory.getLogger("dev.apigw.interceptors");

  private final List<ExecutionInterceptor> interceptors;
  private final @Nullable ExecutionContext context;

  private CallInterceptors(
      List<ExecutionInterceptor> interceptors, @Nullable ExecutionContext context) {
    this.interceptors = interceptors;
    this.context = context;
  }

  /** These interceptors, in order, told of the call {@code context} describes. */
  public static CallInterceptors of(
      List<ExecutionInterceptor> interceptors, ExecutionContext context) {
    return interceptors.isEmpty() ? NONE : new CallInterceptors(List.copyOf(interceptors), context);
  }

  /** Once, before anything is sent; a failure here has made no attempt. */
  public void beforeExecution() {
    for (ExecutionInterceptor interceptor : interceptors) {
      try {
        interceptor.beforeExecution(at(0));
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        SdkClientException failure = failure(interceptor, "beforeExecution", e);
        failure.recordAttempts(0, null);
        throw failure;
      }
    }
  }

  /** Each attempt, before signing: the request as every interceptor in turn made it. */
  public Request modifyHttpRequest(int attempt, Request request) {
    Request current = request;
    for (ExecutionInterceptor interceptor : interceptors) {
      Request modified;
      try {
        modified = interceptor.modifyHttpRequest(at(attempt), current);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        throw failure(interceptor, "modifyHttpRequest", e);
      }
      if (modified == null) {
        throw failure(interceptor, "modifyHttpRequest", new NullPointerException("returned null"));
      }
      current = modified;
    }
    return current;
  }

  /** Each attempt, with the signed request. */
  public void beforeTransmission(int attempt, Request signedRequest) {
    for (ExecutionInterceptor interceptor : interceptors) {
      try {
        interceptor.beforeTransmission(at(attempt), signedRequest);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        throw failure(interceptor, "beforeTransmission", e);
      }
    }
  }

  /**
   * Each attempt, on the thread that runs its exchange: the interceptors' scopes, opened in order
   * and closed in the reverse order. A hook that throws opens nothing; what it threw is logged
   * under {@code dev.apigw.interceptors}, since failing inside the HTTP client's machinery would
   * hide the cause, and the exchange goes on.
   */
  public ExecutionScope exchangeScope(int attempt) {
    if (interceptors.isEmpty()) {
      return ExecutionScope.NONE;
    }
    List<ExecutionScope> opened = new ArrayList<>(interceptors.size());
    for (ExecutionInterceptor interceptor : interceptors) {
      try {
        ExecutionScope scope = interceptor.exchangeScope(at(attempt));
        if (scope != null && scope != ExecutionScope.NONE) {
          opened.add(scope);
        }
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        LOG.warn("{}", failure(interceptor, "exchangeScope", e).getMessage(), e);
      }
    }
    return opened.isEmpty() ? ExecutionScope.NONE : () -> close(opened);
  }

  private void close(List<ExecutionScope> opened) {
    for (int i = opened.size() - 1; i >= 0; i--) {
      try {
        opened.get(i).close();
      } catch (RuntimeException e) {
        LOG.warn(
            "{}: an execution interceptor's scope failed to close", context.operationName(), e);
      }
    }
  }

  /** Each attempt that got a response. */
  public void afterTransmission(int attempt, int statusCode, Headers headers) {
    for (ExecutionInterceptor interceptor : interceptors) {
      try {
        interceptor.afterTransmission(at(attempt), statusCode, headers);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        throw failure(interceptor, "afterTransmission", e);
      }
    }
  }

  /**
   * Once, when the call succeeded after {@code attempts} attempts. When a hook throws, the call
   * fails after all: the interceptors are told of that failure, and it is thrown.
   */
  public void afterExecution(int attempts, SdkResult result) {
    for (ExecutionInterceptor interceptor : interceptors) {
      try {
        interceptor.afterExecution(at(attempts), result);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        SdkClientException failure = failure(interceptor, "afterExecution", e);
        failure.recordAttempts(attempts, null);
        throw onExecutionFailure(failure);
      }
    }
  }

  /**
   * Once, with the failure the call ends with, which is returned; what a hook throws is added to it
   * as a suppressed exception, and the later interceptors are still told.
   */
  public <X extends Throwable> X onExecutionFailure(X failure) {
    int attempts = failure instanceof SdkException ? ((SdkException) failure).attempts() : 0;
    for (ExecutionInterceptor interceptor : interceptors) {
      try {
        interceptor.onExecutionFailure(at(attempts), failure);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        failure.addSuppressed(failure(interceptor, "onExecutionFailure", e));
      }
    }
    return failure;
  }

  private ExecutionContext at(int attempt) {
    return context.withAttempt(attempt);
  }

  private SdkClientException failure(ExecutionInterceptor interceptor, String hook, Throwable e) {
    return new SdkClientException(
        context.operationName()
            + ": the execution interceptor "
            + interceptor.getClass().getName()
            + " failed in "
            + hook
            + ": "
            + CallFailures.describe(e),
        e,
        false);
  }

  @Override
  public String toString() {
    return "CallInterceptors" + interceptors;
  }
}

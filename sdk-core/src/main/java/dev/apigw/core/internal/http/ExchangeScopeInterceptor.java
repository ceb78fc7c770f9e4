package dev.apigw.core.internal.http;

import dev.apigw.core.interceptor.ExecutionScope;
import dev.apigw.core.internal.pipeline.ExchangeScopes;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The first application interceptor of every call's OkHttp client: opens the execution
 * interceptors' exchange scopes (a tracing context, say) on the thread that runs the exchange,
 * which is one of OkHttp's for an asynchronous call, so that the interceptors after it see them.
 * Requests without {@link ExchangeScopes} pass untouched. Stateless.
 */
final class ExchangeScopeInterceptor implements Interceptor {
  static final ExchangeScopeInterceptor INSTANCE = new ExchangeScopeInterceptor();

  private ExchangeScopeInterceptor() {}

  @Override
  public Response intercept(Chain chain) throws IOException {
    ExchangeScopes scopes = chain.request().tag(ExchangeScopes.class);
    if (scopes == null) {
      return chain.proceed(chain.request());
    }
    ExecutionScope scope = scopes.open();
    try {
      return chain.proceed(chain.request());
    } finally {
      scope.close();
    }
  }
}

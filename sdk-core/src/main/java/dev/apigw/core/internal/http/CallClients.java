package dev.apigw.core.internal.http;

import dev.apigw.core.internal.pipeline.ExchangeScopes;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The OkHttp clients one service client sends its attempts with, all sharing one connection pool
 * and dispatcher: the plain one, and the same with what an exchange may need besides, the execution
 * interceptors' exchange scopes (first of the application interceptors) and the wire log (last of
 * the network interceptors). An attempt goes through the one it needs, so that a call with neither
 * runs through no interceptor of ours. Immutable.
 */
public final class CallClients {
  private final OkHttpClient plain;
  private final OkHttpClient scoped;
  private final OkHttpClient logged;
  private final OkHttpClient scopedAndLogged;

  private CallClients(OkHttpClient plain) {
    this.plain = plain;
    this.scoped = withScopes(plain);
    this.logged = withWireLog(plain);
    this.scopedAndLogged = withWireLog(scoped);
  }

  /** The clients over {@code calls}, a client made by {@link HttpClients#forCalls}. */
  public static CallClients over(OkHttpClient calls) {
    return new CallClients(calls);
  }

  /**
   * The client for {@code request}: with the exchange scopes when it is tagged with {@link
   * ExchangeScopes}, with the wire log while {@code dev.apigw.wire} is at DEBUG or finer.
   */
  public OkHttpClient forRequest(Request request) {
    boolean scopes = request.tag(ExchangeScopes.class) != null;
    if (WireLog.enabled()) {
      return scopes ? scopedAndLogged : logged;
    }
    return scopes ? scoped : plain;
  }

  /** The client without interceptors of ours; its dispatcher and pool are every one's. */
  public OkHttpClient plain() {
    return plain;
  }

  private static OkHttpClient withScopes(OkHttpClient client) {
    OkHttpClient.Builder builder = client.newBuilder();
    builder.interceptors().add(0, ExchangeScopeInterceptor.INSTANCE);
    return builder.build();
  }

  private static OkHttpClient withWireLog(OkHttpClient client) {
    return client.newBuilder().addNetworkInterceptor(WireLog.interceptor()).build();
  }
}

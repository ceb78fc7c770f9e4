package dev.apigw.core.credentials.internal;

import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.client.SdkClientBuilder;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.internal.config.ClientDefaults;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * The one OkHttp client the STS, SSO and SSO OIDC clients of every credentials provider share, with
 * the SDK's default connect and socket timeouts: providers are created freely and never closed, so
 * none of them owns a connection pool of its own. Its threads are OkHttp's daemon threads; each
 * client routes its requests through the proxy of the chain that built it.
 */
final class CredentialsHttp {
  private CredentialsHttp() {}

  static OkHttpClient shared() {
    return Holder.CLIENT;
  }

  /**
   * A credentials service's client builder, on the shared OkHttp client, signing as given, and
   * sending through {@code proxy}: the chain's proxy configuration, resolved when the client is
   * built over the environment of the chain.
   */
  static <B extends SdkClientBuilder<B, ?>> B builder(
      B builder, CredentialsProvider credentials, ProxyConfiguration proxy) {
    return builder.credentialsProvider(credentials).httpClient(shared()).proxyConfiguration(proxy);
  }

  /**
   * The client {@code build} makes; a bad setting for it (its endpoint, retries, FIPS) fails with
   * this SDK's own message naming the service, never a secret.
   */
  static <C> C build(String service, Supplier<C> build) {
    try {
      return build.get();
    } catch (IllegalStateException e) {
      throw new SdkClientException(
          "The " + service + " client could not be built: " + e.getMessage(), e);
    }
  }

  private static final class Holder {
    static final OkHttpClient CLIENT =
        new OkHttpClient.Builder()
            .connectTimeout(ClientDefaults.CONNECT_TIMEOUT)
            .readTimeout(ClientDefaults.SOCKET_TIMEOUT)
            .writeTimeout(ClientDefaults.SOCKET_TIMEOUT)
            .build();
  }
}

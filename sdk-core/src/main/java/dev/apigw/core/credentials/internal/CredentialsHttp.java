package dev.apigw.core.credentials.internal;

import dev.apigw.core.client.SdkClientBuilder;
import okhttp3.OkHttpClient;

/**
 * The one OkHttp client the STS, SSO and SSO OIDC clients of every credentials provider share, with
 * the SDK's default connect and socket timeouts: providers are created freely and never closed, so
 * none of them owns a connection pool of its own. Its threads are OkHttp's daemon threads.
 */
final class CredentialsHttp {
  private CredentialsHttp() {}

  static OkHttpClient shared() {
    return Holder.CLIENT;
  }

  private static final class Holder {
    static final OkHttpClient CLIENT =
        new OkHttpClient.Builder()
            .connectTimeout(SdkClientBuilder.DEFAULT_CONNECT_TIMEOUT)
            .readTimeout(SdkClientBuilder.DEFAULT_SOCKET_TIMEOUT)
            .writeTimeout(SdkClientBuilder.DEFAULT_SOCKET_TIMEOUT)
            .build();
  }
}

package dev.apigw.core.internal.http;

import dev.apigw.core.internal.config.ProxySettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Routes an OkHttp client's connections as its {@link ProxySettings} say: straight to the endpoint,
 * or through the HTTP proxy except for the hosts it bypasses, answering the proxy's 407 with {@link
 * ProxyAuthentication}. Never the JVM's default proxy selector, which would read the process's own
 * system properties behind the settings' back.
 */
final class ProxyRouting extends ProxySelector {
  private static final List<Proxy> DIRECT = List.of(Proxy.NO_PROXY);

  private final ProxySettings settings;
  private final List<Proxy> throughProxy;

  private ProxyRouting(ProxySettings settings) {
    this.settings = settings;
    this.throughProxy =
        List.of(
            new Proxy(
                Proxy.Type.HTTP,
                InetSocketAddress.createUnresolved(settings.host(), settings.port())));
  }

  /** Sets {@code builder}'s proxy, proxy selector and proxy authenticator from {@code settings}. */
  static OkHttpClient.Builder apply(OkHttpClient.Builder builder, ProxySettings settings) {
    if (settings.isDirect()) {
      return builder.proxy(Proxy.NO_PROXY);
    }
    return builder
        .proxy(null)
        .proxySelector(new ProxyRouting(settings))
        .proxyAuthenticator(new ProxyAuthentication(settings));
  }

  @Override
  public List<Proxy> select(URI uri) {
    return settings.bypasses(uri.getHost()) ? DIRECT : throughProxy;
  }

  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException failure) {
    // Nothing to learn: there is one proxy, and the retry strategy decides what happens next.
  }

  @Override
  public String toString() {
    return settings.toString();
  }
}

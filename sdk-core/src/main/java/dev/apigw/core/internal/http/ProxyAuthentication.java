package dev.apigw.core.internal.http;

import dev.apigw.core.internal.config.ProxySettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;
import org.jspecify.annotations.Nullable;

/**
 * Answers a proxy's 407 (Proxy Authentication Required) with the settings' username and password in
 * Basic authentication, once: a second 407, or a 407 with no credentials to give, ends the attempt
 * with a {@link Refused} naming the proxy, which {@link TransmitStage} turns into a non-retryable
 * failure. Nothing is sent before the proxy asks: OkHttp's offer to authenticate a {@code CONNECT}
 * ahead of time is declined. The password never reaches a message.
 */
final class ProxyAuthentication implements Authenticator {
  private static final String PREEMPTIVE_CHALLENGE = "OkHttp-Preemptive";
  private static final String HEADER = "Proxy-Authorization";

  private final ProxySettings settings;

  ProxyAuthentication(ProxySettings settings) {
    this.settings = settings;
  }

  @Override
  public @Nullable Request authenticate(@Nullable Route route, Response response)
      throws IOException {
    if (PREEMPTIVE_CHALLENGE.equalsIgnoreCase(response.header("Proxy-Authenticate"))) {
      return null;
    }
    Optional<String> username = settings.username();
    if (username.isEmpty()) {
      throw new Refused(
          "the proxy "
              + settings.describe()
              + " asks for credentials (407 Proxy Authentication Required) and none are set: give"
              + " them to proxyConfiguration(...), in the proxy URL's user info or in the"
              + " proxyUser and proxyPassword system properties");
    }
    if (response.request().header(HEADER) != null) {
      throw new Refused(
          "the proxy "
              + settings.describe()
              + " refused the credentials of user '"
              + username.get()
              + "' (407 Proxy Authentication Required again after Basic authentication)");
    }
    String credentials =
        Credentials.basic(username.get(), settings.password().orElse(""), StandardCharsets.UTF_8);
    return response.request().newBuilder().header(HEADER, credentials).build();
  }

  /**
   * The refusal in {@code failure}, its causes or what they suppress, as OkHttp may hand it on
   * wrapped; null when there is none.
   */
  static @Nullable Refused refusal(@Nullable Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof Refused) {
        return (Refused) cause;
      }
      for (Throwable suppressed : cause.getSuppressed()) {
        if (suppressed instanceof Refused) {
          return (Refused) suppressed;
        }
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "ProxyAuthentication{" + settings.describe() + "}";
  }

  /** The proxy would not let a request through: not worth retrying. */
  static final class Refused extends IOException {
    Refused(String message) {
      super(message);
    }
  }
}

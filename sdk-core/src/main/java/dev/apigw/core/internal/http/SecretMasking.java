package dev.apigw.core.internal.http;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Puts {@code ***} in place of every secret a wire log could show, and leaves the rest as it was
 * sent, so that a log can be read and handed on.
 *
 * <p>Secret are: the values of the credential headers ({@code Proxy-Authorization}, {@code
 * X-Amz-Security-Token}, the SSO bearer token, the instance metadata token); of {@code
 * Authorization}, except that a SigV4 one keeps its scope and signed headers and loses only its
 * signature; the {@code X-Amz-Signature} and {@code X-Amz-Security-Token} query parameters ({@code
 * X-Amz-Credential} names a key id and a scope, no secret); in a body, what the credential services
 * send under a secret key name (STS, SSO, SSO OIDC, container and instance metadata credentials),
 * whether the body is JSON, XML or a form, the name's case aside; and the whole body of an instance
 * metadata token. A body cut short may end inside a secret: what of it there is is masked.
 */
final class SecretMasking {
  static final String MASK = "***";

  private static final Set<String> SECRET_HEADERS =
      Set.of(
          "proxy-authorization",
          "x-amz-security-token",
          "x-amz-sso_bearer_token",
          "x-aws-ec2-metadata-token");
  private static final Set<String> SECRET_QUERY_PARAMETERS =
      Set.of("x-amz-signature", "x-amz-security-token");

  /** The instance metadata service's token, which is the whole of the body. */
  private static final String IMDS_TOKEN_PATH = "/latest/api/token";

  /** The key names under which the credential services send a secret. */
  private static final String SECRET_KEYS =
      "(?:SecretAccessKey|SessionToken|Token|WebIdentityToken|AccessToken|RefreshToken"
          + "|ClientSecret|IdToken)";

  /** A JSON member's string value, up to its closing quote or the end of the text. */
  private static final Pattern JSON =
      Pattern.compile(
          "(\"" + SECRET_KEYS + "\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.?)+)", Pattern.CASE_INSENSITIVE);

  /** An element's text, with or without a namespace prefix and attributes. */
  private static final Pattern XML =
      Pattern.compile(
          "(<(?:[\\w.-]+:)?" + SECRET_KEYS + "(?:\\s[^>]*)?>)([^<]+)", Pattern.CASE_INSENSITIVE);

  /** A form field's value. */
  private static final Pattern FORM =
      Pattern.compile("((?:^|&)" + SECRET_KEYS + "=)([^&]+)", Pattern.CASE_INSENSITIVE);

  /** A SigV4 {@code Authorization} value: all but the signature is kept. */
  private static final Pattern SIGV4 =
      Pattern.compile(
          "(AWS4-HMAC-SHA256 Credential=[^,\\s]+,\\s*SignedHeaders=[^,\\s]+,\\s*Signature=)"
              + "[0-9a-fA-F]+");

  private SecretMasking() {}

  /** The value of header {@code name} as it may be shown. */
  static String header(String name, String value) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("authorization")) {
      Matcher sigV4 = SIGV4.matcher(value);
      return sigV4.matches() ? sigV4.group(1) + MASK : MASK;
    }
    return SECRET_HEADERS.contains(lower) ? MASK : value;
  }

  /** {@code url} as it may be shown: its secret query parameters' values masked, in place. */
  static String url(HttpUrl url) {
    String query = url.encodedQuery();
    if (query == null) {
      return url.toString();
    }
    // OkHttp splits the query on every '&', as here, so the i-th piece is the i-th parameter.
    String[] pieces = query.split("&", -1);
    StringBuilder shown =
        new StringBuilder(url.newBuilder().query(null).fragment(null).build().toString());
    for (int i = 0; i < pieces.length; i++) {
      shown.append(i == 0 ? '?' : '&');
      String name = url.queryParameterName(i);
      int equals = pieces[i].indexOf('=');
      if (equals >= 0 && SECRET_QUERY_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
        shown.append(pieces[i], 0, equals + 1).append(MASK);
      } else {
        shown.append(pieces[i]);
      }
    }
    return shown.toString();
  }

  /** Whether the whole body sent to or from {@code url} is a secret. */
  static boolean wholeBodyIsSecret(HttpUrl url) {
    return url.encodedPath().equals(IMDS_TOKEN_PATH);
  }

  /** {@code text}, a body or its beginning, with the values of the secret keys masked. */
  static String body(String text) {
    return mask(FORM, mask(XML, mask(JSON, text)));
  }

  private static String mask(Pattern secret, String text) {
    return secret
        .matcher(text)
        .replaceAll(match -> Matcher.quoteReplacement(match.group(1) + MASK));
  }
}

package dev.apigw.core.auth.sigv4;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.apigw.core.http.NameValue;
import dev.apigw.core.http.PercentEncoding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A request for the signer differential, read from fuzzer data: a method, a host, a path as an HTTP
 * layer would put it in the request line, decoded query pairs, headers and a body.
 *
 * <p>Only {@code consumeInt} and {@code consumeBytes} are used, so {@link SignerFuzzSeedWriter} can
 * write the bytes that read back as a chosen request. Text is built from pieces: UTF-8 bytes (as
 * decoded by Java, so malformed bytes become U+FFFD), single code points (lone surrogates included)
 * and fragments that matter where the text goes (reserved characters, percent-encoded text, runs of
 * whitespace and line breaks).
 */
final class FuzzedSigningRequest {
  static final List<String> METHODS =
      List.of("GET", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS");

  /** Host header values as sent; none has a port the AWS SDK would leave out of it. */
  static final List<String> HOSTS =
      List.of(
          "apigateway.us-east-1.amazonaws.com",
          "localhost:4566",
          "127.0.0.1:8080",
          "abcdef1234.execute-api.us-east-1.amazonaws.com");

  static final int MAX_PATH_SEGMENTS = 12;
  static final int MAX_QUERY_PARAMETERS = 6;
  static final int MAX_HEADERS = 8;
  static final int MAX_TEXT_PIECES = 8;
  static final int MAX_UTF8_BYTES = 64;
  static final int MAX_SMALL_BODY = 512;
  static final int MIN_LARGE_BODY = 1 << 16;
  static final int MAX_LARGE_BODY = 1 << 20;

  static final List<String> PATH_FRAGMENTS =
      List.of(
          "%2F",
          "%2f",
          "%2E",
          "%2E%2E",
          "%25",
          "%2525",
          "%20",
          "%",
          "%zz",
          "%C3%A9",
          "%00",
          ";",
          ":",
          "@",
          "!$&'()*+,=",
          "~",
          "-._",
          "\u00e9",
          "\ud83d\ude00",
          " ",
          "+",
          "a",
          "..",
          ".");

  static final List<String> QUERY_FRAGMENTS =
      List.of(
          "=",
          "&",
          "+",
          " ",
          "%20",
          "%",
          "%2B",
          "~",
          "*",
          "\u00e9",
          "a",
          "?",
          "#",
          "/",
          "Z",
          "-_.",
          "\ud83d\ude00",
          "\t",
          "\n");

  static final List<String> HEADER_NAMES =
      List.of(
          "Content-Type",
          "content-type",
          "X-Custom",
          "x-custom",
          "Host",
          "X-Amz-Date",
          "x-amz-date",
          "X-Amz-Security-Token",
          "x-amz-content-sha256",
          "Authorization",
          "User-Agent",
          "Connection",
          "Expect",
          "Transfer-Encoding",
          "X-Amzn-Trace-Id",
          "X-Forwarded-For",
          "Content-Length",
          "Accept",
          "X-Amz-User-Agent",
          "amz-sdk-invocation-id");

  static final String TOKEN_CHARACTERS =
      "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  static final List<String> HEADER_VALUE_FRAGMENTS =
      List.of(
          " ",
          "   ",
          "\t",
          "\t \t",
          "\n",
          "\r\n",
          "\r\n ",
          "\n\t",
          "\u000b",
          "\f",
          "\u00a0",
          "\u2003",
          "a",
          "b c",
          "\"quoted  value\"",
          ",",
          "application/json",
          "\u00e9",
          "\u0000");

  final String method;
  final String host;
  final String path;
  final List<NameValue> query;
  final List<NameValue> headers;
  final byte[] body;
  final boolean withSessionToken;

  private FuzzedSigningRequest(
      String method,
      String host,
      String path,
      List<NameValue> query,
      List<NameValue> headers,
      byte[] body,
      boolean withSessionToken) {
    this.method = method;
    this.host = host;
    this.path = path;
    this.query = Collections.unmodifiableList(query);
    this.headers = Collections.unmodifiableList(headers);
    this.body = body;
    this.withSessionToken = withSessionToken;
  }

  /** This request without the headers of these lowercase names. */
  FuzzedSigningRequest withoutHeaders(Set<String> lowercaseNames) {
    List<NameValue> kept = new ArrayList<>(headers.size());
    for (NameValue header : headers) {
      if (!lowercaseNames.contains(header.name().toLowerCase(Locale.ROOT))) {
        kept.add(header);
      }
    }
    return new FuzzedSigningRequest(method, host, path, query, kept, body, withSessionToken);
  }

  static FuzzedSigningRequest read(FuzzedDataProvider data) {
    String method = METHODS.get(data.consumeInt(0, METHODS.size() - 1));
    String host = HOSTS.get(data.consumeInt(0, HOSTS.size() - 1));
    boolean withSessionToken = data.consumeInt(0, 1) == 1;
    String path = path(data);
    List<NameValue> query = query(data);
    List<NameValue> headers = headers(data);
    byte[] body = body(data);
    return new FuzzedSigningRequest(method, host, path, query, headers, body, withSessionToken);
  }

  /** Segment kinds, in the order of the choice read for each. */
  enum SegmentKind {
    EMPTY,
    DOT,
    DOT_DOT,
    /** Decoded text percent-encoded once, as our HTTP layer encodes a path label. */
    ENCODED_TEXT,
    /** Text put in the path as it is: raw reserved, Unicode and even illegal characters. */
    RAW_TEXT,
    /** Already-encoded text (the fragments) encoded once more, as a label holding {@code %2F}. */
    ENCODED_FRAGMENTS
  }

  private static String path(FuzzedDataProvider data) {
    int segments = data.consumeInt(0, MAX_PATH_SEGMENTS);
    if (segments == 0) {
      return data.consumeInt(0, 1) == 0 ? "" : "/";
    }
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < segments; i++) {
      path.append('/');
      switch (SegmentKind.values()[data.consumeInt(0, SegmentKind.values().length - 1)]) {
        case EMPTY:
          break;
        case DOT:
          path.append('.');
          break;
        case DOT_DOT:
          path.append("..");
          break;
        case ENCODED_TEXT:
          path.append(PercentEncoding.encode(text(data, PATH_FRAGMENTS)));
          break;
        case RAW_TEXT:
          path.append(text(data, PATH_FRAGMENTS));
          break;
        case ENCODED_FRAGMENTS:
          path.append(PercentEncoding.encode(fragments(data, PATH_FRAGMENTS)));
          break;
      }
    }
    if (data.consumeInt(0, 1) == 1) {
      path.append('/');
    }
    return path.toString();
  }

  private static List<NameValue> query(FuzzedDataProvider data) {
    int count = data.consumeInt(0, MAX_QUERY_PARAMETERS);
    List<NameValue> query = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String name;
      switch (data.consumeInt(0, 2)) {
        case 0:
          name = "";
          break;
        case 1:
          name = query.isEmpty() ? "k" : query.get(query.size() - 1).name();
          break;
        default:
          name = text(data, QUERY_FRAGMENTS);
      }
      String value;
      switch (data.consumeInt(0, 2)) {
        case 0:
          value = "";
          break;
        case 1:
          value = query.isEmpty() ? "v" : query.get(query.size() - 1).value();
          break;
        default:
          value = text(data, QUERY_FRAGMENTS);
      }
      query.add(NameValue.of(name, value));
    }
    return query;
  }

  private static List<NameValue> headers(FuzzedDataProvider data) {
    int count = data.consumeInt(0, MAX_HEADERS);
    List<NameValue> headers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String name;
      switch (data.consumeInt(0, 3)) {
        case 0:
          name = HEADER_NAMES.get(data.consumeInt(0, HEADER_NAMES.size() - 1));
          break;
        case 1:
          name = token(data);
          break;
        case 2:
          name =
              headers.isEmpty()
                  ? "X-Repeated"
                  : headers
                      .get(data.consumeInt(0, headers.size() - 1))
                      .name()
                      .toUpperCase(Locale.ROOT);
          break;
        default:
          name = text(data, HEADER_VALUE_FRAGMENTS);
      }
      headers.add(NameValue.of(name, text(data, HEADER_VALUE_FRAGMENTS)));
    }
    return headers;
  }

  private static String token(FuzzedDataProvider data) {
    byte[] picks = data.consumeBytes(data.consumeInt(1, 16));
    StringBuilder token = new StringBuilder("x-");
    for (byte pick : picks) {
      token.append(TOKEN_CHARACTERS.charAt((pick & 0xFF) % TOKEN_CHARACTERS.length()));
    }
    return token.toString();
  }

  /** Body kinds: one input in 16 has a large body, which takes most of the time to sign. */
  static final int BODY_EMPTY = 0;

  static final int BODY_SMALL = 8;
  static final int BODY_LARGE = 15;

  private static byte[] body(FuzzedDataProvider data) {
    int kind = data.consumeInt(0, BODY_LARGE);
    if (kind < BODY_SMALL) {
      return new byte[0];
    }
    if (kind < BODY_LARGE) {
      return data.consumeBytes(data.consumeInt(0, MAX_SMALL_BODY));
    }
    byte[] large = new byte[MIN_LARGE_BODY + data.consumeInt(0, MAX_LARGE_BODY - MIN_LARGE_BODY)];
    Arrays.fill(large, (byte) data.consumeInt(0, 255));
    return large;
  }

  /** Piece kinds of {@link #text}, in the order of the choice read for each. */
  enum PieceKind {
    UTF8_BYTES,
    CODE_POINT,
    FRAGMENT
  }

  private static String text(FuzzedDataProvider data, List<String> fragments) {
    int pieces = data.consumeInt(0, MAX_TEXT_PIECES);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      switch (PieceKind.values()[data.consumeInt(0, PieceKind.values().length - 1)]) {
        case UTF8_BYTES:
          byte[] bytes = data.consumeBytes(data.consumeInt(0, MAX_UTF8_BYTES));
          text.append(new String(bytes, StandardCharsets.UTF_8));
          break;
        case CODE_POINT:
          text.appendCodePoint(data.consumeInt(0, Character.MAX_CODE_POINT));
          break;
        case FRAGMENT:
          text.append(fragments.get(data.consumeInt(0, fragments.size() - 1)));
          break;
      }
    }
    return text.toString();
  }

  private static String fragments(FuzzedDataProvider data, List<String> fragments) {
    int pieces = data.consumeInt(1, MAX_TEXT_PIECES);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      text.append(fragments.get(data.consumeInt(0, fragments.size() - 1)));
    }
    return text.toString();
  }
}

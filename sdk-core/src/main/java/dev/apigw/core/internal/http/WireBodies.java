package dev.apigw.core.internal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * A request's or a response's body as the wire log shows it: UTF-8 text with its secrets masked,
 * cut to its first 8 KiB with the cut stated; or a note saying why it is not shown (it can be sent
 * only once, it is compressed or binary, it could not be read). Empty for no body. Reading it
 * leaves the body whole for the request's and the response's use.
 */
final class WireBodies {
  /** The most of a body shown: 8 KiB. */
  static final int LIMIT = 8 * 1024;

  private WireBodies() {}

  /** The request's body: written into memory when it can be written again, else a note. */
  static String of(Request request) {
    RequestBody body = request.body();
    if (body == null) {
      return "";
    }
    if (body.isOneShot() || body.isDuplex()) {
      return "(body not shown: it can be sent only once)";
    }
    String encoding = encoding(request.headers());
    if (encoding != null) {
      return "(body not shown: Content-Encoding " + encoding + ")";
    }
    Buffer buffer = new Buffer();
    byte[] first;
    try {
      body.writeTo(buffer);
      first = buffer.readByteArray(Math.min(buffer.size(), LIMIT));
    } catch (IOException e) {
      return "(body not shown: " + e + ")";
    }
    return shown(first, first.length + buffer.size(), request.url());
  }

  /** The response's body, peeked at: up to one byte more than is shown, to know of a cut. */
  static String of(Response response) {
    String encoding = encoding(response.headers());
    if (encoding != null) {
      return "(body not shown: Content-Encoding " + encoding + ")";
    }
    byte[] peeked;
    try {
      peeked = response.peekBody(LIMIT + 1L).bytes();
    } catch (IOException e) {
      return "(body not shown: " + e + ")";
    }
    long total = response.body().contentLength();
    return shown(peeked, total, response.request().url());
  }

  /**
   * The first bytes of a body of {@code total} bytes ({@code -1} when not known), as text: at most
   * {@link #LIMIT} bytes of them.
   */
  private static String shown(byte[] first, long total, HttpUrl url) {
    if (first.length == 0) {
      return "";
    }
    int length = Math.min(first.length, LIMIT);
    String text = new String(first, 0, length, StandardCharsets.UTF_8);
    if (isBinary(text)) {
      return "(body not shown: binary, " + (total < 0 ? "length unknown" : total + " bytes") + ")";
    }
    String masked =
        SecretMasking.wholeBodyIsSecret(url) ? SecretMasking.MASK : SecretMasking.body(text);
    if (first.length > LIMIT || total > length) {
      String of = total > length ? String.valueOf(total) : "more than " + length;
      return masked + "\n… (cut: " + length + " of " + of + " bytes shown)";
    }
    return masked;
  }

  /** A compression other than none, or null. */
  private static String encoding(Headers headers) {
    String encoding = headers.get("Content-Encoding");
    return encoding == null || encoding.equalsIgnoreCase("identity") ? null : encoding;
  }

  /** Text has no control characters but tabs and line ends; anything else is taken as binary. */
  private static boolean isBinary(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        return true;
      }
    }
    return false;
  }
}

package dev.apigw.core.internal.pipeline;

import org.jspecify.annotations.Nullable;

/**
 * What the SDK may send as it is in a header value it builds from the caller's words: text that is
 * not blank and, once trimmed, printable ASCII (which is also all OkHttp accepts).
 */
final class HeaderText {
  private HeaderText() {}

  /**
   * Why {@code text} may not be sent, to follow the name of what it is ("must not be blank"); null
   * when it may. An invalid character's index counts from the start of {@code text} untrimmed.
   */
  static @Nullable String problem(String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return "must not be blank";
    }
    int start = text.indexOf(trimmed);
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c < 0x20 || c >= 0x7F) {
        return "must be printable ASCII; it has an invalid character at index " + (start + i);
      }
    }
    return null;
  }
}

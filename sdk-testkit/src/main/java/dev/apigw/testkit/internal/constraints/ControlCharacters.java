package dev.apigw.testkit.internal.constraints;

/**
 * Whether a string holds a control character the service refuses: any of U+0000 to U+001F (a NUL
 * byte among them) and U+007F, except the tab, line feed and carriage return that documents such as
 * an OpenAPI body or a description may hold.
 */
final class ControlCharacters {
  private ControlCharacters() {}

  static boolean in(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        return true;
      }
    }
    return false;
  }
}

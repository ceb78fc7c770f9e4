package dev.apigw.core.auth.sigv4;

import dev.apigw.core.http.NameValue;
import dev.apigw.core.lang.Arguments;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The checks of a {@link SignableRequest}'s members, each failure naming the member. */
final class SignableRequestChecks {
  private SignableRequestChecks() {}

  static String requireSet(@Nullable String value, String member) {
    if (value == null) {
      throw new IllegalArgumentException(
          "SignableRequest." + member + " is required but was not set");
    }
    return value;
  }

  static List<NameValue> copyOf(List<NameValue> pairs, String name) {
    Arguments.requireNonNull(pairs, name);
    List<NameValue> copy = new ArrayList<>(pairs.size());
    for (int i = 0; i < pairs.size(); i++) {
      copy.add(Arguments.requireNonNull(pairs.get(i), name + "[" + i + "]"));
    }
    return copy;
  }

  static NameValue checkHeader(NameValue header) {
    if (header.name().isEmpty()) {
      throw new IllegalArgumentException("header name must not be empty");
    }
    if (containsWhitespaceOrControl(header.name()) || header.name().indexOf(':') >= 0) {
      throw new IllegalArgumentException("header name must not contain whitespace or ':'");
    }
    return header;
  }

  static boolean containsWhitespaceOrControl(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c == 0x7F) {
        return true;
      }
    }
    return false;
  }
}

package dev.apigw.core.internal.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** What the readers say about the parser's current token, and how they compare its text. */
final class JsonTokens {
  private JsonTokens() {}

  /** Whether {@code chars[offset..offset+length)} holds exactly {@code value}'s characters. */
  static boolean sameChars(String value, char[] chars, int offset, int length) {
    if (value.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (value.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  static JsonParseException mismatch(JsonParser parser, String expected) {
    return new JsonParseException(
        parser, "Expected " + expected + " but found " + describe(parser.currentToken()));
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      default:
        return token.toString();
    }
  }
}

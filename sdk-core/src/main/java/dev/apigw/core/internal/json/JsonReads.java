package dev.apigw.core.internal.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.apigw.core.WireEnum;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON values for generated codecs. Every method expects the parser on the value's first
 * token and leaves it on the value's last token. Scalars are read leniently (a number sent as a
 * string is accepted); a value of the wrong kind fails with a {@link JsonParseException} that says
 * what was expected and what came.
 */
public final class JsonReads {
  /** Reads one value with the parser on its first token. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(JsonParser parser) throws IOException;
  }

  private JsonReads() {}

  /** Fails unless the parser is on the start of an object. */
  public static void expectObject(JsonParser parser, String typeName) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw JsonTokens.mismatch(parser, "a " + typeName + " object");
    }
  }

  public static String readString(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING || (token != null && token.isScalarValue())) {
      return parser.getText();
    }
    throw JsonTokens.mismatch(parser, "a string");
  }

  public static boolean readBoolean(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    if (token == JsonToken.VALUE_STRING) {
      String text = parser.getText().trim();
      if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
        return Boolean.parseBoolean(text);
      }
    }
    throw JsonTokens.mismatch(parser, "a boolean");
  }

  public static int readInt(JsonParser parser) throws IOException {
    long value = readLong(parser);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new JsonParseException(
          parser, "Expected a 32-bit integer but " + value + " is out of range");
    }
    return (int) value;
  }

  public static long readLong(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return parser.getLongValue();
    }
    if (token == JsonToken.VALUE_STRING) {
      try {
        return Long.parseLong(parser.getText().trim());
      } catch (NumberFormatException e) {
        throw JsonTokens.mismatch(parser, "an integer");
      }
    }
    throw JsonTokens.mismatch(parser, "an integer");
  }

  public static double readDouble(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return parser.getDoubleValue();
    }
    if (token == JsonToken.VALUE_STRING) {
      try {
        return Double.parseDouble(parser.getText().trim());
      } catch (NumberFormatException e) {
        throw JsonTokens.mismatch(parser, "a number");
      }
    }
    throw JsonTokens.mismatch(parser, "a number");
  }

  /** A timestamp as ISO-8601 text, epoch seconds as a number, or epoch seconds as text. */
  public static Instant readTimestamp(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      try {
        return Timestamps.fromEpochSeconds(parser.getDecimalValue());
      } catch (IllegalArgumentException e) {
        throw new JsonParseException(parser, e.getMessage(), e);
      }
    }
    if (token == JsonToken.VALUE_STRING) {
      try {
        return Timestamps.parse(parser.getText());
      } catch (IllegalArgumentException e) {
        throw new JsonParseException(parser, e.getMessage(), e);
      }
    }
    throw JsonTokens.mismatch(parser, "a timestamp");
  }

  /** Base64 text. */
  public static byte[] readBlob(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw JsonTokens.mismatch(parser, "base64 text");
    }
    return parser.getBinaryValue();
  }

  /**
   * An enumeration's wire value. A string equal to one of {@code known}'s values comes back as that
   * constant's own String, without making a new one (such values repeat in every item of a
   * listing); any other value, or a scalar that is not a string, is read as {@link #readString}
   * reads it.
   */
  public static String readWireValue(JsonParser parser, List<? extends WireEnum> known)
      throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      char[] chars = parser.getTextCharacters();
      int offset = parser.getTextOffset();
      int length = parser.getTextLength();
      for (int i = 0; i < known.size(); i++) {
        String value = known.get(i).value();
        if (JsonTokens.sameChars(value, chars, offset, length)) {
          return value;
        }
      }
    }
    return readString(parser);
  }

  /**
   * Moves the parser from an array's {@code START_ARRAY} to its first element that is not null.
   * Generated codecs read a list member element by element into the value's builder with this and
   * {@link #nextElement}, so the list is built once.
   *
   * @return false when the array has no such element, with the parser on its {@code END_ARRAY}
   */
  public static boolean firstElement(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw JsonTokens.mismatch(parser, "an array");
    }
    return nextElement(parser);
  }

  /**
   * Moves the parser from the last token of an array's element (or its {@code START_ARRAY}) to the
   * next element that is not null.
   *
   * @return false at the array's {@code END_ARRAY}
   */
  public static boolean nextElement(JsonParser parser) throws IOException {
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      if (token == null) {
        throw new JsonParseException(parser, "The JSON ends inside an array");
      }
      if (token != JsonToken.VALUE_NULL) {
        return true;
      }
    }
    return false;
  }

  /**
   * Moves the parser from an object's {@code START_OBJECT} to the value of its first entry that is
   * not null; the entry's key is then {@link JsonParser#currentName()}. The map counterpart of
   * {@link #firstElement}.
   *
   * @return false when the object has no such entry, with the parser on its {@code END_OBJECT}
   */
  public static boolean firstEntry(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw JsonTokens.mismatch(parser, "an object");
    }
    return nextEntry(parser);
  }

  /**
   * Moves the parser from the last token of an entry's value (or the object's {@code START_OBJECT})
   * to the value of the next entry that is not null.
   *
   * @return false at the object's {@code END_OBJECT}
   */
  public static boolean nextEntry(JsonParser parser) throws IOException {
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_OBJECT;
        token = parser.nextToken()) {
      if (token != JsonToken.FIELD_NAME) {
        throw new JsonParseException(parser, "The JSON ends inside an object");
      }
      if (parser.nextToken() != JsonToken.VALUE_NULL) {
        return true;
      }
    }
    return false;
  }

  /** A JSON array as an unmodifiable list; null elements are dropped. */
  public static <T> List<T> readList(JsonParser parser, Reader<T> elements) throws IOException {
    if (!firstElement(parser)) {
      return Collections.emptyList(); // [] is common in responses: no list for it
    }
    List<T> list = new ArrayList<>();
    do {
      list.add(elements.read(parser));
    } while (nextElement(parser));
    return Collections.unmodifiableList(list);
  }

  /** A JSON object as an unmodifiable map in the object's order; null values are dropped. */
  public static <T> Map<String, T> readMap(JsonParser parser, Reader<T> values) throws IOException {
    if (!firstEntry(parser)) {
      return Collections.emptyMap(); // {} is common in responses: no map for it
    }
    Map<String, T> map = new LinkedHashMap<>();
    do {
      map.put(parser.currentName(), values.read(parser));
    } while (nextEntry(parser));
    return Collections.unmodifiableMap(map);
  }

  /** Prefixes a decoding failure with the member it happened in, such as {@code Route.routeKey}. */
  public static JsonParseException inMember(
      JsonParser parser, String typeName, String field, IOException cause) {
    return new JsonParseException(
        parser, typeName + "." + field + ": " + cause.getMessage(), cause);
  }
}

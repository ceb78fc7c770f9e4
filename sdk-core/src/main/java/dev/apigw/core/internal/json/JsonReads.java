package dev.apigw.core.internal.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON values for generated codecs. Every method expects the parser on the value's first token and leaves it
 * on the value's last token. Scalars are read leniently (a number sent as a string is accepted); a value of the
 * wrong kind fails with a {@link JsonParseException} that says what was expected and what came.
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
      throw mismatch(parser, "a " + typeName + " object");
    }
  }

  public static String readString(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING || (token != null && token.isScalarValue())) {
      return parser.getText();
    }
    throw mismatch(parser, "a string");
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
    throw mismatch(parser, "a boolean");
  }

  public static int readInt(JsonParser parser) throws IOException {
    long value = readLong(parser);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new JsonParseException(parser, "Expected a 32-bit integer but " + value + " is out of range");
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
        throw mismatch(parser, "an integer");
      }
    }
    throw mismatch(parser, "an integer");
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
        throw mismatch(parser, "a number");
      }
    }
    throw mismatch(parser, "a number");
  }

  /** A timestamp as ISO-8601 text, epoch seconds as a number, or epoch seconds as text. */
  public static Instant readTimestamp(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return Timestamps.fromEpochSeconds(parser.getDecimalValue());
    }
    if (token == JsonToken.VALUE_STRING) {
      try {
        return Timestamps.parse(parser.getText());
      } catch (IllegalArgumentException e) {
        throw new JsonParseException(parser, e.getMessage(), e);
      }
    }
    throw mismatch(parser, "a timestamp");
  }

  /** Base64 text. */
  public static byte[] readBlob(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw mismatch(parser, "base64 text");
    }
    return parser.getBinaryValue();
  }

  /** A JSON array as an unmodifiable list; null elements are dropped. */
  public static <T> List<T> readList(JsonParser parser, Reader<T> elements) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw mismatch(parser, "an array");
    }
    JsonToken first = parser.nextToken();
    if (first == JsonToken.END_ARRAY) {
      return Collections.emptyList(); // [] is common in responses: no list for it
    }
    List<T> list = new ArrayList<>();
    for (JsonToken token = first; token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      if (token == null) {
        throw new JsonParseException(parser, "The JSON ends inside an array");
      }
      if (token != JsonToken.VALUE_NULL) {
        list.add(elements.read(parser));
      }
    }
    return Collections.unmodifiableList(list);
  }

  /** A JSON object as an unmodifiable map in the object's order; null values are dropped. */
  public static <T> Map<String, T> readMap(JsonParser parser, Reader<T> values) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw mismatch(parser, "an object");
    }
    JsonToken first = parser.nextToken();
    if (first == JsonToken.END_OBJECT) {
      return Collections.emptyMap(); // {} is common in responses: no map for it
    }
    Map<String, T> map = new LinkedHashMap<>();
    for (JsonToken token = first; token != JsonToken.END_OBJECT; token = parser.nextToken()) {
      if (token != JsonToken.FIELD_NAME) {
        throw new JsonParseException(parser, "The JSON ends inside an object");
      }
      String key = parser.currentName();
      if (parser.nextToken() != JsonToken.VALUE_NULL) {
        map.put(key, values.read(parser));
      }
    }
    return Collections.unmodifiableMap(map);
  }

  /** Prefixes a decoding failure with the member it happened in, such as {@code Route.routeKey}. */
  public static JsonParseException inMember(JsonParser parser, String typeName, String field, IOException cause) {
    return new JsonParseException(parser, typeName + "." + field + ": " + cause.getMessage(), cause);
  }

  private static JsonParseException mismatch(JsonParser parser, String expected) {
    return new JsonParseException(parser, "Expected " + expected + " but found " + describe(parser.currentToken()));
  }

  private static String describe(JsonToken token) {
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

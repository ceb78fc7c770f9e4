package dev.apigw.core.internal.endpoints;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.apigw.core.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON document into plain values: {@code String}, {@code Boolean}, {@code Integer},
 * unmodifiable {@code List} and {@code Map} (in document order), and null for JSON null. The rule
 * set and the partitions are small files whose objects name their kind last (a rule's {@code
 * type}), so they are read whole and then built.
 */
final class JsonTree {
  private JsonTree() {}

  /**
   * Reads the document in {@code json}. Syntax errors, duplicate keys, fractions and integers
   * beyond 32 bits fail with {@link IllegalArgumentException}; only reading the stream fails with
   * {@link IOException}.
   */
  static @Nullable Object read(InputStream json, String what) throws IOException {
    try (JsonParser parser = Json.factory().createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new IllegalArgumentException(what + " is empty");
      }
      Object value = readValue(parser, what);
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException(
            what
                + " has more after its JSON value, at line "
                + parser.currentLocation().getLineNr());
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          what
              + " is not valid JSON: "
              + e.getOriginalMessage()
              + " (line "
              + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
              + ")",
          e);
    }
  }

  private static @Nullable Object readValue(JsonParser parser, String what) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          parser.nextToken();
          Object value = readValue(parser, what);
          if (map.containsKey(key)) {
            throw new IllegalArgumentException(
                what
                    + " has the key \""
                    + key
                    + "\" twice in one object, at line "
                    + parser.currentLocation().getLineNr());
          }
          map.put(key, value);
        }
        return Collections.unmodifiableMap(map);
      case START_ARRAY:
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          list.add(readValue(parser, what));
        }
        return Collections.unmodifiableList(list);
      case VALUE_STRING:
        return parser.getText();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      case VALUE_NUMBER_INT:
        if (parser.getNumberType() != JsonParser.NumberType.INT) {
          throw new IllegalArgumentException(
              what
                  + " has the integer "
                  + parser.getText()
                  + ", beyond 32 bits, at line "
                  + parser.currentLocation().getLineNr());
        }
        return parser.getIntValue();
      default:
        throw new IllegalArgumentException(
            what
                + " has "
                + parser.getText()
                + " where only strings, booleans,"
                + " integers, arrays and objects are expected, at line "
                + parser.currentLocation().getLineNr());
    }
  }
}

package dev.apigw.testkit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON (and YAML, through the same streaming API) as plain Java values: {@code Map<String, Object>}
 * in member order, {@code List<Object>}, {@code String}, {@code Long}, {@code Double}, {@code
 * BigDecimal}, {@code Boolean} and {@code null}. Documents are read within {@link RequestLimits}.
 */
public final class JsonTree {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().streamReadConstraints(RequestLimits.streamReadConstraints()).build();

  private JsonTree() {}

  /** The value of a whole JSON document. */
  public static Object parse(byte[] json) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      return parse(parser);
    }
  }

  /** The value of the next whole document from {@code parser} (JSON or YAML). */
  public static Object parse(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw new IOException("the document is empty");
    }
    Object value = read(parser);
    if (parser.nextToken() != null) {
      throw new IOException("the document has more than one value");
    }
    return value;
  }

  private static Object read(JsonParser parser) throws IOException {
    switch (parser.currentToken()) {
      case START_OBJECT:
        {
          Map<String, Object> object = new LinkedHashMap<>();
          while (parser.nextToken() != JsonToken.END_OBJECT) {
            String name = parser.currentName();
            parser.nextToken();
            object.put(name, read(parser));
          }
          return object;
        }
      case START_ARRAY:
        {
          List<Object> array = new ArrayList<>();
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(read(parser));
          }
          return array;
        }
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? parser.getBigIntegerValue()
            : parser.getLongValue();
      case VALUE_NUMBER_FLOAT:
        // BigDecimal keeps what was written: a YAML version 1.10 stays 1.10, not 1.1.
        return decimal(parser);
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IOException("unexpected " + parser.currentToken());
    }
  }

  /**
   * The number as written; one whose exponent is beyond what a {@link BigDecimal} holds (such as
   * {@code 1e9999999999}) cannot be read, like any other malformed document.
   */
  private static BigDecimal decimal(JsonParser parser) throws IOException {
    try {
      return parser.getDecimalValue();
    } catch (NumberFormatException e) {
      throw new IOException("the number " + parser.getText() + " is out of range", e);
    }
  }

  /** {@code value} as compact JSON. */
  public static byte[] toJson(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      write(generator, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes {@code value} to {@code out} (JSON or YAML). */
  @SuppressWarnings("unchecked")
  public static void write(JsonGenerator out, Object value) throws IOException {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof Map) {
      out.writeStartObject();
      for (Map.Entry<String, Object> entry : ((Map<String, Object>) value).entrySet()) {
        out.writeFieldName(entry.getKey());
        write(out, entry.getValue());
      }
      out.writeEndObject();
    } else if (value instanceof List) {
      out.writeStartArray();
      for (Object element : (List<Object>) value) {
        write(out, element);
      }
      out.writeEndArray();
    } else if (value instanceof String) {
      out.writeString((String) value);
    } else if (value instanceof Boolean) {
      out.writeBoolean((Boolean) value);
    } else if (value instanceof Long || value instanceof Integer) {
      out.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigInteger) {
      out.writeNumber((BigInteger) value);
    } else if (value instanceof BigDecimal) {
      out.writeNumber((BigDecimal) value);
    } else if (value instanceof Number) {
      out.writeNumber(((Number) value).doubleValue());
    } else {
      out.writeString(value.toString());
    }
  }

  /** A deep copy, so that stored state never shares mutable parts with a request or response. */
  @SuppressWarnings("unchecked")
  public static Object copy(Object value) {
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) value).forEach((k, v) -> copy.put(k, copy(v)));
      return copy;
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<Object>) value).forEach(v -> copy.add(copy(v)));
      return copy;
    }
    return value;
  }
}

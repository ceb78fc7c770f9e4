package dev.apigw.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Writes JSON values for generated codecs. */
public final class JsonWrites {
  /** Writes one value. */
  @FunctionalInterface
  public interface Writer<T> {
    void write(JsonGenerator generator, T value) throws IOException;
  }

  private JsonWrites() {}

  public static void writeString(JsonGenerator generator, String value) throws IOException {
    generator.writeString(value);
  }

  public static void writeBoolean(JsonGenerator generator, Boolean value) throws IOException {
    generator.writeBoolean(value);
  }

  public static void writeInt(JsonGenerator generator, Integer value) throws IOException {
    generator.writeNumber(value);
  }

  public static void writeLong(JsonGenerator generator, Long value) throws IOException {
    generator.writeNumber(value);
  }

  public static void writeDouble(JsonGenerator generator, Double value) throws IOException {
    generator.writeNumber(value);
  }

  /** ISO-8601 in UTC, with a fraction only when the instant has one. */
  public static void writeIso8601(JsonGenerator generator, Instant value) throws IOException {
    generator.writeString(value.toString());
  }

  /** Epoch seconds as a number, with a fraction only when the instant has one. */
  public static void writeEpochSeconds(JsonGenerator generator, Instant value) throws IOException {
    generator.writeNumber(Timestamps.toEpochSeconds(value));
  }

  public static void writeBlob(JsonGenerator generator, byte[] value) throws IOException {
    generator.writeBinary(value);
  }

  public static <T> void writeList(
      JsonGenerator generator, List<T> list, Writer<? super T> elements) throws IOException {
    generator.writeStartArray();
    for (T element : list) {
      elements.write(generator, element);
    }
    generator.writeEndArray();
  }

  public static <T> void writeMap(
      JsonGenerator generator, Map<String, T> map, Writer<? super T> values) throws IOException {
    generator.writeStartObject();
    for (Map.Entry<String, T> entry : map.entrySet()) {
      generator.writeFieldName(entry.getKey());
      values.write(generator, entry.getValue());
    }
    generator.writeEndObject();
  }
}

package dev.apigw.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.apigw.core.http.SdkHttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Whole JSON bodies: one value written to bytes, or one object read from bytes. */
public final class JsonBodies {
  /** Writes one JSON value. */
  @FunctionalInterface
  public interface BodyWriter {
    void write(JsonGenerator generator) throws IOException;
  }

  /** Reads one JSON object, with the parser on its {@code START_OBJECT}. */
  @FunctionalInterface
  public interface BodyReader {
    void read(JsonParser parser) throws IOException;
  }

  private JsonBodies() {}

  public static byte[] write(BodyWriter writer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = Json.factory().createGenerator(bytes)) {
      writer.write(generator);
    } catch (IOException e) {
      throw new UncheckedIOException("Writing JSON to memory failed", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads the object in {@code body}; an empty body (or only white space) reads nothing. Anything
   * after the object but white space is an error.
   */
  public static void read(byte[] body, BodyReader reader) throws IOException {
    try (JsonParser parser = Json.factory().createParser(body)) {
      read(parser, reader);
    }
  }

  /** As {@link #read(byte[], BodyReader)}, on a response's body without copying it. */
  public static void read(SdkHttpResponse response, BodyReader reader) throws IOException {
    try (JsonParser parser = Json.factory().createParser(response.bodyStream())) {
      read(parser, reader);
    }
  }

  private static void read(JsonParser parser, BodyReader reader) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      return;
    }
    reader.read(parser);
    if (parser.nextToken() != null) {
      throw new com.fasterxml.jackson.core.JsonParseException(
          parser, "Unexpected content after the JSON object");
    }
  }
}

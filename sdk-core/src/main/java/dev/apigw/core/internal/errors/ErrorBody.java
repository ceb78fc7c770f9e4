package dev.apigw.core.internal.errors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.json.Json;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The scalar fields of an error body: its top level, and the {@code error} envelope's object if
 * there is one.
 */
final class ErrorBody {
  /** The member holding the error object in bodies of the form {@code {"error": {...}}}. */
  private static final String ENVELOPE_FIELD = "error";

  private static final ErrorBody NONE =
      new ErrorBody(Collections.emptyMap(), Collections.emptyMap());

  private final Map<String, String> topLevel;
  private final Map<String, String> envelope;

  private ErrorBody(Map<String, String> topLevel, Map<String, String> envelope) {
    this.topLevel = topLevel;
    this.envelope = envelope;
  }

  /** The body's fields, or none when it is not a complete, well-formed JSON object. */
  static ErrorBody parse(SdkHttpResponse response) {
    if (response.bodyLength() == 0) {
      return NONE;
    }
    Map<String, String> topLevel = new HashMap<>();
    Map<String, String> envelope = new HashMap<>();
    try (JsonParser parser = Json.factory().createParser(response.bodyStream())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return NONE;
      }
      if (!readObject(parser, topLevel, envelope)) {
        return NONE;
      }
      if (parser.nextToken() != null) {
        return NONE; // trailing content: not one JSON object
      }
    } catch (IOException | RuntimeException e) {
      // Not JSON, truncated, too deep: treat the body as opaque text.
      return NONE;
    }
    return new ErrorBody(topLevel, envelope);
  }

  /**
   * Reads the object the parser is on, putting scalar fields into {@code into}, and, when {@code
   * envelope} is not null, the scalar fields of an {@code error} object into {@code envelope}.
   * False when the input ends early.
   */
  private static boolean readObject(
      JsonParser parser, Map<String, String> into, @Nullable Map<String, String> envelope)
      throws IOException {
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_OBJECT;
        token = parser.nextToken()) {
      if (token != JsonToken.FIELD_NAME) {
        return false;
      }
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (value == null) {
        return false;
      }
      if (value.isScalarValue()) {
        if (value != JsonToken.VALUE_NULL) {
          into.put(name, parser.getText());
        }
      } else if (value == JsonToken.START_OBJECT
          && envelope != null
          && ENVELOPE_FIELD.equals(name)) {
        envelope.clear();
        if (!readObject(parser, envelope, null)) {
          return false;
        }
      } else {
        parser.skipChildren();
        if (parser.currentToken() == null) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The first of these fields that has a non-blank value, at the top level first, then in the
   * envelope.
   */
  @Nullable String first(String[] names) {
    for (Map<String, String> fields : List.of(topLevel, envelope)) {
      for (String name : names) {
        String value = fields.get(name);
        if (value != null && !value.isBlank()) {
          return value;
        }
      }
    }
    return null;
  }

  /** A field by name, at the top level, else in the envelope; null when absent. */
  @Nullable String field(@Nullable String name) {
    if (name == null) {
      return null;
    }
    String value = topLevel.get(name);
    return value != null ? value : envelope.get(name);
  }
}

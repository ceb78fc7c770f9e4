package dev.apigw.core.credentials.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.json.Json;
import dev.apigw.core.internal.json.Timestamps;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An SSO access token as {@code aws sso login} caches it: the token, when it expires and, for an
 * {@code sso-session}, what refreshing it takes (the refresh token and the client registration).
 * Read from and written back to its cache file; fields this class does not use are kept as they
 * were. Never shows a token.
 */
final class SsoToken {
  final String accessToken;
  final Instant expiresAt;
  final Map<String, String> fields;

  private SsoToken(String accessToken, Instant expiresAt, Map<String, String> fields) {
    this.accessToken = accessToken;
    this.expiresAt = expiresAt;
    this.fields = fields;
  }

  @Nullable String field(String name) {
    String value = fields.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  /**
   * Whether this token carries what a refresh needs, with a client registration that has not
   * expired.
   */
  boolean refreshableAt(Instant now) {
    if (field("refreshToken") == null
        || field("clientId") == null
        || field("clientSecret") == null) {
      return false;
    }
    String registrationExpiresAt = field("registrationExpiresAt");
    if (registrationExpiresAt == null) {
      return true;
    }
    try {
      return now.isBefore(parseInstant(registrationExpiresAt));
    } catch (RuntimeException e) {
      return false; // a registration whose expiry cannot be read is not used; the token itself
      // still is
    }
  }

  /**
   * This token renewed: the new access token and expiry, and the new refresh token when one was
   * issued.
   */
  SsoToken renewed(String newAccessToken, Instant newExpiresAt, @Nullable String newRefreshToken) {
    Map<String, String> updated = new LinkedHashMap<>(fields);
    updated.put("accessToken", newAccessToken);
    updated.put("expiresAt", newExpiresAt.toString());
    if (newRefreshToken != null) {
      updated.put("refreshToken", newRefreshToken);
    }
    return new SsoToken(newAccessToken, newExpiresAt, updated);
  }

  static SsoToken read(Path file, String renewHint) {
    Map<String, String> fields = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = Json.factory().createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new SdkClientException(
            "The SSO token cache " + file + " is not a JSON object" + renewHint);
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value != null && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
          fields.put(name, parser.getText());
        } else {
          parser.skipChildren();
        }
      }
    } catch (NoSuchFileException e) {
      throw new SdkClientException("No SSO token is cached in " + file + renewHint);
    } catch (IOException e) {
      throw new SdkClientException(
          "The SSO token cache "
              + file
              + " could not be read: "
              + e.getClass().getSimpleName()
              + renewHint,
          e);
    }
    String accessToken = fields.get("accessToken");
    String expiresAt = fields.get("expiresAt");
    if (accessToken == null || accessToken.isBlank() || expiresAt == null) {
      throw new SdkClientException(
          "The SSO token cache " + file + " has no accessToken or expiresAt" + renewHint);
    }
    Instant expiry;
    try {
      expiry = parseInstant(expiresAt);
    } catch (RuntimeException e) {
      throw new SdkClientException(
          "The SSO token cache " + file + " has an expiresAt that is not a timestamp" + renewHint,
          e);
    }
    return new SsoToken(accessToken, expiry, fields);
  }

  /** Writes the token to a temporary file beside the cache file and moves it into place. */
  void write(Path file) throws IOException {
    Path temporary = Files.createTempFile(file.getParent(), ".sso-token", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temporary);
          JsonGenerator generator = Json.factory().createGenerator(out)) {
        generator.writeStartObject();
        for (Map.Entry<String, String> field : fields.entrySet()) {
          generator.writeStringField(field.getKey(), field.getValue());
        }
        generator.writeEndObject();
      }
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** ISO-8601, also with the {@code UTC} suffix older tools wrote instead of {@code Z}. */
  private static Instant parseInstant(String text) {
    String iso = text.endsWith("UTC") ? text.substring(0, text.length() - 3) + "Z" : text;
    return Timestamps.parse(iso);
  }

  @Override
  public String toString() {
    return "SsoToken{expiresAt=" + expiresAt + "}";
  }
}

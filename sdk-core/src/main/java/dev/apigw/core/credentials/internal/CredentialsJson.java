package dev.apigw.core.credentials.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.json.Json;
import dev.apigw.core.internal.json.Timestamps;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The top-level members of a JSON object that carries credentials (a metadata service's response, a
 * credential process's output). Scalars are kept as text with their kind; nested values are
 * skipped. A failure to parse never repeats any of the input, which may hold a secret: only the
 * line and column are told.
 */
final class CredentialsJson {
  private final Map<String, Member> members;

  private CredentialsJson(Map<String, Member> members) {
    this.members = members;
  }

  /**
   * Thrown when the text is not one JSON object; the message names where it went wrong, never what
   * was there.
   */
  static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedException(String message) {
      super(message);
    }
  }

  static CredentialsJson parse(String text) throws MalformedException {
    Map<String, Member> members = new HashMap<>();
    try (JsonParser parser = Json.factory().createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new MalformedException("not a JSON object");
      }
      for (JsonToken token = parser.nextToken();
          token != JsonToken.END_OBJECT;
          token = parser.nextToken()) {
        if (token != JsonToken.FIELD_NAME) {
          throw new MalformedException("the JSON object is cut short");
        }
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == null) {
          throw new MalformedException("the JSON object is cut short");
        }
        if (value.isStructStart()) {
          parser.skipChildren();
          members.put(name, new Member(value, null));
        } else {
          members.put(
              name, new Member(value, value == JsonToken.VALUE_NULL ? null : parser.getText()));
        }
      }
      if (parser.nextToken() != null) {
        throw new MalformedException("unexpected content after the JSON object");
      }
    } catch (JsonProcessingException e) {
      com.fasterxml.jackson.core.JsonLocation where = e.getLocation();
      throw new MalformedException(
          where == null
              ? "malformed JSON"
              : "malformed JSON at line " + where.getLineNr() + ", column " + where.getColumnNr());
    } catch (IOException e) {
      throw new MalformedException("unreadable JSON");
    }
    return new CredentialsJson(members);
  }

  /** The member's text when it is a string or another scalar; empty when absent or null. */
  Optional<String> text(String name) {
    Member member = members.get(name);
    return member == null ? Optional.empty() : Optional.ofNullable(member.text);
  }

  /** The member's text when it is a JSON number; empty otherwise. */
  Optional<String> number(String name) {
    Member member = members.get(name);
    boolean isNumber =
        member != null
            && (member.kind == JsonToken.VALUE_NUMBER_INT
                || member.kind == JsonToken.VALUE_NUMBER_FLOAT);
    return isNumber ? Optional.ofNullable(member.text) : Optional.empty();
  }

  /**
   * Describes what the member is, for messages: its kind, and its text only when {@code showText}
   * (never a secret).
   */
  String describe(String name, boolean showText) {
    Member member = members.get(name);
    if (member == null) {
      return "absent";
    }
    switch (member.kind) {
      case VALUE_NULL:
        return "null";
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return showText ? "\"" + member.text + "\"" : "a string";
      default:
        return showText ? member.text : "a " + member.kind;
    }
  }

  /**
   * The credentials this document holds, with the session token under {@code tokenField} ({@code
   * Token} from metadata services, {@code SessionToken} from a credential process). Failures name
   * {@code source} and what is missing or malformed, such as {@code "the ECS endpoint returned no
   * AccessKeyId"}, never a value but the expiration's.
   *
   * @param verb how {@code source} produced the document, such as {@code returned} or {@code
   *     printed}
   */
  Credentials credentials(String source, String verb, String tokenField) {
    Optional<String> accessKeyId = text("AccessKeyId").filter(value -> !value.isBlank());
    Optional<String> secretAccessKey = text("SecretAccessKey").filter(value -> !value.isBlank());
    if (accessKeyId.isEmpty() || secretAccessKey.isEmpty()) {
      throw new SdkClientException(
          source
              + " "
              + verb
              + " no "
              + (accessKeyId.isEmpty() ? "AccessKeyId" : "SecretAccessKey"));
    }
    Instant expiration = null;
    Optional<String> expirationText = text("Expiration");
    if (expirationText.isPresent()) {
      try {
        expiration = parseExpiration(expirationText.get());
      } catch (IllegalArgumentException e) {
        throw new SdkClientException(
            source
                + " "
                + verb
                + " an Expiration that is not an ISO-8601 timestamp: "
                + describe("Expiration", true));
      }
    }
    return Credentials.of(
        accessKeyId.get(), secretAccessKey.get(), text(tokenField).orElse(null), expiration);
  }

  /**
   * An ISO-8601 expiration as the AWS SDK reads it: a trailing {@code +0000} counts as {@code Z};
   * offsets, a missing zone (UTC) and epoch seconds are accepted too. Fails with
   * IllegalArgumentException naming the text (an expiration is no secret).
   */
  static Instant parseExpiration(String text) {
    String trimmed = text.trim();
    if (trimmed.endsWith("+0000")) {
      trimmed = trimmed.substring(0, trimmed.length() - 5) + "Z";
    }
    return Timestamps.parse(trimmed);
  }

  private static final class Member {
    final JsonToken kind;
    final @Nullable String text;

    Member(JsonToken kind, @Nullable String text) {
      this.kind = kind;
      this.text = text;
    }
  }
}

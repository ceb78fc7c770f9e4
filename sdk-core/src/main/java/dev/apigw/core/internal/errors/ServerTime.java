package dev.apigw.core.internal.errors;

import dev.apigw.core.http.SdkHttpResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The service's time as a response's {@code Date} header gives it, read as the AWS SDK for Java v2
 * reads it: an RFC 1123 date such as {@code Tue, 15 Nov 1994 08:12:31 GMT}.
 */
final class ServerTime {
  static final String DATE_HEADER = "Date";

  private ServerTime() {}

  /** The time of the response's first {@code Date} header; null when it has none that parses. */
  static @Nullable Instant of(SdkHttpResponse response) {
    return parse(response.header(DATE_HEADER).orElse(null));
  }

  static @Nullable Instant parse(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.trim(), Instant::from);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

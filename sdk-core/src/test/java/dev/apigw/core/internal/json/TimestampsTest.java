package dev.apigw.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {
  @ParameterizedTest
  @CsvSource({
    "2025-01-01T00:00:00Z, 2025-01-01T00:00:00Z",
    "2025-01-01T00:00:00.123Z, 2025-01-01T00:00:00.123Z",
    "2025-01-01T01:00:00+01:00, 2025-01-01T00:00:00Z",
    "2025-01-01T00:00:00, 2025-01-01T00:00:00Z",
    "1735689600, 2025-01-01T00:00:00Z",
    "1735689600.5, 2025-01-01T00:00:00.500Z"
  })
  void textDecodesToTheRightInstant(String text, String expected) {
    assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({
    "1735689600, 2025-01-01T00:00:00Z",
    "1735689600.5, 2025-01-01T00:00:00.500Z",
    "-1.25, 1969-12-31T23:59:58.750Z"
  })
  void jsonNumbersAreEpochSeconds(String number, String expected) throws IOException {
    try (JsonParser parser = Json.factory().createParser(number)) {
      parser.nextToken();
      assertThat(JsonReads.readTimestamp(parser)).isEqualTo(Instant.parse(expected));
    }
  }

  @Test
  void epochSecondsWriteWithAFractionOnlyWhenThereIsOne() {
    assertThat(Timestamps.toEpochSeconds(Instant.parse("2025-01-01T00:00:00Z")))
        .isEqualTo(new BigDecimal("1735689600"));
    assertThat(Timestamps.toEpochSeconds(Instant.parse("2025-01-01T00:00:00.5Z")))
        .isEqualTo(new BigDecimal("1735689600.5"));
  }

  @Test
  void garbageIsAClearError() {
    assertThatThrownBy(() -> Timestamps.parse("yesterday"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("yesterday");
    assertThatThrownBy(() -> Timestamps.parse(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "44444444444444444444444444444444",
        "-31557014167219201",
        "31556889864403200",
        "31556889864403199.9999999999",
        "1e999999999",
        "-1E+2147483647"
      })
  void epochSecondsOutsideInstantsRangeAreAClearError(String number) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          assertThatThrownBy(() -> Timestamps.parse(number))
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("out of range");
          try (JsonParser parser = Json.factory().createParser(number)) {
            parser.nextToken();
            assertThatThrownBy(() -> JsonReads.readTimestamp(parser))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("out of range");
          }
        });
  }

  @ParameterizedTest
  @CsvSource({
    "31556889864403199, +1000000000-12-31T23:59:59Z",
    "-31557014167219200, -1000000000-01-01T00:00:00Z",
    "1e-999999999, 1970-01-01T00:00:00Z",
    "-1e-999999999, 1970-01-01T00:00:00Z",
    "0E+999999999, 1970-01-01T00:00:00Z",
    "0.00000000049, 1970-01-01T00:00:00Z",
    "0.0000000005, 1970-01-01T00:00:00.000000001Z",
    "1.7356896E9, 2025-01-01T00:00:00Z"
  })
  void epochSecondsAtTheEdgesAreReadWithoutRescalingHugeExponents(String number, String expected) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () ->
            assertThat(Timestamps.fromEpochSeconds(new BigDecimal(number)))
                .isEqualTo(Instant.parse(expected)));
  }
}

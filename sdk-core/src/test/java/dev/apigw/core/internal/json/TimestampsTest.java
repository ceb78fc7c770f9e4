package dev.apigw.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}

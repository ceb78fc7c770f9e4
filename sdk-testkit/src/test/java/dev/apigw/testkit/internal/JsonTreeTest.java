package dev.apigw.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTreeTest {
  @Test
  void aNumberWithAnExponentNoBigDecimalHoldsIsAMalformedDocument() {
    byte[] json = "{\"version\":1e999888888888888999}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> JsonTree.parse(json))
        .isInstanceOf(IOException.class)
        .hasMessage("the number 1e999888888888888999 is out of range");
  }

  @Test
  void largeButRepresentableNumbersAreKeptAsWritten() throws IOException {
    Object parsed = JsonTree.parse("{\"a\":1e999999,\"b\":1.10}".getBytes(StandardCharsets.UTF_8));

    assertThat(parsed)
        .isEqualTo(Map.of("a", new BigDecimal("1e999999"), "b", new BigDecimal("1.10")));
  }
}

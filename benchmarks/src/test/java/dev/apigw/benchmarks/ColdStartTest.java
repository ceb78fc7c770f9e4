package dev.apigw.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColdStartTest {
  @Test
  void theMedianOfAnOddAndOfAnEvenCount() {
    assertThat(ColdStart.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(ColdStart.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    assertThat(ColdStart.median(List.of())).isNaN();
  }
}

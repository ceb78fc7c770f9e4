package dev.apigw.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentEncodingTest {
  @Test
  void percentEncodingLeavesOnlyUnreservedCharacters() {
    assertThat(PercentEncoding.encode("")).isEmpty();
    assertThat(PercentEncoding.encode("AZaz09-._~")).isEqualTo("AZaz09-._~");
    assertThat(PercentEncoding.encode("a b+c*d%e/f=g&h"))
        .isEqualTo("a%20b%2Bc%2Ad%25e%2Ff%3Dg%26h");
    assertThat(PercentEncoding.encode("€")).isEqualTo("%E2%82%AC");
    // An unpaired surrogate is encoded as '?' by Java's UTF-8 encoder, never dropped or thrown on.
    assertThat(PercentEncoding.encode("a\uD800")).isEqualTo("a%3F");
  }

  @Test
  void keepingSlashesEncodesEverythingElseTheSameWay() {
    assertThat(PercentEncoding.encodeKeepingSlashes("/v2/apis/a b/%41"))
        .isEqualTo("/v2/apis/a%20b/%2541");
    assertThat(PercentEncoding.encodeKeepingSlashes("a+b"))
        .isEqualTo(PercentEncoding.encode("a+b"));
  }
}

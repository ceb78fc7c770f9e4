package dev.apigw.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class UserAgentAndEncodingTest {
  @Test
  void sdkVersionIsTheFilteredProjectVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = SdkVersion.class.getResourceAsStream(SdkVersion.RESOURCE)) {
      properties.load(in);
    }

    assertThat(properties.getProperty("version")).doesNotContain("${").isNotBlank();
    assertThat(SdkVersion.version()).isEqualTo(properties.getProperty("version")).isNotEqualTo("unknown");
  }

  @Test
  void userAgentHasTheSdkAndJavaVersionsAndTheTrimmedSuffix() {
    String base = "apigw-java/" + SdkVersion.version() + " java/" + System.getProperty("java.version");

    assertThat(UserAgentInterceptor.userAgent(null)).isEqualTo(base);
    assertThat(UserAgentInterceptor.create("  my-app/2.0 (test) ").userAgent()).isEqualTo(base + " my-app/2.0 (test)");
  }

  @Test
  void userAgentSuffixMustBePrintableAscii() {
    assertThatThrownBy(() -> UserAgentInterceptor.create("app/ü"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("userAgent must be printable ASCII; it has an invalid character at index 4");
    assertThatThrownBy(() -> UserAgentInterceptor.create(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("userAgent must not be blank");
  }

  @Test
  void percentEncodingLeavesOnlyUnreservedCharacters() {
    assertThat(PercentEncoding.encode("")).isEmpty();
    assertThat(PercentEncoding.encode("AZaz09-._~")).isEqualTo("AZaz09-._~");
    assertThat(PercentEncoding.encode("a b+c*d%e/f=g&h")).isEqualTo("a%20b%2Bc%2Ad%25e%2Ff%3Dg%26h");
    assertThat(PercentEncoding.encode("€")).isEqualTo("%E2%82%AC");
    // An unpaired surrogate is encoded as '?' by Java's UTF-8 encoder, never dropped or thrown on.
    assertThat(PercentEncoding.encode("a\uD800")).isEqualTo("a%3F");
  }
}

package dev.apigw.core.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UserAgentStageTest {
  @Test
  void userAgentHasTheSdkAndJavaVersionsAndTheTrimmedSuffix() {
    String base =
        "apigw-java/" + SdkVersion.version() + " java/" + System.getProperty("java.version");

    assertThat(UserAgentStage.userAgent(null)).isEqualTo(base);
    assertThat(UserAgentStage.create("  my-app/2.0 (test) ").userAgent())
        .isEqualTo(base + " my-app/2.0 (test)");
  }

  @Test
  void userAgentSuffixMustBePrintableAscii() {
    assertThatThrownBy(() -> UserAgentStage.create("app/ü"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("userAgent must be printable ASCII; it has an invalid character at index 4");
    assertThatThrownBy(() -> UserAgentStage.create(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("userAgent must not be blank");
  }

  @Test
  void theAppIdTokenComesBeforeTheCallersProductToken() {
    assertThat(UserAgentStage.suffix(null, null)).isNull();
    assertThat(UserAgentStage.suffix(null, "my-tool/1")).isEqualTo("my-tool/1");
    assertThat(UserAgentStage.suffix("orders", null)).isEqualTo("app/orders");
    assertThat(UserAgentStage.create(UserAgentStage.suffix("orders", "my-tool/1")).userAgent())
        .isEqualTo(SdkVersion.userAgent() + " app/orders my-tool/1");
  }
}

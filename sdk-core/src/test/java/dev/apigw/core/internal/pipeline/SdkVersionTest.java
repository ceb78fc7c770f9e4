package dev.apigw.core.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SdkVersionTest {
  @Test
  void sdkVersionIsTheFilteredProjectVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = SdkVersion.class.getResourceAsStream(SdkVersion.RESOURCE)) {
      properties.load(in);
    }

    assertThat(properties.getProperty("version")).doesNotContain("${").isNotBlank();
    assertThat(SdkVersion.version())
        .isEqualTo(properties.getProperty("version"))
        .isNotEqualTo("unknown");
  }
}

package dev.apigw.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.metadata.FakeImds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultRegionProviderTest {
  @TempDir Path home;
  private final Map<String, String> variables = new HashMap<>();
  private final Map<String, String> properties = new HashMap<>();

  @BeforeEach
  void isolate() {
    variables.put("HOME", home.toString());
    variables.put("AWS_EC2_METADATA_DISABLED", "true");
  }

  private String resolve() {
    return DefaultRegionProvider.create(Environment.of(variables, properties)).resolveRegion();
  }

  @Test
  void eachSourceInTurn() throws Exception {
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(
        home.resolve(".aws/config"),
        "[default]\nregion = eu-west-3\n[profile ops]\nregion = ca-west-1\n");
    variables.put("AWS_DEFAULT_REGION", "us-west-1");
    assertThat(resolve()).isEqualTo("eu-west-3");
    variables.put("AWS_PROFILE", "ops");
    assertThat(resolve()).isEqualTo("ca-west-1");
    variables.put("AWS_REGION", "ap-south-1");
    assertThat(resolve()).isEqualTo("ap-south-1");
    properties.put("aws.region", "eu-north-1");
    assertThat(resolve()).isEqualTo("eu-north-1");
    Files.delete(home.resolve(".aws/config"));
    properties.clear();
    variables.remove("AWS_REGION");
    assertThat(resolve()).isEqualTo("us-west-1");
  }

  @Test
  void instanceMetadataComesLastAndAFailureSaysWhereItLooked() throws Exception {
    assertThatThrownBy(this::resolve)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("aws.region")
        .hasMessageContaining("AWS_REGION")
        .hasMessageContaining("AWS_DEFAULT_REGION")
        .hasMessageContaining("is disabled (AWS_EC2_METADATA_DISABLED)");
    try (FakeImds imds = new FakeImds()) {
      variables.remove("AWS_EC2_METADATA_DISABLED");
      variables.put("AWS_EC2_METADATA_SERVICE_ENDPOINT", imds.endpoint());
      imds.answer(
          "GET /latest/dynamic/instance-identity/document",
          request -> FakeImds.ok("{\"region\":\"sa-east-1\",\"instanceId\":\"i-1\"}"));
      assertThat(resolve()).isEqualTo("sa-east-1");
      variables.put("AWS_REGION", "us-east-2");
      int before = imds.requests().size();
      assertThat(resolve()).isEqualTo("us-east-2");
      assertThat(imds.requests()).as("not asked when a setting gives the region").hasSize(before);
    }
  }

  @Test
  void aBrokenProfileFileIsNamed() throws Exception {
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(home.resolve(".aws/config"), "region = before-any-section\n");
    assertThatThrownBy(this::resolve)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("Unable to load the region")
        .hasMessageContaining("config");
  }
}

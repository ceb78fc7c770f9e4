package dev.apigw.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.client.ApiGatewayV2AsyncClient;
import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.auth.Credentials;
import io.opentelemetry.api.OpenTelemetry;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ApiGatewayV2TelemetryTest {
  private final ApiGatewayV2Telemetry telemetry =
      ApiGatewayV2Telemetry.create(OpenTelemetry.noop());

  @Test
  void createNamesAMissingOpenTelemetry() {
    assertThatThrownBy(() -> ApiGatewayV2Telemetry.create(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("openTelemetry");
  }

  @Test
  void configureNamesAMissingBuilder() {
    assertThatThrownBy(() -> telemetry.configure((ApiGatewayV2Client.Builder) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("builder");
  }

  @Test
  void configureReturnsTheBuilderItWasGivenSoTheChainKeepsItsType() {
    ApiGatewayV2Client.Builder builder = ApiGatewayV2Client.builder();
    ApiGatewayV2AsyncClient.Builder asyncBuilder = ApiGatewayV2AsyncClient.builder();

    assertThat(telemetry.configure(builder)).isSameAs(builder);
    assertThat(telemetry.configure(asyncBuilder).region("eu-west-1")).isSameAs(asyncBuilder);
  }

  @Test
  void configureChainsOnToBuildAClientOfTheBuildersType() {
    try (ApiGatewayV2Client client =
        telemetry
            .configure(ApiGatewayV2Client.builder())
            .region("eu-west-1")
            .endpoint(URI.create("http://127.0.0.1:9"))
            .credentials(Credentials.of("AKID", "secret"))
            .build()) {
      assertThat(client).isNotNull();
    }
  }

  @Test
  void everyInterceptorAndPublisherIsNew() {
    assertThat(telemetry.newExecutionInterceptor())
        .isNotSameAs(telemetry.newExecutionInterceptor());
    assertThat(telemetry.newMetricPublisher()).isNotSameAs(telemetry.newMetricPublisher());
  }
}

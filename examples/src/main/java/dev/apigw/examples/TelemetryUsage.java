package dev.apigw.examples;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.auth.Credentials;
import dev.apigw.model.GetApiResult;
import dev.apigw.opentelemetry.ApiGatewayV2Telemetry;
import io.opentelemetry.api.OpenTelemetry;
import java.net.URI;

/**
 * The OpenTelemetry code the README shows, kept here so that it compiles against the SDK as it is,
 * and runs in {@code TelemetryUsageExampleTest} against the testkit's emulator. Snippets are marked
 * as in {@link ReadmeUsage}.
 */
public final class TelemetryUsage {
  private TelemetryUsage() {}

  /**
   * A client whose every call is a span and is measured, through the application's OpenTelemetry.
   */
  public static ApiGatewayV2Client createTracedClient(
      OpenTelemetry openTelemetry, URI endpoint, String accessKeyId, String secretAccessKey) {
    // README-BEGIN Trace and measure every call
    ApiGatewayV2Telemetry telemetry = ApiGatewayV2Telemetry.create(openTelemetry);
    ApiGatewayV2Client client =
        telemetry
            .configure(ApiGatewayV2Client.builder())
            .region("us-east-1")
            .endpoint(endpoint)
            .credentials(Credentials.of(accessKeyId, secretAccessKey))
            .build();
    // README-END

    return client;
  }

  /** One call traced and measured, made with a client that is not. */
  public static GetApiResult getApiTraced(
      ApiGatewayV2Client client, ApiGatewayV2Telemetry telemetry, String apiId) {
    // README-BEGIN Trace one call
    GetApiResult api =
        client.getApi(
            b ->
                b.apiId(apiId)
                    .overrideConfiguration(
                        o ->
                            o.addExecutionInterceptor(telemetry.newExecutionInterceptor())
                                .addMetricPublisher(telemetry.newMetricPublisher())));
    // README-END

    return api;
  }
}

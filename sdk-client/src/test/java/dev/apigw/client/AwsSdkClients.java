package dev.apigw.client;

import java.net.URI;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.apache.ProxyConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;

/**
 * The AWS SDK for Java v2's client, as the oracle tests use it: loopback only, fixed credentials.
 */
final class AwsSdkClients {
  private AwsSdkClients() {}

  static ApiGatewayV2Client client(URI endpoint, RetryStrategy retryStrategy) {
    return client(endpoint, c -> c.retryStrategy(retryStrategy));
  }

  /** The client with the given override configuration. */
  static ApiGatewayV2Client client(
      URI endpoint, Consumer<ClientOverrideConfiguration.Builder> overrides) {
    return ApiGatewayV2Client.builder()
        .region(Region.US_EAST_1)
        .endpointOverride(endpoint)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "SECRET")))
        // Loopback only: no proxy from the environment or system properties.
        .httpClient(
            ApacheHttpClient.builder()
                // MockWebServer sends no "100 Continue": the client would wait 3 s before each PUT
                // or
                // POST body. The header is not part of what the tests compare.
                .expectContinueEnabled(false)
                .proxyConfiguration(
                    ProxyConfiguration.builder()
                        .useSystemPropertyValues(false)
                        .useEnvironmentVariableValues(false)
                        .build())
                .build())
        .overrideConfiguration(overrides)
        .build();
  }
}

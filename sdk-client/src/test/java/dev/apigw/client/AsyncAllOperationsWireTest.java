package dev.apigw.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.client.SdkClientBuilder;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every case of {@link AllOperationsWireTest}, for all operations of the model, on the asynchronous
 * client: the same requests on the wire and the same decoded results.
 */
class AsyncAllOperationsWireTest extends AllOperationsWireTest {
  private static final Credentials CREDENTIALS = Credentials.of("AKID", "SECRET");

  @Test
  void theClientUnderTestIsTheAsynchronousOne() {
    try (ApiGatewayV2Client client = build(b -> b.region("us-east-1").credentials(CREDENTIALS))) {
      assertThat(client.toString()).startsWith("ApiGatewayV2AsyncClient{");
    }
  }

  @Override
  ApiGatewayV2Client build(Consumer<SdkClientBuilder<?, ?>> settings) {
    ApiGatewayV2AsyncClient.Builder builder = ApiGatewayV2AsyncClient.builder();
    settings.accept(builder);
    return AsyncAsSync.adapt(builder.build());
  }
}

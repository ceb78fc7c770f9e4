package dev.apigw.client;

import dev.apigw.core.client.SdkClientBuilder;
import java.util.function.Consumer;

/**
 * Every case of {@link AllOperationsOverridesTest}, for all operations, on the asynchronous client.
 */
class AsyncAllOperationsOverridesTest extends AllOperationsOverridesTest {
  @Override
  ApiGatewayV2Client build(Consumer<SdkClientBuilder<?, ?>> settings) {
    ApiGatewayV2AsyncClient.Builder builder = ApiGatewayV2AsyncClient.builder();
    settings.accept(builder);
    return AsyncAsSync.adapt(builder.build());
  }
}

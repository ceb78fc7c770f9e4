package dev.apigw.client;

import dev.apigw.core.client.SdkClientBuilder;
import java.util.function.Consumer;

/**
 * Every case of {@link ClientErrorsTest} on the asynchronous client: each error response fails the
 * future with the same exception type, code, message, request id and fields.
 */
class AsyncClientErrorsTest extends ClientErrorsTest {
  @Override
  ApiGatewayV2Client build(Consumer<SdkClientBuilder<?, ?>> settings) {
    ApiGatewayV2AsyncClient.Builder builder = ApiGatewayV2AsyncClient.builder();
    settings.accept(builder);
    return AsyncAsSync.adapt(builder.build());
  }
}

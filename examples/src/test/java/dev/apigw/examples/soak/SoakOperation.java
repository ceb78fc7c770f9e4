package dev.apigw.examples.soak;

import dev.apigw.client.ApiGatewayV2AsyncClient;
import dev.apigw.client.ApiGatewayV2Client;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/** One read-only call of one operation, made by either client. */
final class SoakOperation {
  private final String name;
  private final Consumer<ApiGatewayV2Client> blocking;
  private final Function<ApiGatewayV2AsyncClient, CompletableFuture<?>> async;

  SoakOperation(
      String name,
      Consumer<ApiGatewayV2Client> blocking,
      Function<ApiGatewayV2AsyncClient, CompletableFuture<?>> async) {
    this.name = name;
    this.blocking = blocking;
    this.async = async;
  }

  /** The operation's name, as the emulator counts it and takes faults for it. */
  String name() {
    return name;
  }

  void call(ApiGatewayV2Client client) {
    blocking.accept(client);
  }

  CompletableFuture<?> call(ApiGatewayV2AsyncClient client) {
    return async.apply(client);
  }

  @Override
  public String toString() {
    return name;
  }
}

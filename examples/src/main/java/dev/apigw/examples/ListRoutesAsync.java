package dev.apigw.examples;

import dev.apigw.client.ApiGatewayV2AsyncClient;
import dev.apigw.core.auth.Credentials;
import dev.apigw.model.GetApiResult;
import dev.apigw.model.NotFoundException;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The asynchronous client at work: on the testkit's emulator with the {@link SampleApi}, it fetches
 * the API and all its routes (three to a page) at the same time, without a thread waiting for
 * either, then prints them. The README's "Call it without blocking" quotes its snippets.
 *
 * <p>Exit status: 0 when the routes were listed, 1 when a call failed.
 */
public final class ListRoutesAsync {
  private ListRoutesAsync() {}

  public static void main(String[] args) {
    int status = run(System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the program on a fresh emulator; prints to {@code out} and {@code err}. */
  public static int run(PrintStream out, PrintStream err) {
    try (ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.start()) {
      String apiId = SampleApi.create(emulator.client(), err);
      try (ApiGatewayV2AsyncClient client =
          createClient(emulator.endpoint(), "AKIDEXAMPLE", "example-secret")) {
        List<String> lines = describe(client, apiId).get(30, TimeUnit.SECONDS);
        lines.forEach(out::println);
        return 0;
      } catch (Exception e) {
        err.println("The listing failed: " + e);
        return 1;
      }
    }
  }

  /** An asynchronous client for an endpoint, such as a local test server. */
  public static ApiGatewayV2AsyncClient createClient(
      URI endpoint, String accessKeyId, String secretAccessKey) {
    // README-BEGIN Create an async client
    ApiGatewayV2AsyncClient client =
        ApiGatewayV2AsyncClient.builder()
            .region("us-east-1")
            .endpoint(endpoint)
            .credentials(Credentials.of(accessKeyId, secretAccessKey))
            .build();
    // README-END
    return client;
  }

  /**
   * The API's name and its route keys, as lines to print; both fetched at once, the routes page by
   * page.
   */
  public static CompletableFuture<List<String>> describe(
      ApiGatewayV2AsyncClient client, String apiId) {
    // README-BEGIN List routes without blocking
    CompletableFuture<GetApiResult> api = client.getApi(b -> b.apiId(apiId));
    List<String> routeKeys = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> routes =
        client
            .getRoutesPaginator(b -> b.apiId(apiId).maxResults("3"))
            .forEach(route -> routeKeys.add(route.routeKey().orElse("?")));

    CompletableFuture<List<String>> lines =
        api.thenCombine(
            routes,
            (result, done) -> {
              List<String> out = new CopyOnWriteArrayList<>();
              out.add(result.name().orElse("?") + ": " + routeKeys.size() + " routes");
              routeKeys.forEach(key -> out.add("  " + key));
              return out;
            });
    // README-END
    return lines;
  }

  /** Whether an API exists: a {@link NotFoundException} from the future means it does not. */
  public static CompletableFuture<Boolean> exists(ApiGatewayV2AsyncClient client, String apiId) {
    // README-BEGIN Handle errors without blocking
    CompletableFuture<Boolean> exists =
        client
            .getApi(b -> b.apiId(apiId))
            .handle(
                (result, failure) -> {
                  if (failure == null) {
                    return true;
                  }
                  Throwable cause =
                      failure instanceof CompletionException ? failure.getCause() : failure;
                  if (cause instanceof NotFoundException) {
                    return false;
                  }
                  throw new CompletionException(cause);
                });
    // README-END
    return exists;
  }
}

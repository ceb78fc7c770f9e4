package dev.apigw.examples;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.model.GetRoutesResult;
import dev.apigw.model.Route;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.util.Map;

/**
 * Lists all routes of an HTTP or WebSocket API, page by page.
 *
 * <pre>
 * ListRoutes [apiId] [endpoint]
 * </pre>
 *
 * <p>With an endpoint (the second argument, else the {@value #ENDPOINT_VARIABLE} environment variable), the region and
 * credentials come from the environment ({@code AWS_REGION}, {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY},
 * {@code AWS_SESSION_TOKEN}); for AWS itself give {@code https://apigateway.<region>.amazonaws.com}. Without one it
 * starts an embedded {@link LocalApiGateway} on {@code 127.0.0.1} and uses dummy credentials, so it runs anywhere,
 * with no AWS account and no network. The API id defaults to that stand-in's, {@value LocalApiGateway#API_ID}.
 *
 * <p>Exit status: 0 when the routes were listed, 1 when the service or the connection failed, 2 for bad usage or
 * missing settings.
 */
public final class ListRoutes {
  /** The environment variable read for the endpoint when none is given as an argument. */
  public static final String ENDPOINT_VARIABLE = "APIGW_ENDPOINT";

  private static final String USAGE = "Usage: ListRoutes [apiId] [endpoint]";

  private ListRoutes() {}

  public static void main(String[] args) {
    int status = run(System.out, System.err, args, System.getenv());
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the program: prints to {@code out} and {@code err} and returns the exit status.
   *
   * @param environment the environment variables to read (such as {@code System.getenv()})
   */
  public static int run(PrintStream out, PrintStream err, String[] args, Map<String, String> environment) {
    if (args.length > 2 || (args.length > 0 && args[0].startsWith("-"))) {
      err.println(USAGE);
      return 2;
    }
    String apiId = args.length > 0 ? args[0] : LocalApiGateway.API_ID;
    String endpoint = args.length > 1 ? args[1] : environment.get(ENDPOINT_VARIABLE);
    if (endpoint == null || endpoint.isBlank()) {
      return runEmbedded(out, err, apiId);
    }
    ApiGatewayV2Client client;
    try {
      client = ApiGatewayV2Client.builder().endpoint(URI.create(endpoint.trim())).build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("Cannot create the client: " + e.getMessage());
      return 2;
    }
    try (client) {
      out.println("Routes of API " + apiId + " at " + endpoint.trim());
      return listRoutes(client, apiId, out, err);
    }
  }

  /** Starts the local stand-in, lists the routes from it, and stops it. */
  private static int runEmbedded(PrintStream out, PrintStream err, String apiId) {
    try (LocalApiGateway local = LocalApiGateway.start();
        ApiGatewayV2Client client = ApiGatewayV2Client.builder()
            .region("us-east-1")
            .endpoint(local.endpoint())
            .credentials(Credentials.of("AKIDLOCALEXAMPLE", "local-example-secret-key"))
            .build()) {
      out.println("Routes of API " + apiId + " at " + local.endpoint()
          + " (an embedded local stand-in, dummy credentials; pass an endpoint to use a real one)");
      return listRoutes(client, apiId, out, err);
    } catch (IOException e) {
      err.println("Cannot start the local stand-in: " + e);
      return 1;
    }
  }

  /** The program's job: every route of {@code apiId}, page by page, then a summary. */
  static int listRoutes(ApiGatewayV2Client client, String apiId, PrintStream out, PrintStream err) {
    int pages = 0;
    int routes = 0;
    try {
      for (GetRoutesResult page : client.getRoutesPaginator(b -> b.apiId(apiId))) {
        pages++;
        out.println("Page " + pages + ": " + page.items().size() + " routes");
        for (Route route : page.items()) {
          routes++;
          out.println("  " + route.routeKey().orElse("(no route key)") + "  [" + route.routeId().orElse("-") + "] -> "
              + route.target().orElse("(no target)"));
        }
      }
    } catch (ServiceException e) {
      err.println("The service refused: " + e.getMessage());
      return 1;
    } catch (SdkClientException e) {
      err.println("No usable answer: " + e.getMessage());
      return 1;
    }
    out.println(routes + " routes on " + pages + (pages == 1 ? " page" : " pages") + ".");
    return 0;
  }
}

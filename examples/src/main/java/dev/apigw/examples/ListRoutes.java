package dev.apigw.examples;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.model.GetRoutesResult;
import dev.apigw.model.Route;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import java.io.PrintStream;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Lists all routes of an HTTP or WebSocket API, page by page.
 *
 * <pre>
 * ListRoutes [apiId] [endpoint]
 * </pre>
 *
 * <p>With an endpoint (the second argument, else the {@value #ENDPOINT_VARIABLE} environment
 * variable), the region and credentials come from the environment ({@code AWS_REGION}, {@code
 * AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}, {@code AWS_SESSION_TOKEN}); for AWS itself
 * give {@code https://apigateway.<region>.amazonaws.com}. Without one it starts the testkit's
 * {@link ApiGatewayV2Emulator} on {@code 127.0.0.1}, creates the {@link SampleApi} on it and lists
 * its routes three to a page (or those of the API named), so it runs anywhere, with no AWS account
 * and no network. Progress goes to standard error, the listing to standard output.
 *
 * <p>Exit status: 0 when the routes were listed, 1 when the service or the connection failed, 2 for
 * bad usage or missing settings.
 */
public final class ListRoutes {
  /** The environment variable read for the endpoint when none is given as an argument. */
  public static final String ENDPOINT_VARIABLE = "APIGW_ENDPOINT";

  private static final String USAGE = "Usage: ListRoutes [apiId] [endpoint]";

  /** The embedded sample has 8 routes: three to a page shows the paging. */
  private static final String EMBEDDED_PAGE_SIZE = "3";

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
  public static int run(
      PrintStream out, PrintStream err, String[] args, Map<String, String> environment) {
    if (args.length > 2 || (args.length > 0 && args[0].startsWith("-"))) {
      err.println(USAGE);
      return 2;
    }
    String apiId = args.length > 0 ? args[0] : null;
    String endpoint = args.length > 1 ? args[1] : environment.get(ENDPOINT_VARIABLE);
    if (endpoint == null || endpoint.isBlank()) {
      return runEmbedded(out, err, apiId);
    }
    if (apiId == null) {
      err.println(USAGE);
      return 2;
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
      return listRoutes(client, apiId, null, out, err);
    }
  }

  /** Starts the emulator, creates the sample API on it (or lists the API named), and stops it. */
  private static int runEmbedded(PrintStream out, PrintStream err, @Nullable String apiId) {
    try (ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.start()) {
      err.println("Started the API Gateway V2 emulator at " + emulator.endpoint());
      ApiGatewayV2Client client = emulator.client();
      String listed = apiId != null ? apiId : SampleApi.create(client, err);
      out.println(
          "Routes of API "
              + listed
              + " at "
              + emulator.endpoint()
              + " (the testkit's emulator, dummy credentials; pass an API id and an endpoint to use a real one)");
      return listRoutes(client, listed, EMBEDDED_PAGE_SIZE, out, err);
    }
  }

  /** The program's job: every route of {@code apiId}, page by page, then a summary. */
  static int listRoutes(
      ApiGatewayV2Client client,
      String apiId,
      @Nullable String pageSize,
      PrintStream out,
      PrintStream err) {
    int pages = 0;
    int routes = 0;
    try {
      err.println("Fetching page 1");
      for (GetRoutesResult page :
          client.getRoutesPaginator(
              b -> {
                b.apiId(apiId);
                if (pageSize != null) {
                  b.maxResults(pageSize);
                }
              })) {
        pages++;
        out.println("Page " + pages + ": " + page.items().size() + " routes");
        for (Route route : page.items()) {
          routes++;
          out.println(
              "  "
                  + route.routeKey().orElse("(no route key)")
                  + "  ["
                  + route.routeId().orElse("-")
                  + "] -> "
                  + route.target().orElse("(no target)"));
        }
        out.flush();
        if (page.nextToken().isPresent()) {
          err.println("Fetching page " + (pages + 1));
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

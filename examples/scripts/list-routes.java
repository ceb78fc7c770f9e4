///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS dev.apigw:sdk-client:0.1.0-SNAPSHOT

// Lists the routes of an API Gateway V2 API, page by page, with the credentials and region of your
// environment (the SDK's default chains: environment variables, system properties, profile files,
// container and instance credentials).
//
//   java -cp <sdk-client's jars> list-routes.java <apiId> [--endpoint URL] [--page-size N]
//   jbang list-routes.java <apiId> [--endpoint URL] [--page-size N]
//
// --endpoint sends the calls elsewhere than AWS, such as to the emulator (http://127.0.0.1:4566).
// The routes go to standard output, one a line (route id, a tab, route key); each page's size to
// standard error. Exit status: 0 listed, 1 the call failed, 2 bad usage.

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.exception.SdkException;
import dev.apigw.model.GetRoutesResult;
import dev.apigw.model.Route;
import java.net.URI;

class ListRoutesScript {
  private static final String USAGE =
      "usage: list-routes.java <apiId> [--endpoint URL] [--page-size N]";

  public static void main(String[] args) {
    String apiId = null;
    String endpoint = null;
    String pageSize = null;
    for (int i = 0; i < args.length; i++) {
      if ((args[i].equals("--endpoint") || args[i].equals("--page-size")) && i + 1 < args.length) {
        if (args[i].equals("--endpoint")) {
          endpoint = args[++i];
        } else {
          pageSize = args[++i];
        }
      } else if (apiId == null && !args[i].startsWith("-")) {
        apiId = args[i];
      } else {
        exit(2, USAGE);
      }
    }
    if (apiId == null) {
      exit(2, USAGE);
    }

    ApiGatewayV2Client.Builder builder = ApiGatewayV2Client.builder();
    if (endpoint != null) {
      builder.endpoint(URI.create(endpoint));
    }
    String api = apiId;
    String size = pageSize;
    try (ApiGatewayV2Client client = builder.build()) {
      int page = 0;
      for (GetRoutesResult result :
          client.getRoutesPaginator(
              b -> {
                b.apiId(api);
                if (size != null) {
                  b.maxResults(size);
                }
              })) {
        page++;
        System.err.println("page " + page + ": " + result.items().size() + " routes");
        for (Route route : result.items()) {
          System.out.println(route.routeId().orElse("?") + "\t" + route.routeKey().orElse("?"));
        }
      }
    } catch (SdkException | IllegalArgumentException | IllegalStateException e) {
      exit(1, "list-routes: " + e.getMessage());
    }
  }

  private static void exit(int status, String message) {
    System.err.println(message);
    System.exit(status);
  }
}

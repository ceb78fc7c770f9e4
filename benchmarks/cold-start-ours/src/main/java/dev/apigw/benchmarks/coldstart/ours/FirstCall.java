package dev.apigw.benchmarks.coldstart.ours;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.auth.Credentials;
import dev.apigw.model.GetRoutesResult;
import dev.apigw.model.Route;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * What the cold-start measurement times for apigw-java, in a fresh JVM: build a client for the
 * endpoint given as the first argument, make one GetRoutes call, read the routes, close the client
 * and exit.
 *
 * <p>Arguments: {@code <endpoint> <apiId> [--cpu]}, or {@code --empty} alone to exit at once (the
 * JVM's own baseline). Prints {@code routes=<n>} and, with {@code --cpu}, {@code
 * cpuTicks=<utime+stime>} of this process from {@code /proc/self/stat} as the last thing before
 * exit (clock ticks, 100 a second on Linux). The AWS SDK's counterpart, {@code
 * dev.apigw.benchmarks.coldstart.aws.FirstCall}, does the same with that SDK.
 */
public final class FirstCall {
  private FirstCall() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("--empty")) {
      return;
    }
    URI endpoint = URI.create(args[0]);
    String apiId = args[1];
    int routes = 0;
    try (ApiGatewayV2Client client =
        ApiGatewayV2Client.builder()
            .region("us-east-1")
            .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
            .endpoint(endpoint)
            .build()) {
      GetRoutesResult result = client.getRoutes(b -> b.apiId(apiId));
      for (Route route : result.items()) {
        if (route.routeId().isPresent()) {
          routes++;
        }
      }
    }
    System.out.println("routes=" + routes);
    if (args.length > 2 && args[2].equals("--cpu")) {
      System.out.println("cpuTicks=" + cpuTicks());
    }
  }

  /** utime + stime of this process, in clock ticks: fields 14 and 15 of /proc/self/stat. */
  private static long cpuTicks() throws Exception {
    String stat =
        new String(Files.readAllBytes(Paths.get("/proc/self/stat")), StandardCharsets.US_ASCII);
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }
}

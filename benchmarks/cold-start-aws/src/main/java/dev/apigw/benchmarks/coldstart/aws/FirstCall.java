package dev.apigw.benchmarks.coldstart.aws;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.GetRoutesResponse;
import software.amazon.awssdk.services.apigatewayv2.model.Route;

/**
 * What the cold-start measurement times for the AWS SDK for Java v2, in a fresh JVM: build a client
 * (its default HTTP client, Apache) for the endpoint given as the first argument, make one
 * GetRoutes call, read the routes, close the client and exit. Arguments and output as {@code
 * dev.apigw.benchmarks.coldstart.ours.FirstCall}.
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
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(
                        "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")))
            .endpointOverride(endpoint)
            .build()) {
      GetRoutesResponse result = client.getRoutes(b -> b.apiId(apiId));
      for (Route route : result.items()) {
        if (route.routeId() != null) {
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

package dev.apigw.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.apigw.core.auth.Credentials;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.apache.ProxyConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.GetRoutesResponse;
import software.amazon.awssdk.services.apigatewayv2.model.ProtocolType;
import software.amazon.awssdk.services.apigatewayv2.model.Route;

/**
 * Other SDKs against the emulator, with signature verification on: botocore's model is the truth
 * for shapes, so boto3 and the AWS CLI must get what they expect. Each test that needs a tool
 * skips, saying so, when it is absent.
 */
class PeerClientsTest {
  private static final Credentials KEYS = Credentials.of("AKIDPEERTEST", "peer-test-secret");
  private ApiGatewayV2Emulator emulator;
  private String aws;

  @BeforeEach
  void start() {
    emulator = ApiGatewayV2Emulator.builder().credentials(KEYS).start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  /** Replaces the emulator with one that has {@code settings} too. */
  private void restart(UnaryOperator<ApiGatewayV2Emulator.Builder> settings) {
    emulator.close();
    emulator = settings.apply(ApiGatewayV2Emulator.builder().credentials(KEYS)).start();
  }

  @Test
  void boto3RunsAScenarioOfMoreThanFiftySteps() throws Exception {
    String python = firstThatRuns(List.of("/usr/bin/python3", "python3"), "-c", "import boto3");
    assumeTrue(
        python != null,
        "python3 with boto3 is not installed (apt-get install -y python3-boto3): the boto3 scenario is skipped");
    Path script = Files.createTempFile("boto3_scenario", ".py");
    try (InputStream in = getClass().getResourceAsStream("/peers/boto3_scenario.py")) {
      Files.write(script, in.readAllBytes());
    }

    // A low routes-per-API quota, so that the scenario reaches it in a few calls.
    int routesPerApi = 8;
    restart(b -> b.quota(Quota.ROUTES_PER_API, routesPerApi));

    Result result =
        run(
            List.of(
                python,
                script.toString(),
                emulator.endpoint().toString(),
                String.valueOf(routesPerApi)));

    assertThat(result.exitCode).as(result.output).isZero();
    Matcher ok = Pattern.compile("OK (\\d+) steps").matcher(result.output);
    assertThat(ok.find()).as(result.output).isTrue();
    // 59 with boto3's portal operations, 58 without them.
    assertThat(Integer.parseInt(ok.group(1))).as(result.output).isGreaterThanOrEqualTo(58);
    assertThat(result.output)
        .contains(
            "a NUL byte in a route key is a bad request",
            "a domain name reads AVAILABLE at once",
            "a route over the routes-per-API quota of 8 is refused");
  }

  @Test
  void theAwsCliCreatesListsExportsAndDeletes() throws Exception {
    aws = firstThatRuns(List.of("/usr/bin/aws", "aws"), "--version");
    assumeTrue(
        aws != null,
        "the AWS CLI is not installed (apt-get install -y awscli): the AWS CLI test is skipped");
    String endpoint = emulator.endpoint().toString();

    Result created =
        cli("apigatewayv2", "create-api", "--name", "cli-api", "--protocol-type", "HTTP");
    assertThat(created.exitCode).as(created.output).isZero();
    Matcher apiId = Pattern.compile("\"ApiId\": \"([a-z0-9]{10})\"").matcher(created.output);
    assertThat(apiId.find()).as(created.output).isTrue();
    String id = apiId.group(1);
    for (String key : List.of("GET /a", "GET /b", "GET /c")) {
      Result route = cli("apigatewayv2", "create-route", "--api-id", id, "--route-key", key);
      assertThat(route.exitCode).as(route.output).isZero();
      assertThat(route.output).contains("\"RouteKey\": \"" + key + "\"");
    }
    Result routes = cli("apigatewayv2", "get-routes", "--api-id", id, "--page-size", "1");
    assertThat(routes.exitCode).as(routes.output).isZero();
    assertThat(routes.output).contains("GET /a", "GET /b", "GET /c");
    assertThat(emulator.operationCounts().get("GetRoutes"))
        .as("the CLI followed the pages")
        .isGreaterThanOrEqualTo(3);
    Path exported = Files.createTempFile("exported", ".yaml");
    Result export =
        cli(
            "apigatewayv2",
            "export-api",
            "--api-id",
            id,
            "--specification",
            "OAS30",
            "--output-type",
            "YAML",
            exported.toString());
    assertThat(export.exitCode).as(export.output).isZero();
    assertThat(Files.readString(exported)).contains("openapi: 3.0.1", "/a:", "title: cli-api");
    Result deleted = cli("apigatewayv2", "delete-api", "--api-id", id);
    assertThat(deleted.exitCode).as(deleted.output).isZero();
    assertThat(emulator.client().getApis(b -> {}).items()).isEmpty();
    assertThat(endpoint).startsWith("http://127.0.0.1:");
  }

  @Test
  void theAwsSdkForJavaV2DrivesIt() {
    try (ApiGatewayV2Client aws = awsClient()) {
      String apiId = aws.createApi(b -> b.name("aws").protocolType(ProtocolType.HTTP)).apiId();
      for (int i = 0; i < 5; i++) {
        int n = i;
        aws.createRoute(b -> b.apiId(apiId).routeKey("GET /r" + n));
      }
      // The AWS SDK has no paginator for this API: follow nextToken by hand.
      List<String> keys = new ArrayList<>();
      String token = null;
      do {
        String from = token;
        GetRoutesResponse page = aws.getRoutes(b -> b.apiId(apiId).maxResults("2").nextToken(from));
        page.items().stream().map(Route::routeKey).forEach(keys::add);
        token = page.nextToken();
      } while (token != null);
      String exported =
          aws.exportApi(b -> b.apiId(apiId).specification("OAS30").outputType("JSON"))
              .body()
              .asUtf8String();
      aws.deleteApi(b -> b.apiId(apiId));

      assertThat(keys).containsExactly("GET /r0", "GET /r1", "GET /r2", "GET /r3", "GET /r4");
      assertThat(exported).contains("\"/r4\"");
      assertThat(aws.getApis(b -> {}).items()).isEmpty();
      assertThat(emulator.operationCounts()).containsEntry("GetRoutes", 3);
    }
  }

  @Test
  void theAwsSdkForJavaV2SeesAVpcLinkPendingThenAvailableThenGone() {
    try (ApiGatewayV2Client aws = awsClient()) {
      var created = aws.createVpcLink(b -> b.name("peer").subnetIds("subnet-1"));
      String status = aws.getVpcLink(b -> b.vpcLinkId(created.vpcLinkId())).vpcLinkStatusAsString();
      aws.deleteVpcLink(b -> b.vpcLinkId(created.vpcLinkId()));

      assertThat(created.vpcLinkStatusAsString()).isEqualTo("PENDING");
      assertThat(created.vpcLinkStatusMessage()).isEqualTo("VPC link is provisioning ENIs");
      assertThat(status).isEqualTo("AVAILABLE");
      assertThat(aws.getVpcLinks(b -> {}).items()).isEmpty();
    }
  }

  @Test
  void theAwsSdkForJavaV2ManagesPortalsAndRoutingRules() {
    try (ApiGatewayV2Client aws = awsClient()) {
      String apiId = aws.createApi(b -> b.name("rules").protocolType(ProtocolType.HTTP)).apiId();
      String portalId =
          aws.createPortal(
                  b ->
                      b.authorization(
                              a ->
                                  a.none(
                                      software.amazon.awssdk.services.apigatewayv2.model.None
                                          .builder()
                                          .build()))
                          .endpointConfiguration(
                              e ->
                                  e.none(
                                      software.amazon.awssdk.services.apigatewayv2.model.None
                                          .builder()
                                          .build()))
                          .portalContent(
                              c ->
                                  c.displayName("Developer portal")
                                      .theme(
                                          t ->
                                              t.customColors(
                                                  cc ->
                                                      cc.accentColor("#111111")
                                                          .backgroundColor("#ffffff")
                                                          .errorValidationColor("#ff0000")
                                                          .headerColor("#222222")
                                                          .navigationColor("#333333")
                                                          .textColor("#000000")))))
              .portalId();
      aws.createDomainName(b -> b.domainName("rules.example.com"));
      String ruleId =
          aws.createRoutingRule(
                  b ->
                      b.domainName("rules.example.com")
                          .priority(5)
                          .conditions(
                              software.amazon.awssdk.services.apigatewayv2.model
                                  .RoutingRuleCondition.builder()
                                  .matchBasePaths(m -> m.anyOf("orders"))
                                  .build())
                          .actions(
                              software.amazon.awssdk.services.apigatewayv2.model.RoutingRuleAction
                                  .builder()
                                  .invokeApi(i -> i.apiId(apiId).stage("prod"))
                                  .build()))
              .routingRuleId();

      assertThat(aws.listPortals(b -> {}).items())
          .extracting(p -> p.portalId())
          .containsExactly(portalId);
      assertThat(aws.getPortal(b -> b.portalId(portalId)).portalContent().displayName())
          .isEqualTo("Developer portal");
      assertThat(aws.listRoutingRules(b -> b.domainName("rules.example.com")).routingRules())
          .extracting(r -> r.routingRuleId())
          .containsExactly(ruleId);
      assertThat(
              aws.getRoutingRule(b -> b.domainName("rules.example.com").routingRuleId(ruleId))
                  .conditions()
                  .get(0)
                  .matchBasePaths()
                  .anyOf())
          .containsExactly("orders");
      aws.deleteRoutingRule(b -> b.domainName("rules.example.com").routingRuleId(ruleId));
      aws.deletePortal(b -> b.portalId(portalId));
      assertThat(aws.listPortals(b -> {}).items()).isEmpty();
      assertThat(aws.listRoutingRules(b -> b.domainName("rules.example.com")).routingRules())
          .isEmpty();
    }
  }

  private ApiGatewayV2Client awsClient() {
    return ApiGatewayV2Client.builder()
        .region(Region.US_EAST_1)
        .endpointOverride(URI.create(emulator.endpoint().toString()))
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(KEYS.accessKeyId(), KEYS.secretAccessKey())))
        .httpClient(
            ApacheHttpClient.builder()
                .proxyConfiguration(
                    ProxyConfiguration.builder()
                        .useSystemPropertyValues(false)
                        .useEnvironmentVariableValues(false)
                        .build())
                .build())
        .build();
  }

  private Result cli(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(aws));
    command.addAll(List.of(args));
    command.addAll(
        List.of(
            "--endpoint-url",
            emulator.endpoint().toString(),
            "--region",
            "us-east-1",
            "--output",
            "json"));
    return run(command);
  }

  /**
   * The first of {@code candidates} (Debian's first, then the PATH's) that runs {@code args}
   * successfully.
   */
  private static String firstThatRuns(List<String> candidates, String... args) {
    for (String candidate : candidates) {
      List<String> command = new ArrayList<>(List.of(candidate));
      command.addAll(List.of(args));
      try {
        if (run(command).exitCode == 0) {
          return candidate;
        }
      } catch (IOException | InterruptedException e) {
        // not there: try the next
      }
    }
    return null;
  }

  private static Result run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = process.environment();
    env.put("AWS_ACCESS_KEY_ID", KEYS.accessKeyId());
    env.put("AWS_SECRET_ACCESS_KEY", KEYS.secretAccessKey());
    env.remove("AWS_SESSION_TOKEN");
    env.remove("AWS_PROFILE");
    env.put("AWS_DEFAULT_REGION", "us-east-1");
    env.put("AWS_CONFIG_FILE", "/dev/null");
    env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    env.put("AWS_PAGER", "");
    env.put("NO_PROXY", "127.0.0.1,localhost");
    env.remove("HTTP_PROXY");
    env.remove("HTTPS_PROXY");
    Process started = process.start();
    byte[] output = started.getInputStream().readAllBytes();
    if (!started.waitFor(120, TimeUnit.SECONDS)) {
      started.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    return new Result(started.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  private static final class Result {
    final int exitCode;
    final String output;

    Result(int exitCode, String output) {
      this.exitCode = exitCode;
      this.output = output;
    }
  }
}

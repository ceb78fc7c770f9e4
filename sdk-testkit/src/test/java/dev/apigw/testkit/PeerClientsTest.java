package dev.apigw.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.apigw.core.auth.Credentials;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.apache.ProxyConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.BadRequestException;
import software.amazon.awssdk.services.apigatewayv2.model.ConflictException;
import software.amazon.awssdk.services.apigatewayv2.model.CreateIntegrationRequest;
import software.amazon.awssdk.services.apigatewayv2.model.DomainNameConfiguration;
import software.amazon.awssdk.services.apigatewayv2.model.EndpointType;
import software.amazon.awssdk.services.apigatewayv2.model.GetRoutesResponse;
import software.amazon.awssdk.services.apigatewayv2.model.IntegrationType;
import software.amazon.awssdk.services.apigatewayv2.model.JWTConfiguration;
import software.amazon.awssdk.services.apigatewayv2.model.ProtocolType;
import software.amazon.awssdk.services.apigatewayv2.model.Route;

/**
 * Other SDKs against the emulator, with signature verification on: botocore's model is the truth
 * for shapes, so boto3 and the AWS CLI must get what they expect. Each test that needs a tool
 * skips, saying so, when it is absent.
 */
class PeerClientsTest {
  private static final Credentials KEYS = Credentials.of("AKIDPEERTEST", "peer-test-secret");

  /** What the peers run with, over {@link ToolRun}'s isolation from this machine's settings. */
  private static final Map<String, String> PEER_ENVIRONMENT =
      Map.of(
          "AWS_ACCESS_KEY_ID", KEYS.accessKeyId(),
          "AWS_SECRET_ACCESS_KEY", KEYS.secretAccessKey(),
          "AWS_DEFAULT_REGION", "us-east-1");

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
    String python =
        ToolRun.firstThatRuns(List.of("/usr/bin/python3", "python3"), "-c", "import boto3");
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

    ToolRun result =
        ToolRun.of(
            List.of(
                python,
                script.toString(),
                emulator.endpoint().toString(),
                String.valueOf(routesPerApi)),
            PEER_ENVIRONMENT);

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

  /** Finds the AWS CLI, or skips the test saying so. */
  private void requireAwsCli() {
    aws = ToolRun.firstThatRuns(List.of("/usr/bin/aws", "aws"), "--version");
    assumeTrue(
        aws != null,
        "the AWS CLI is not installed (apt-get install -y awscli): the AWS CLI test is skipped");
  }

  @Test
  void theAwsCliCreatesListsExportsAndDeletes() throws Exception {
    requireAwsCli();
    String endpoint = emulator.endpoint().toString();

    ToolRun created =
        cli("apigatewayv2", "create-api", "--name", "cli-api", "--protocol-type", "HTTP");
    assertThat(created.exitCode).as(created.output).isZero();
    Matcher apiId = Pattern.compile("\"ApiId\": \"([a-z0-9]{10})\"").matcher(created.output);
    assertThat(apiId.find()).as(created.output).isTrue();
    String id = apiId.group(1);
    for (String key : List.of("GET /a", "GET /b", "GET /c")) {
      ToolRun route = cli("apigatewayv2", "create-route", "--api-id", id, "--route-key", key);
      assertThat(route.exitCode).as(route.output).isZero();
      assertThat(route.output).contains("\"RouteKey\": \"" + key + "\"");
    }
    ToolRun routes = cli("apigatewayv2", "get-routes", "--api-id", id, "--page-size", "1");
    assertThat(routes.exitCode).as(routes.output).isZero();
    assertThat(routes.output).contains("GET /a", "GET /b", "GET /c");
    assertThat(emulator.operationCounts().get("GetRoutes"))
        .as("the CLI followed the pages")
        .isGreaterThanOrEqualTo(3);
    Path exported = Files.createTempFile("exported", ".yaml");
    ToolRun export =
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
    ToolRun deleted = cli("apigatewayv2", "delete-api", "--api-id", id);
    assertThat(deleted.exitCode).as(deleted.output).isZero();
    assertThat(emulator.client().getApis(b -> {}).items()).isEmpty();
    assertThat(endpoint).startsWith("http://127.0.0.1:");
  }

  @Test
  void theAwsCliReportsARefusedRequestInTheServiceWords() throws Exception {
    requireAwsCli();
    String id =
        apiId(cli("apigatewayv2", "create-api", "--name", "cli", "--protocol-type", "HTTP"));

    ToolRun greedy =
        cli("apigatewayv2", "create-route", "--api-id", id, "--route-key", "GET /{proxy+}/x");
    ToolRun repeated =
        cli("apigatewayv2", "create-route", "--api-id", id, "--route-key", "GET /a/{x}/{x}");
    ToolRun noIssuer =
        cli(
            "apigatewayv2",
            "create-authorizer",
            "--api-id",
            id,
            "--name",
            "jwt",
            "--authorizer-type",
            "JWT",
            "--identity-source",
            "$request.header.Authorization",
            "--jwt-configuration",
            "Audience=me");
    ToolRun mock =
        cli("apigatewayv2", "create-integration", "--api-id", id, "--integration-type", "MOCK");
    ToolRun longName =
        cli("apigatewayv2", "create-api", "--name", "n".repeat(129), "--protocol-type", "HTTP");
    ToolRun badStage = cli("apigatewayv2", "create-stage", "--api-id", id, "--stage-name", "a b");

    // Exit code 255 (AWS CLI v1) or 254 (v2) when the service refuses the request.
    assertThat(greedy.exitCode).as(greedy.output).isIn(254, 255);
    assertThat(greedy.output)
        .contains(
            "An error occurred (BadRequestException) when calling the CreateRoute operation:"
                + " Invalid route key 'GET /{proxy+}/x': a greedy path variable must be the last"
                + " segment of the path");
    assertThat(repeated.exitCode).as(repeated.output).isIn(254, 255);
    assertThat(repeated.output)
        .contains(
            "An error occurred (BadRequestException) when calling the CreateRoute operation:"
                + " Invalid route key 'GET /a/{x}/{x}': a path variable is used more than once");
    assertThat(noIssuer.exitCode).as(noIssuer.output).isIn(254, 255);
    assertThat(noIssuer.output)
        .contains(
            "An error occurred (BadRequestException) when calling the CreateAuthorizer operation:"
                + " Issuer is a required parameter for JWT authorizer");
    assertThat(mock.exitCode).as(mock.output).isIn(254, 255);
    assertThat(mock.output)
        .contains(
            "An error occurred (BadRequestException) when calling the CreateIntegration operation:"
                + " Currently, an API with a protocol type of HTTP may only be associated with"
                + " proxy integrations (AWS_PROXY, HTTP_PROXY)");
    assertThat(longName.exitCode).as(longName.output).isIn(254, 255);
    assertThat(longName.output)
        .contains(
            "An error occurred (BadRequestException) when calling the CreateApi operation: 1"
                + " validation error detected: Value at 'name' failed to satisfy constraint: Member"
                + " must have length less than or equal to 128");
    assertThat(badStage.exitCode).as(badStage.output).isIn(254, 255);
    assertThat(badStage.output)
        .contains(
            "An error occurred (BadRequestException) when calling the CreateStage operation: 1"
                + " validation error detected: Value at 'stageName' failed to satisfy constraint:");
    assertThat(emulator.client().getRoutes(b -> b.apiId(id)).items()).isEmpty();
    assertThat(emulator.client().getApis(b -> {}).items()).hasSize(1);
  }

  @Test
  void theAwsCliRefusesATimeoutBelowTheModelsMinimumBeforeSendingIt() throws Exception {
    requireAwsCli();
    String id =
        apiId(cli("apigatewayv2", "create-api", "--name", "cli", "--protocol-type", "HTTP"));

    ToolRun tooShort = cliHttpProxyIntegration(id, 29);
    ToolRun tooLong = cliHttpProxyIntegration(id, 30001);

    // botocore's model gives the minimum, 50, so the CLI checks it itself; the maximum it leaves to
    // the service.
    assertThat(tooShort.exitCode).as(tooShort.output).isIn(252, 255);
    assertThat(tooShort.output)
        .contains("Invalid value for parameter TimeoutInMillis, value: 29, valid min value: 50");
    assertThat(tooLong.exitCode).as(tooLong.output).isIn(254, 255);
    assertThat(tooLong.output)
        .contains(
            "An error occurred (BadRequestException) when calling the CreateIntegration operation:"
                + " 1 validation error detected: Value at 'timeoutInMillis' failed to satisfy"
                + " constraint: Member must have value less than or equal to 30000");
    assertThat(emulator.operationCounts().get("CreateIntegration")).isEqualTo(1);
  }

  private ToolRun cliHttpProxyIntegration(String apiId, int timeoutInMillis)
      throws IOException, InterruptedException {
    return cli(
        "apigatewayv2",
        "create-integration",
        "--api-id",
        apiId,
        "--integration-type",
        "HTTP_PROXY",
        "--integration-uri",
        "https://example.com",
        "--integration-method",
        "GET",
        "--payload-format-version",
        "1.0",
        "--timeout-in-millis",
        String.valueOf(timeoutInMillis));
  }

  @Test
  void theAwsCliSeesAVpcLinkPendingThenAvailableThenDeleted() throws Exception {
    requireAwsCli();

    ToolRun created =
        cli("apigatewayv2", "create-vpc-link", "--name", "cli-link", "--subnet-ids", "subnet-1");
    Matcher linkId = Pattern.compile("\"VpcLinkId\": \"([a-z0-9]{10})\"").matcher(created.output);
    assertThat(linkId.find()).as(created.output).isTrue();
    String id = linkId.group(1);
    ToolRun read = cli("apigatewayv2", "get-vpc-link", "--vpc-link-id", id);
    ToolRun deleted = cli("apigatewayv2", "delete-vpc-link", "--vpc-link-id", id);
    ToolRun gone = cli("apigatewayv2", "get-vpc-link", "--vpc-link-id", id);

    assertThat(created.exitCode).as(created.output).isZero();
    assertThat(created.output)
        .contains(
            "\"VpcLinkStatus\": \"PENDING\"",
            "\"VpcLinkStatusMessage\": \"VPC link is provisioning ENIs\"");
    assertThat(read.exitCode).as(read.output).isZero();
    assertThat(read.output).contains("\"VpcLinkStatus\": \"AVAILABLE\"");
    assertThat(deleted.exitCode).as(deleted.output).isZero();
    assertThat(gone.exitCode).as(gone.output).isIn(254, 255);
    assertThat(gone.output)
        .contains("An error occurred (NotFoundException) when calling the GetVpcLink operation");
  }

  @Test
  void theAwsCliIsRefusedOverAQuota() throws Exception {
    requireAwsCli();
    restart(b -> b.quota(Quota.ROUTES_PER_API, 2));
    String id =
        apiId(cli("apigatewayv2", "create-api", "--name", "cli", "--protocol-type", "HTTP"));
    for (String key : List.of("GET /a", "GET /b")) {
      ToolRun route = cli("apigatewayv2", "create-route", "--api-id", id, "--route-key", key);
      assertThat(route.exitCode).as(route.output).isZero();
    }

    ToolRun over = cli("apigatewayv2", "create-route", "--api-id", id, "--route-key", "GET /c");

    assertThat(over.exitCode).as(over.output).isIn(254, 255);
    // The emulator answers a quota with HTTP 429, which the CLI retries as throttling (and says so
    // between the operation's name and the message) before it gives up.
    assertThat(over.output)
        .contains(
            "An error occurred (ConflictException) when calling the CreateRoute operation",
            "Maximum number of Routes for this API has been reached. Please contact AWS if you"
                + " need additional Routes.");
    assertThat(emulator.client().getRoutes(b -> b.apiId(id)).items()).hasSize(2);
  }

  @Test
  void theAwsCliSeesADomainNameAvailableAtOnceOrUpdatingWhileProvisioned() throws Exception {
    requireAwsCli();
    String configuration =
        "CertificateArn=arn:aws:acm:us-east-1:123456789012:certificate/c,"
            + "EndpointType=REGIONAL";
    String id =
        apiId(cli("apigatewayv2", "create-api", "--name", "cli", "--protocol-type", "HTTP"));
    assertThat(cli("apigatewayv2", "create-stage", "--api-id", id, "--stage-name", "prod").exitCode)
        .isZero();

    ToolRun created =
        cli(
            "apigatewayv2",
            "create-domain-name",
            "--domain-name",
            "cli.example.com",
            "--domain-name-configurations",
            configuration);
    ToolRun read = cli("apigatewayv2", "get-domain-name", "--domain-name", "cli.example.com");
    ToolRun badKey =
        cli(
            "apigatewayv2",
            "create-api-mapping",
            "--domain-name",
            "cli.example.com",
            "--api-id",
            id,
            "--stage",
            "prod",
            "--api-mapping-key",
            "v1//orders");
    ToolRun deleted = cli("apigatewayv2", "delete-domain-name", "--domain-name", "cli.example.com");
    restart(b -> b.provisioningTime(Duration.ofHours(1)));
    ToolRun provisioning =
        cli(
            "apigatewayv2",
            "create-domain-name",
            "--domain-name",
            "slow.example.com",
            "--domain-name-configurations",
            configuration);
    ToolRun stillProvisioning =
        cli("apigatewayv2", "get-domain-name", "--domain-name", "slow.example.com");

    assertThat(created.exitCode).as(created.output).isZero();
    assertThat(created.output).contains("\"DomainNameStatus\": \"AVAILABLE\"");
    assertThat(read.exitCode).as(read.output).isZero();
    assertThat(read.output).contains("\"DomainNameStatus\": \"AVAILABLE\"");
    assertThat(badKey.exitCode).as(badKey.output).isIn(254, 255);
    assertThat(badKey.output)
        .contains(
            "An error occurred (BadRequestException) when calling the CreateApiMapping operation:"
                + " API mapping key should not start with a '/' or have consecutive '/'s.");
    assertThat(deleted.exitCode).as(deleted.output).isZero();
    assertThat(provisioning.exitCode).as(provisioning.output).isZero();
    assertThat(provisioning.output).contains("\"DomainNameStatus\": \"UPDATING\"");
    assertThat(stillProvisioning.exitCode).as(stillProvisioning.output).isZero();
    assertThat(stillProvisioning.output).contains("\"DomainNameStatus\": \"UPDATING\"");
  }

  /** The id of the API a {@code create-api} printed. */
  private static String apiId(ToolRun created) {
    assertThat(created.exitCode).as(created.output).isZero();
    Matcher apiId = Pattern.compile("\"ApiId\": \"([a-z0-9]{10})\"").matcher(created.output);
    assertThat(apiId.find()).as(created.output).isTrue();
    return apiId.group(1);
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
  void theAwsSdkForJavaV2SeesTheServiceValidation() {
    try (ApiGatewayV2Client aws = awsClient()) {
      String apiId = aws.createApi(b -> b.name("checks").protocolType(ProtocolType.HTTP)).apiId();
      String wsId = webSocketApi(aws);

      assertRefused(
          () ->
              aws.createAuthorizer(
                  b ->
                      b.apiId(apiId)
                          .name("lambda")
                          .authorizerType("REQUEST")
                          .authorizerUri(
                              "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                                  + "arn:aws:lambda:us-east-1:123456789012:function:f/invocations")
                          .identitySource("$request.header.Authorization")),
          "AuthorizerPayloadFormatVersion is a required parameter for REQUEST authorizer");
      Function<JWTConfiguration, ThrowingCallable> jwt =
          configuration ->
              () ->
                  aws.createAuthorizer(
                      b ->
                          b.apiId(apiId)
                              .name("jwt")
                              .authorizerType("JWT")
                              .identitySource("$request.header.Authorization")
                              .jwtConfiguration(configuration));
      assertRefused(
          jwt.apply(JWTConfiguration.builder().audience("me").build()),
          "Issuer is a required parameter for JWT authorizer");
      assertRefused(
          jwt.apply(JWTConfiguration.builder().issuer("https://issuer").build()),
          "Audience is a required parameter for JWT authorizer");
      assertRefused(
          () ->
              aws.createAuthorizer(
                  b ->
                      b.apiId(apiId)
                          .name("x")
                          .authorizerType("COOKIE")
                          .identitySource("$request.header.Authorization")),
          "1 validation error detected: Value at 'authorizerType' failed to satisfy constraint:"
              + " Member must satisfy enum value set: [REQUEST, JWT]");
      assertRefused(
          () -> aws.createIntegration(b -> b.apiId(apiId).integrationType(IntegrationType.MOCK)),
          "Currently, an API with a protocol type of HTTP may only be associated with proxy"
              + " integrations (AWS_PROXY, HTTP_PROXY)");
      Function<Consumer<CreateIntegrationRequest.Builder>, ThrowingCallable> httpProxy =
          more ->
              () ->
                  aws.createIntegration(
                      b -> {
                        b.apiId(apiId)
                            .integrationType(IntegrationType.HTTP_PROXY)
                            .integrationMethod("GET")
                            .payloadFormatVersion("1.0");
                        more.accept(b);
                      });
      assertRefused(
          httpProxy.apply(b -> {}),
          "IntegrationUri is a required parameter for HTTP_PROXY integration");
      assertRefused(
          httpProxy.apply(b -> b.integrationUri("https://example.com").timeoutInMillis(29)),
          "1 validation error detected: Value at 'timeoutInMillis' failed to satisfy constraint:"
              + " Member must have value greater than or equal to 50");
      assertRefused(
          httpProxy.apply(b -> b.integrationUri("https://example.com").timeoutInMillis(30001)),
          "1 validation error detected: Value at 'timeoutInMillis' failed to satisfy constraint:"
              + " Member must have value less than or equal to 30000");
      assertRefused(
          () -> aws.createRoute(b -> b.apiId(apiId).routeKey("GET /{proxy+}/pets")),
          "Invalid route key 'GET /{proxy+}/pets': a greedy path variable must be the last"
              + " segment of the path");
      assertRefused(
          () -> aws.createRoute(b -> b.apiId(apiId).routeKey("GET /a/{x}/{x}")),
          "Invalid route key 'GET /a/{x}/{x}': a path variable is used more than once");
      assertRefused(
          () -> aws.createRoute(b -> b.apiId(apiId).routeKey("GET /a\u0000b")),
          "1 validation error detected: Value at 'routeKey' failed to satisfy constraint: Member"
              + " must not contain control characters");
      assertRefused(
          () -> aws.createRoute(b -> b.apiId(wsId).routeKey("$reconnect")),
          "The provided route key is not formatted properly");
      assertRefused(
          () -> aws.createApi(b -> b.name("n".repeat(129)).protocolType(ProtocolType.HTTP)),
          "1 validation error detected: Value at 'name' failed to satisfy constraint: Member must"
              + " have length less than or equal to 128");
      assertRefused(
          () -> aws.createStage(b -> b.apiId(apiId).stageName("my stage!")),
          "1 validation error detected: Value at 'stageName' failed to satisfy constraint: Member"
              + " must satisfy regular expression pattern");
      aws.createStage(b -> b.apiId(apiId).stageName("prod"));
      aws.createDomainName(b -> b.domainName("checks.example.com"));
      assertRefused(
          () ->
              aws.createApiMapping(
                  b ->
                      b.domainName("checks.example.com")
                          .apiId(apiId)
                          .stage("prod")
                          .apiMappingKey("v1/")),
          "API mapping key should not end with a '/'.");

      assertThat(aws.getRoutes(b -> b.apiId(apiId)).items()).isEmpty();
      assertThat(aws.getIntegrations(b -> b.apiId(apiId)).items()).isEmpty();
      assertThat(aws.getAuthorizers(b -> b.apiId(apiId)).items()).isEmpty();
      assertThat(aws.getApis(b -> {}).items()).hasSize(2);
    }
  }

  private static String webSocketApi(ApiGatewayV2Client aws) {
    return aws.createApi(
            b ->
                b.name("ws")
                    .protocolType(ProtocolType.WEBSOCKET)
                    .routeSelectionExpression("$request.body.action"))
        .apiId();
  }

  private static void assertRefused(ThrowingCallable call, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("BadRequestException");
              assertThat(e.awsErrorDetails().errorMessage()).contains(message);
            });
  }

  @Test
  void theAwsSdkForJavaV2IsRefusedOverAQuota() {
    restart(b -> b.quota(Quota.ROUTES_PER_API, 2));
    try (ApiGatewayV2Client aws = awsClient()) {
      String apiId = aws.createApi(b -> b.name("quota").protocolType(ProtocolType.HTTP)).apiId();
      aws.createRoute(b -> b.apiId(apiId).routeKey("GET /a"));
      aws.createRoute(b -> b.apiId(apiId).routeKey("$default"));

      assertThatThrownBy(() -> aws.createRoute(b -> b.apiId(apiId).routeKey("GET /c")))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(429);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ConflictException");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(Quota.ROUTES_PER_API.exceededMessage());
              });
      assertThat(aws.getRoutes(b -> b.apiId(apiId)).items())
          .extracting(Route::routeKey)
          .containsExactlyInAnyOrder("GET /a", "$default");
    }
  }

  @Test
  void theAwsSdkForJavaV2CreatesAWebSocketMockIntegration() {
    try (ApiGatewayV2Client aws = awsClient()) {
      String wsId = webSocketApi(aws);

      var created = aws.createIntegration(b -> b.apiId(wsId).integrationType(IntegrationType.MOCK));
      var read = aws.getIntegration(b -> b.apiId(wsId).integrationId(created.integrationId()));

      assertThat(created.integrationType()).isEqualTo(IntegrationType.MOCK);
      assertThat(read.integrationType()).isEqualTo(IntegrationType.MOCK);
      assertThat(read.payloadFormatVersion()).isEqualTo("1.0");
      assertRefused(
          () ->
              aws.createIntegration(
                  b -> b.apiId(wsId).integrationType(IntegrationType.MOCK).timeoutInMillis(29001)),
          "Timeout should be between 50 ms and 29000 ms");
    }
  }

  @Test
  void theAwsSdkForJavaV2SeesFailedAndSlowProvisioning() {
    restart(b -> b.provisioningTime(Duration.ofHours(1)));
    try (ApiGatewayV2Client aws = awsClient()) {
      var domain =
          aws.createDomainName(
              b ->
                  b.domainName("slow.example.com")
                      .domainNameConfigurations(
                          DomainNameConfiguration.builder()
                              .certificateArn("arn:aws:acm:us-east-1:123456789012:certificate/c")
                              .endpointType(EndpointType.REGIONAL)
                              .build()));
      String read =
          aws.getDomainName(b -> b.domainName("slow.example.com"))
              .domainNameConfigurations()
              .get(0)
              .domainNameStatusAsString();

      assertThat(domain.domainNameConfigurations().get(0).domainNameStatusAsString())
          .isEqualTo("UPDATING");
      assertThat(read).isEqualTo("UPDATING");

      String wsId =
          aws.createApi(
                  b ->
                      b.name("slow-ws")
                          .protocolType(ProtocolType.WEBSOCKET)
                          .routeSelectionExpression("$request.body.action"))
              .apiId();
      var deployment = aws.createDeployment(b -> b.apiId(wsId));
      assertThat(deployment.deploymentStatusAsString()).isEqualTo("PENDING");
      assertThat(
              aws.getDeployment(b -> b.apiId(wsId).deploymentId(deployment.deploymentId()))
                  .deploymentStatusAsString())
          .isEqualTo("PENDING");
    }
    restart(b -> b);
    emulator.failNextProvisioning(ProvisionedKind.DEPLOYMENT, "the $default route has no target");
    try (ApiGatewayV2Client aws = awsClient()) {
      String wsId =
          aws.createApi(
                  b ->
                      b.name("failing-ws")
                          .protocolType(ProtocolType.WEBSOCKET)
                          .routeSelectionExpression("$request.body.action"))
              .apiId();
      var deployment = aws.createDeployment(b -> b.apiId(wsId));
      var read = aws.getDeployment(b -> b.apiId(wsId).deploymentId(deployment.deploymentId()));

      assertThat(deployment.deploymentStatusAsString()).isEqualTo("PENDING");
      assertThat(read.deploymentStatusAsString()).isEqualTo("FAILED");
      assertThat(read.deploymentStatusMessage()).isEqualTo("the $default route has no target");
    }
    restart(b -> b);
    emulator.failNextProvisioning(ProvisionedKind.VPC_LINK, "no free addresses in subnet-1");
    try (ApiGatewayV2Client aws = awsClient()) {
      var created = aws.createVpcLink(b -> b.name("failing").subnetIds("subnet-1"));
      var read = aws.getVpcLink(b -> b.vpcLinkId(created.vpcLinkId()));

      assertThat(created.vpcLinkStatusAsString()).isEqualTo("PENDING");
      assertThat(read.vpcLinkStatusAsString()).isEqualTo("FAILED");
      assertThat(read.vpcLinkStatusMessage()).isEqualTo("no free addresses in subnet-1");
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

  private ToolRun cli(String... args) throws IOException, InterruptedException {
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
    return ToolRun.of(command, PEER_ENVIRONMENT);
  }
}

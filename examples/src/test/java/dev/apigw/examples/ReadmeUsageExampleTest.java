package dev.apigw.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.interceptor.ExecutionContext;
import dev.apigw.core.interceptor.ExecutionInterceptor;
import dev.apigw.model.ConflictException;
import dev.apigw.model.CreateRouteResult;
import dev.apigw.model.GetApiResult;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's snippets against the testkit's emulator, so that what the README shows does
 * work.
 */
class ReadmeUsageExampleTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private ApiGatewayV2Emulator local;
  private ApiGatewayV2Client client;
  private String apiId;
  private int requestsBefore;

  @BeforeEach
  void start() {
    local = ApiGatewayV2Emulator.start();
    client = ReadmeUsage.createClientFor(local.endpoint(), "AKIDEXAMPLE", "example-secret");
    apiId =
        SampleApi.create(
            client, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    requestsBefore = local.requestCount();
    originalOut = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    System.setOut(originalOut);
    client.close();
    local.close();
  }

  @Test
  void theClientForARegionUsesItsDefaultEndpointAndSendsNothingWhenBuilt() {
    try (ApiGatewayV2Client regional = ReadmeUsage.createClient("AKIDEXAMPLE", "example-secret")) {
      assertThat(regional.toString())
          .contains("endpoint=https://apigateway.us-east-1.amazonaws.com/");
    }
    assertThat(local.requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void theClientFromAProfileGoesToTheFipsEndpointAndReadsNothingWhenBuilt() {
    try (ApiGatewayV2Client fromProfile = ReadmeUsage.createClientFromProfile()) {
      assertThat(fromProfile.toString())
          .contains(
              "region=us-gov-west-1",
              "endpoint=https://apigateway-fips.us-gov-west-1.amazonaws.com/");
    }
    assertThat(local.requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void theClientWithRetriesCarriesItsSettings() {
    try (ApiGatewayV2Client configured =
        ReadmeUsage.createClientWithRetries("AKIDEXAMPLE", "example-secret")) {
      assertThat(configured.toString())
          .contains(
              "RetryStrategy{standard, maxAttempts=5",
              "apiCallTimeout=20000 ms",
              "apiCallAttemptTimeout=5000 ms");
    }
    assertThat(local.requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void theClientBehindAProxyNamesItButNotItsPasswordAndSendsNothingWhenBuilt() {
    try (ApiGatewayV2Client proxied =
        ReadmeUsage.createClientBehindProxy(
            URI.create("http://proxy.example.com:3128"),
            "alice",
            "proxy-s3cret",
            "AKIDEXAMPLE",
            "example-secret")) {
      assertThat(proxied.toString())
          .contains(
              "endpoint=https://apigateway.us-east-1.amazonaws.com/",
              "proxy=http://proxy.example.com:3128 (from proxyConfiguration)")
          .doesNotContain("proxy-s3cret");
    }
    assertThat(local.requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void createsARouteThatIsThenListed() {
    CreateRouteResult created = ReadmeUsage.createRoute(client, apiId);

    assertThat(created.routeKey()).hasValue("GET /pets");
    assertThat(created.target()).hasValue("integrations/abc123");
    assertThat(created.routeId().orElseThrow()).matches("[a-z0-9]{7}");
    assertThat(created.responseMetadata().statusCode()).isEqualTo(201);
    assertThat(lines()).containsExactly("Created GET /pets as " + created.routeId().orElseThrow());
    printed.reset();
    ReadmeUsage.listAllRoutes(client, apiId);
    assertThat(lines()).hasSize(SampleApi.ROUTE_KEYS.size() + 1).endsWith("$default", "GET /pets");
    assertThatThrownBy(() -> ReadmeUsage.createRoute(client, apiId))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void listsAllRoutesAndPageByPage() {
    ReadmeUsage.listAllRoutes(client, apiId);
    List<String> all = lines();
    printed.reset();
    ReadmeUsage.listRoutesPageByPage(client, apiId);
    List<String> paged = lines();

    assertThat(all)
        .containsExactly(
            "POST /pets",
            "GET /pets/{petId}",
            "PUT /pets/{petId}",
            "DELETE /pets/{petId}",
            "GET /owners",
            "POST /owners",
            "GET /owners/{ownerId}",
            "$default");
    assertThat(paged).hasSize(10);
    assertThat(paged.get(0)).matches("5 routes, request id [0-9a-f-]{36}");
    assertThat(paged.subList(1, 6))
        .containsExactly(
            "  POST /pets",
            "  GET /pets/{petId}",
            "  PUT /pets/{petId}",
            "  DELETE /pets/{petId}",
            "  GET /owners");
    assertThat(paged.get(6)).matches("3 routes, request id [0-9a-f-]{36}");
    assertThat(paged.subList(7, 10))
        .containsExactly("  POST /owners", "  GET /owners/{ownerId}", "  $default");
  }

  @Test
  void recoversFromAServiceClockAnHourAhead() {
    ReadmeUsage.recoverFromClockSkew();

    assertThat(lines()).containsExactly("3 requests");
  }

  @Test
  void catchesNotFound() {
    ReadmeUsage.handleNotFound(client);

    assertThat(lines())
        .singleElement()
        .asString()
        .matches(
            "404 Invalid API identifier specified 123456789012:nope \\(request id [0-9a-f-]{36}\\)");
  }

  @Test
  void getsAnApiWithSettingsOfItsOwnForOneCall() {
    GetApiResult api = ReadmeUsage.getApiWithOverrides(client, apiId);

    assertThat(api.apiId()).contains(apiId);
    assertThat(client.toString()).contains("RetryStrategy{standard", "apiCallTimeout=120000 ms");
  }

  @Test
  void theInterceptorAddsASignedCorrelationIdAndCountsFailedCalls() {
    List<String> sent = new ArrayList<>();
    ExecutionInterceptor watching =
        new ExecutionInterceptor() {
          @Override
          public void beforeTransmission(ExecutionContext context, Request signedRequest) {
            sent.add(
                signedRequest.header("X-Correlation-Id")
                    + (signedRequest.header("Authorization").contains("x-correlation-id")
                        ? " signed"
                        : " unsigned"));
          }
        };
    ReadmeUsage.CorrelationInterceptor correlation =
        new ReadmeUsage.CorrelationInterceptor("run-42");
    // This emulator checks every signature against these credentials.
    try (ApiGatewayV2Emulator verifying =
            ApiGatewayV2Emulator.builder()
                .credentials(Credentials.of("AKIDEXAMPLE", "example-secret"))
                .start();
        ApiGatewayV2Client intercepted =
            ReadmeUsage.createClientWithInterceptor(
                verifying.endpoint(), "AKIDEXAMPLE", "example-secret", correlation)) {
      String created =
          intercepted
              .createApi(
                  b ->
                      b.name("pets")
                          .protocolType("HTTP")
                          .overrideConfiguration(o -> o.addExecutionInterceptor(watching)))
              .apiId()
              .orElseThrow();
      ReadmeUsage.handleNotFound(intercepted);

      assertThat(created).isNotBlank();
      assertThat(sent).containsExactly("run-42 signed");
      assertThat(correlation.failedCalls()).isEqualTo(1);
      assertThat(lines()).singleElement().asString().startsWith("404 ");
    }
  }

  @Test
  void thePublisherOfYourOwnPrintsEachCallSlowerThanItsThreshold() {
    try (ApiGatewayV2Client measured =
        ReadmeUsage.createClientReportingSlowCalls(
            local.endpoint(), "AKIDEXAMPLE", "example-secret", Duration.ZERO)) {
      measured.getApi(b -> b.apiId(apiId));
      ReadmeUsage.handleNotFound(measured);
    }

    assertThat(lines())
        .hasSize(3)
        .satisfies(
            printedLines -> {
              assertThat(printedLines.get(0))
                  .matches("GetApi took \\d+ ms in 1 attempt\\(s\\): success");
              assertThat(printedLines.get(1))
                  .matches(
                      "GetApi took \\d+ ms in 1 attempt\\(s\\): client_error \\(NotFoundException\\)");
              assertThat(printedLines.get(2)).startsWith("404 ");
            });
  }

  private List<String> lines() {
    System.out.flush();
    return Arrays.asList(printed.toString(StandardCharsets.UTF_8).split("\\R"));
  }
}

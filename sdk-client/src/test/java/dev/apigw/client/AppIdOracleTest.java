package dev.apigw.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.auth.Credentials;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;

/**
 * The AWS SDK for Java v2 2.41.18 as the oracle of the app id's token: given the same id, on the
 * builder or in the system property {@code sdk.ua.appId}, both SDKs send the same {@code app/<id>}
 * in their {@code User-Agent}, the id as it is (no character replaced, a long one whole), and the
 * builder's wins over the property. Only that token is compared; the rest of the two user agents
 * differs by design. The variable and the profile, which the AWS SDK reads from the process and the
 * real home directory, are left to {@code AppIdTest} on our side.
 */
class AppIdOracleTest {
  private static final String PROPERTY = "sdk.ua.appId";
  private static final List<String> IDS =
      List.of(
          "orders",
          "team#svc~1.0",
          "APN_1.1/pc_abc$",
          "ABC DEF",
          "(beta) a;b=c",
          "a-fifty-one-character-app-id-is-sent-whole-by-both");

  private final MockWebServer server = new MockWebServer();
  private final List<AutoCloseable> clients = new ArrayList<>();
  private @Nullable String savedProperty;

  @BeforeEach
  void start() throws IOException {
    savedProperty = System.getProperty(PROPERTY);
    System.clearProperty(PROPERTY);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() throws Exception {
    System.clearProperty(PROPERTY);
    if (savedProperty != null) {
      System.setProperty(PROPERTY, savedProperty);
    }
    for (AutoCloseable client : clients) {
      client.close();
    }
    server.close();
  }

  static Stream<Arguments> cases() {
    List<Arguments> rows = new ArrayList<>();
    for (String id : IDS) {
      rows.add(Arguments.of(id, null, id));
      rows.add(Arguments.of(null, id, id));
    }
    rows.add(Arguments.of("from-builder", "from-property", "from-builder"));
    return rows.stream();
  }

  @ParameterizedTest(name = "builder {0}, property {1}")
  @MethodSource("cases")
  void bothSdksSendTheSameAppToken(
      @Nullable String builderId, @Nullable String propertyId, String sent) throws Exception {
    if (propertyId != null) {
      System.setProperty(PROPERTY, propertyId);
    }

    String aws = awsUserAgent(builderId);
    String ours = ourUserAgent(builderId);

    String token = "app/" + sent;
    assertThat(ours).endsWith(" " + token);
    assertThat(appToken(aws, token)).as("the AWS SDK's: %s", aws).isEqualTo(token);
  }

  /**
   * The AWS SDK's app token: from {@code app/} to the next token the AWS SDK adds after it, its
   * business metrics ({@code m/...}), or the end.
   */
  private static String appToken(String userAgent, String expected) {
    int start = userAgent.indexOf(" app/");
    assertThat(start).as("an app token in %s", userAgent).isPositive();
    String rest = userAgent.substring(start + 1);
    int metrics = rest.indexOf(" m/", expected.length() - 1);
    return metrics < 0 ? rest : rest.substring(0, metrics);
  }

  private String awsUserAgent(@Nullable String appId) throws InterruptedException {
    server.enqueue(ok());
    software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client aws =
        AwsSdkClients.client(
            endpoint(),
            c -> {
              c.retryStrategy(AwsRetryStrategy.doNotRetry());
              if (appId != null) {
                c.appId(appId);
              }
            });
    clients.add(aws);
    aws.getApis(b -> {});
    return server.takeRequest().getHeaders().get("User-Agent");
  }

  private String ourUserAgent(@Nullable String appId) throws InterruptedException {
    server.enqueue(ok());
    ApiGatewayV2Client.Builder builder =
        ApiGatewayV2Client.builder()
            .region("us-east-1")
            .endpoint(endpoint())
            .credentials(Credentials.of("AKID", "SECRET"));
    if (appId != null) {
      builder.appId(appId);
    }
    ApiGatewayV2Client ours = builder.build();
    clients.add(ours);
    ours.getApis(b -> {});
    return server.takeRequest().getHeaders().get("User-Agent");
  }

  private URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getPort());
  }

  private static MockResponse ok() {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body("{\"items\":[]}")
        .build();
  }
}

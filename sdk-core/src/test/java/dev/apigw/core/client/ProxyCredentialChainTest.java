package dev.apigw.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.credentials.DefaultCredentialsProvider;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.metadata.FakeImds;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The credentials chain of a client built without credentials calls STS through the client's proxy
 * (the one the environment names, or the builder's configuration); instance metadata and container
 * credentials, local endpoints, are fetched directly even when {@code NO_PROXY} does not list them.
 */
class ProxyCredentialChainTest {
  private static final String API = "http://api.example.test";
  private static final String STS = "http://sts.example.test";

  private final MockWebServer proxy = new MockWebServer();
  private final List<RecordedRequest> proxied = new CopyOnWriteArrayList<>();
  private final Map<String, String> variables = new HashMap<>();
  @TempDir Path home;

  @BeforeEach
  void start() throws Exception {
    String expiration = Instant.now().plus(1, ChronoUnit.HOURS).toString();
    proxy.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            proxied.add(request);
            if (request.getTarget().startsWith(STS)) {
              return new MockResponse.Builder()
                  .code(200)
                  .body(
                      "<AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult>"
                          + "<Credentials><AccessKeyId>ASIAVIAPROXY</AccessKeyId>"
                          + "<SecretAccessKey>sts-secret</SecretAccessKey>"
                          + "<SessionToken>sts-token</SessionToken><Expiration>"
                          + expiration
                          + "</Expiration></Credentials>"
                          + "</AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>")
                  .build();
            }
            return new MockResponse.Builder().code(200).body("{}").build();
          }
        });
    proxy.start(InetAddress.getByName("127.0.0.1"), 0);
    variables.put("HOME", home.toString());
    variables.put("AWS_REGION", "eu-west-1");
  }

  @AfterEach
  void stop() throws Exception {
    proxy.close();
  }

  private String proxyUrl() {
    return "http://127.0.0.1:" + proxy.getPort();
  }

  private void webIdentity() throws Exception {
    Path token = Files.writeString(home.resolve("token"), "eyJ.web.identity");
    variables.put("AWS_EC2_METADATA_DISABLED", "true");
    variables.put("AWS_WEB_IDENTITY_TOKEN_FILE", token.toString());
    variables.put("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/pod");
    variables.put("AWS_ENDPOINT_URL_STS", STS);
  }

  private String callWith(TestClient.Builder builder) {
    try (TestClient client = builder.buildWith(Environment.of(variables, Map.of()))) {
      return client
          .runtime()
          .invoke("GetThings", HttpRequestSpec.builder("GET", "/things").build(), r -> "ok");
    }
  }

  private static TestClient.Builder builder() {
    return TestClient.builder((details, fields) -> new ServiceException(details))
        .endpoint(URI.create(API));
  }

  private void assertStsThenTheApiWentThroughTheProxy() {
    assertThat(proxied).hasSize(2);
    RecordedRequest sts = proxied.get(0);
    assertThat(sts.getRequestLine()).isEqualTo("POST " + STS + "/ HTTP/1.1");
    assertThat(sts.getBody().utf8()).startsWith("Action=AssumeRoleWithWebIdentity&");
    RecordedRequest call = proxied.get(1);
    assertThat(call.getRequestLine()).isEqualTo("GET " + API + "/things HTTP/1.1");
    assertThat(call.getHeaders().get("Authorization")).contains("Credential=ASIAVIAPROXY/");
    assertThat(call.getHeaders().get("X-Amz-Security-Token")).isEqualTo("sts-token");
  }

  @Test
  void stsGoesThroughTheProxyTheEnvironmentNames() throws Exception {
    webIdentity();
    variables.put("HTTP_PROXY", proxyUrl());

    assertThat(callWith(builder())).isEqualTo("ok");

    assertStsThenTheApiWentThroughTheProxy();
  }

  @Test
  void stsGoesThroughTheProxyConfiguredOnTheClientsBuilder() throws Exception {
    webIdentity();

    assertThat(
            callWith(
                builder()
                    .proxyConfiguration(
                        ProxyConfiguration.builder().endpoint(URI.create(proxyUrl())).build())))
        .isEqualTo("ok");

    assertStsThenTheApiWentThroughTheProxy();
  }

  @Test
  void instanceMetadataIsFetchedDirectly() throws Exception {
    try (FakeImds imds = new FakeImds()) {
      imds.answer(
          "GET /latest/meta-data/iam/security-credentials/" + FakeImds.ROLE,
          request ->
              FakeImds.ok(
                  FakeImds.credentials(
                      "ASIAIMDS", Instant.now().plus(6, ChronoUnit.HOURS).toString())));
      variables.put("AWS_EC2_METADATA_SERVICE_ENDPOINT", imds.endpoint());
      variables.put("HTTP_PROXY", proxyUrl());

      assertThat(callWith(builder())).isEqualTo("ok");

      assertThat(imds.requestLines())
          .contains("PUT /latest/api/token", "GET /latest/meta-data/iam/security-credentials/");
    }
    assertThat(proxied).hasSize(1);
    assertThat(proxied.get(0).getTarget()).isEqualTo(API + "/things");
    assertThat(proxied.get(0).getHeaders().get("Authorization")).contains("Credential=ASIAIMDS/");
  }

  @Test
  void containerCredentialsAreFetchedDirectly() throws Exception {
    try (MockWebServer container = new MockWebServer()) {
      container.enqueue(
          new MockResponse.Builder()
              .code(200)
              .body(
                  "{\"AccessKeyId\":\"ASIACONTAINER\",\"SecretAccessKey\":\"c\",\"Token\":\"t\","
                      + "\"Expiration\":\""
                      + Instant.now().plus(6, ChronoUnit.HOURS)
                      + "\"}")
              .build());
      container.start(InetAddress.getByName("127.0.0.1"), 0);
      variables.put("AWS_EC2_METADATA_DISABLED", "true");
      variables.put(
          "AWS_CONTAINER_CREDENTIALS_FULL_URI",
          "http://127.0.0.1:" + container.getPort() + "/creds");
      variables.put("HTTP_PROXY", proxyUrl());

      assertThat(callWith(builder())).isEqualTo("ok");

      assertThat(container.takeRequest().getTarget()).isEqualTo("/creds");
    }
    assertThat(proxied).hasSize(1);
    assertThat(proxied.get(0).getHeaders().get("Authorization"))
        .contains("Credential=ASIACONTAINER/");
  }

  @Test
  void theGeneratedBuildersShareOneChainUnlessAProxyIsConfigured() {
    ProxyConfiguration configured =
        ProxyConfiguration.builder()
            .endpoint(URI.create(proxyUrl()))
            .username("alice")
            .password("s3cret")
            .build();

    assertThat(DefaultCredentialsProvider.create(ProxyConfiguration.builder().build()))
        .isSameAs(DefaultCredentialsProvider.create());
    assertThat(DefaultCredentialsProvider.create(configured))
        .isNotSameAs(DefaultCredentialsProvider.create())
        .isNotSameAs(DefaultCredentialsProvider.create(configured));
    assertThat(DefaultCredentialsProvider.create(configured).toString())
        .contains("username=alice", "password=***")
        .doesNotContain("s3cret");
  }
}

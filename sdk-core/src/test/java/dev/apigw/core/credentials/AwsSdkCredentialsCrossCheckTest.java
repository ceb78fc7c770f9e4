package dev.apigw.core.credentials;

import static dev.apigw.core.internal.metadata.FakeImds.ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.credentials.internal.CredentialProcess;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.metadata.FakeImds;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Resolves credentials with our providers and with the AWS SDK for Java v2 (2.41.18) from the same
 * fake endpoints and the same settings, given as system properties (which the SDK reads before
 * environment variables), and checks that both give the same credentials, send the same requests
 * and fail in the same cases. Every endpoint is on loopback; the SDK's profile files point into a
 * temporary folder.
 */
class AwsSdkCredentialsCrossCheckTest {
  private static final String SECRET = "crossCheckSecretEXAMPLE/K7MDENG+bPxRfiCY";
  private static final String SESSION_TOKEN = "IQoJcrossCheckSESSIONtokenEXAMPLE";
  private static final String AUTH_TOKEN = "crossCheckAuthorizationTOKEN";
  private static final List<String> ENVIRONMENT_THAT_WOULD_INTERFERE =
      List.of(
          "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
          "AWS_CONTAINER_CREDENTIALS_FULL_URI",
          "AWS_CONTAINER_AUTHORIZATION_TOKEN",
          "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
          "AWS_EC2_METADATA_DISABLED",
          "AWS_EC2_METADATA_V1_DISABLED",
          "AWS_EC2_METADATA_SERVICE_ENDPOINT",
          "AWS_CONTAINER_SERVICE_ENDPOINT",
          "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",
          "AWS_METADATA_SERVICE_TIMEOUT");

  @TempDir Path dir;
  private final Map<String, String> saved = new HashMap<>();

  @BeforeEach
  void isolate() {
    for (String variable : ENVIRONMENT_THAT_WOULD_INTERFERE) {
      assumeTrue(System.getenv(variable) == null, variable + " is set in this environment");
    }
    set("aws.configFile", dir.resolve("no-config").toString());
    set("aws.sharedCredentialsFile", dir.resolve("no-credentials").toString());
  }

  @AfterEach
  void restore() {
    saved.forEach(
        (name, value) -> {
          if (value == null) {
            System.clearProperty(name);
          } else {
            System.setProperty(name, value);
          }
        });
  }

  /** Sets a system property until the test ends. */
  private void set(String name, String value) {
    saved.putIfAbsent(name, System.getProperty(name));
    System.setProperty(name, value);
  }

  /**
   * The SDK's credentials as ours. Its container and instance metadata providers keep the
   * expiration to themselves (the credentials they return carry none), so for those it is compared
   * through {@link #withoutExpiration}.
   */
  private static Credentials ours(AwsCredentials credentials) {
    if (credentials instanceof AwsSessionCredentials) {
      AwsSessionCredentials session = (AwsSessionCredentials) credentials;
      return Credentials.of(
          session.accessKeyId(),
          session.secretAccessKey(),
          session.sessionToken(),
          session.expirationTime().orElse(null));
    }
    return Credentials.of(credentials.accessKeyId(), credentials.secretAccessKey());
  }

  private static Credentials withoutExpiration(Credentials credentials) {
    return Credentials.of(
        credentials.accessKeyId(),
        credentials.secretAccessKey(),
        credentials.sessionToken().orElse(null));
  }

  private static AwsCredentials resolveWith(SdkAutoCloseable provider) {
    try {
      return ((software.amazon.awssdk.auth.credentials.AwsCredentialsProvider) provider)
          .resolveCredentials();
    } finally {
      provider.close();
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Container credentials

  /**
   * A container agent that records what it is asked and answers from a script of statuses, then
   * with credentials.
   */
  private static final class FakeAgent implements AutoCloseable {
    final MockWebServer server = new MockWebServer();
    final List<RecordedRequest> requests = new ArrayList<>();
    final List<Integer> script = new ArrayList<>();

    FakeAgent() throws Exception {
      server.setDispatcher(
          new Dispatcher() {
            @Override
            public synchronized MockResponse dispatch(RecordedRequest request) {
              requests.add(request);
              if (!script.isEmpty()) {
                int status = script.remove(0);
                return new MockResponse.Builder()
                    .code(status)
                    .body("{\"message\":\"scripted " + status + "\"}")
                    .build();
              }
              return new MockResponse.Builder()
                  .code(200)
                  .body(
                      "{\"AccessKeyId\":\"ASIAAGENT\",\"SecretAccessKey\":\""
                          + SECRET
                          + "\",\"Token\":\""
                          + SESSION_TOKEN
                          + "\",\"Expiration\":\"2030-01-01T00:00:00Z\","
                          + "\"AccountId\":\"123456789012\"}")
                  .build();
            }
          });
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    String base() {
      return "http://127.0.0.1:" + server.getPort();
    }

    synchronized List<String> lines() {
      List<String> lines = new ArrayList<>();
      for (RecordedRequest request : requests) {
        lines.add(
            request.getMethod()
                + " "
                + request.getTarget()
                + " auth="
                + request.getHeaders().get("Authorization"));
      }
      return lines;
    }

    synchronized void reset(Integer... statuses) {
      requests.clear();
      script.clear();
      script.addAll(List.of(statuses));
    }

    @Override
    public void close() {
      server.close();
    }
  }

  /**
   * Resolves with the SDK and then with ours, the agent answering each from the same script; checks
   * that both give the same credentials (or both fail) after the same requests, and returns the
   * requests.
   */
  private static List<String> bothAgainst(FakeAgent agent, Integer... statuses) {
    agent.reset(statuses);
    String sdk;
    try {
      sdk =
          String.valueOf(
              ours(
                  resolveWith(
                      software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider.builder()
                          .build())));
    } catch (RuntimeException e) {
      sdk = "failed";
    }
    List<String> sdkRequests = agent.lines();
    agent.reset(statuses);
    String mine;
    try {
      mine =
          String.valueOf(
              withoutExpiration(
                  ContainerCredentialsProvider.create(Environment.system()).resolveCredentials()));
    } catch (dev.apigw.core.exception.SdkClientException e) {
      mine = "failed";
    }

    assertThat(mine).isEqualTo(sdk);
    assertThat(agent.lines()).isEqualTo(sdkRequests);
    return sdkRequests;
  }

  @Test
  void containerFullUriWithAuthorizationToken() throws Exception {
    try (FakeAgent agent = new FakeAgent()) {
      set("aws.containerCredentialsFullUri", agent.base() + "/v1/credentials");
      set("aws.containerAuthorizationToken", AUTH_TOKEN);

      Credentials mine =
          withoutExpiration(
              ContainerCredentialsProvider.create(Environment.system()).resolveCredentials());
      List<String> ourRequests = agent.lines();
      agent.reset();
      Credentials sdk =
          ours(
              resolveWith(
                  software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider.builder()
                      .build()));

      assertThat(mine).isEqualTo(sdk);
      assertThat(ourRequests)
          .isEqualTo(agent.lines())
          .containsExactly("GET /v1/credentials auth=" + AUTH_TOKEN);
    }
  }

  @Test
  void containerTokenFileAndRelativeUriOnAServiceEndpoint() throws Exception {
    try (FakeAgent agent = new FakeAgent()) {
      Path tokenFile = dir.resolve("eks-token");
      Files.write(tokenFile, AUTH_TOKEN.getBytes(StandardCharsets.UTF_8));
      set("aws.containerCredentialsPath", "/v2/credentials/task-1");
      set("aws.containerServiceEndpoint", agent.base());
      set("aws.containerAuthorizationTokenFile", tokenFile.toString());

      assertThat(bothAgainst(agent))
          .containsExactly("GET /v2/credentials/task-1 auth=" + AUTH_TOKEN);
    }
  }

  @Test
  void containerTokenVariableWinsOverTheFileInBoth() throws Exception {
    try (FakeAgent agent = new FakeAgent()) {
      Path tokenFile = dir.resolve("eks-token");
      Files.write(tokenFile, "from-the-file".getBytes(StandardCharsets.UTF_8));
      set("aws.containerCredentialsFullUri", agent.base() + "/c");
      set("aws.containerAuthorizationTokenFile", tokenFile.toString());
      set("aws.containerAuthorizationToken", AUTH_TOKEN);

      assertThat(bothAgainst(agent)).containsExactly("GET /c auth=" + AUTH_TOKEN);
    }
  }

  static Stream<Arguments> agentScripts() {
    return Stream.of(
        Arguments.of((Object) new Integer[] {500, 500, 500, 500, 500}),
        Arguments.of((Object) new Integer[] {500, 500, 500, 500, 500, 500}),
        Arguments.of((Object) new Integer[] {503, 502}),
        Arguments.of((Object) new Integer[] {404}),
        Arguments.of((Object) new Integer[] {403}),
        Arguments.of((Object) new Integer[] {500, 400}),
        Arguments.of((Object) new Integer[] {201}));
  }

  @ParameterizedTest(name = "agent answers {0} first")
  @MethodSource("agentScripts")
  void containerRetriesAsTheSdk(Integer[] statuses) throws Exception {
    try (FakeAgent agent = new FakeAgent()) {
      set("aws.containerCredentialsFullUri", agent.base() + "/c");

      bothAgainst(agent, statuses);
    }
  }

  static Stream<Arguments> literalUris() {
    return Stream.of(
            "http://127.0.0.1/c",
            "http://127.9.8.7:1234/c",
            "http://[::1]/c",
            "http://169.254.170.2/c",
            "http://169.254.170.23/c",
            "http://[fd00:ec2::23]/c",
            "http://169.254.169.254/c",
            "http://10.0.0.1/c",
            "http://128.0.0.1/c",
            "https://203.0.113.9/c",
            "HTTPS://203.0.113.9/c",
            "http://[fe80::1]/c")
        .flatMap(uri -> Stream.of(Arguments.of(uri, "IPv4"), Arguments.of(uri, "IPv6")));
  }

  /**
   * The host rules, checked against the SDK's own endpoint check (its internal endpoint provider,
   * called by reflection): IP literals only, so nothing is looked up and nothing is sent by either
   * side.
   */
  @ParameterizedTest(name = "{0} in {1} mode")
  @MethodSource("literalUris")
  void containerHostRulesMatchTheSdk(String uri, String mode) throws Exception {
    set("aws.containerCredentialsFullUri", uri);
    set("aws.ec2MetadataServiceEndpointMode", mode);
    Class<?> endpointProvider =
        Class.forName(
            "software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider$ContainerCredentialsEndpointProvider");
    Constructor<?> constructor = endpointProvider.getDeclaredConstructor(String.class);
    constructor.setAccessible(true);
    Method endpoint = endpointProvider.getMethod("endpoint");
    endpoint.setAccessible(true);
    boolean sdkAllows;
    try {
      endpoint.invoke(constructor.newInstance((Object) null));
      sdkAllows = true;
    } catch (InvocationTargetException e) {
      sdkAllows = false;
    }
    boolean weAllow;
    try {
      ContainerCredentialsProvider.create(Environment.system()).endpointUrl();
      weAllow = true;
    } catch (dev.apigw.core.exception.SdkClientException e) {
      weAllow = false;
    }

    assertThat(weAllow).as("allowed, as the SDK decides").isEqualTo(sdkAllows);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Instance metadata

  private List<String> sdkImdsRun(FakeImds imds) {
    return imdsRun(
        imds,
        () ->
            ours(
                resolveWith(
                    software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider
                        .builder()
                        .build())));
  }

  private List<String> ourImdsRun(FakeImds imds) {
    return imdsRun(
        imds,
        () ->
            InstanceProfileCredentialsProvider.create(
                    Environment.system(), name -> java.util.Optional.empty())
                .resolveCredentials());
  }

  /**
   * The requests of one resolution and its outcome (the credentials' key id and expiration, or
   * "failed").
   */
  private static List<String> imdsRun(
      FakeImds imds, java.util.function.Supplier<Credentials> resolve) {
    int before = imds.requests().size();
    String outcome;
    try {
      Credentials credentials = resolve.get();
      outcome =
          credentials.accessKeyId()
              + " "
              + credentials
                  .sessionToken()
                  .map(token -> token.equals(FakeImds.SESSION_TOKEN))
                  .orElse(false)
              + " "
              + credentials.secretAccessKey().equals(FakeImds.SECRET);
    } catch (RuntimeException e) {
      outcome = "failed";
    }
    List<String> run = new ArrayList<>();
    for (RecordedRequest request : imds.requests().subList(before, imds.requests().size())) {
      run.add(
          request.getMethod()
              + " "
              + request.getTarget()
              + " token="
              + (request.getHeaders().get("x-aws-ec2-metadata-token") != null)
              + " ttl="
              + request.getHeaders().get("x-aws-ec2-metadata-token-ttl-seconds"));
    }
    run.add(outcome);
    return run;
  }

  private void assertSameImdsBehaviour(FakeImds imds) {
    List<String> sdk = sdkImdsRun(imds);
    List<String> mine = ourImdsRun(imds);

    assertThat(mine).isEqualTo(sdk);
  }

  @Test
  void imdsV2() throws Exception {
    try (FakeImds imds = new FakeImds()) {
      set("aws.ec2MetadataServiceEndpoint", imds.endpoint());

      assertSameImdsBehaviour(imds);
      assertThat(ourImdsRun(imds)).last().asString().startsWith("ASIAIMDS");
    }
  }

  @ParameterizedTest(name = "token answer {0}")
  @ValueSource(ints = {400, 401, 403, 404, 405, 500, 503})
  void imdsTokenFailures(int status) throws Exception {
    try (FakeImds imds = new FakeImds()) {
      set("aws.ec2MetadataServiceEndpoint", imds.endpoint());
      imds.answer("PUT /latest/api/token", r -> FakeImds.status(status));

      assertSameImdsBehaviour(imds);
    }
  }

  @ParameterizedTest(name = "token answer {0} with IMDSv1 disabled")
  @ValueSource(ints = {400, 403, 500})
  void imdsTokenFailuresWithV1Disabled(int status) throws Exception {
    try (FakeImds imds = new FakeImds()) {
      set("aws.ec2MetadataServiceEndpoint", imds.endpoint());
      set("aws.disableEc2MetadataV1", "true");
      imds.answer("PUT /latest/api/token", r -> FakeImds.status(status));

      assertSameImdsBehaviour(imds);
      assertThat(ourImdsRun(imds))
          .containsExactly("PUT /latest/api/token token=false ttl=21600", "failed");
    }
  }

  @Test
  void imdsTokenTimeoutFallsBackInBoth() throws Exception {
    try (FakeImds imds = new FakeImds()) {
      set("aws.ec2MetadataServiceEndpoint", imds.endpoint());
      set("aws.ec2MetadataServiceTimeout", "0.3");
      imds.answer("PUT /latest/api/token", r -> FakeImds.stall());

      assertSameImdsBehaviour(imds);
    }
  }

  @ParameterizedTest(name = "disabled = {0}")
  @ValueSource(strings = {"true", "TRUE", "false"})
  void imdsDisabled(String value) throws Exception {
    try (FakeImds imds = new FakeImds()) {
      set("aws.ec2MetadataServiceEndpoint", imds.endpoint());
      set("aws.disableEc2Metadata", value);

      assertSameImdsBehaviour(imds);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "GET /latest/meta-data/iam/security-credentials/",
        "GET /latest/meta-data/iam/security-credentials/" + ROLE
      })
  void imdsGetFailures(String request) throws Exception {
    for (int status : new int[] {401, 404, 500}) {
      try (FakeImds imds = new FakeImds()) {
        set("aws.ec2MetadataServiceEndpoint", imds.endpoint());
        imds.answer(request, r -> FakeImds.status(status));

        assertSameImdsBehaviour(imds);
      }
    }
  }

  @Test
  void imdsExpiredCredentialsAreReturnedByBoth() throws Exception {
    try (FakeImds imds = new FakeImds()) {
      set("aws.ec2MetadataServiceEndpoint", imds.endpoint());
      imds.answer(
          "GET /latest/meta-data/iam/security-credentials/" + ROLE,
          r -> FakeImds.ok(FakeImds.credentials("ASIAOLD", "2001-01-01T00:00:00Z")));

      assertSameImdsBehaviour(imds);
    }
  }

  /**
   * The one known difference: a document without {@code Expiration} makes the SDK's cache fail with
   * a NullPointerException (its stale time is null), in the instance metadata and the container
   * provider alike. Ours loads such credentials and refreshes them after an hour, as the SDK's
   * prefetch time for them intends.
   */
  @Test
  void aDocumentWithoutExpirationBreaksTheSdkButNotUs() throws Exception {
    try (FakeImds imds = new FakeImds()) {
      set("aws.ec2MetadataServiceEndpoint", imds.endpoint());
      imds.answer(
          "GET /latest/meta-data/iam/security-credentials/" + ROLE,
          r ->
              FakeImds.ok(
                  "{\"AccessKeyId\":\"AKIAIMDS\",\"SecretAccessKey\":\""
                      + FakeImds.SECRET
                      + "\"}"));

      assertThatThrownBy(
              () ->
                  resolveWith(
                      software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider
                          .builder()
                          .build()))
          .isInstanceOf(NullPointerException.class);
      assertThat(ourImdsRun(imds)).last().isEqualTo("AKIAIMDS false true");
    }
    try (FakeAgent agent = new FakeAgent()) {
      set("aws.containerCredentialsFullUri", agent.base() + "/c");
      agent.server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              return new MockResponse.Builder()
                  .code(200)
                  .body("{\"AccessKeyId\":\"AKIAAGENT\",\"SecretAccessKey\":\"" + SECRET + "\"}")
                  .build();
            }
          });

      assertThatThrownBy(
              () ->
                  resolveWith(
                      software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider.builder()
                          .build()))
          .isInstanceOf(NullPointerException.class);
      assertThat(ContainerCredentialsProvider.create(Environment.system()).resolveCredentials())
          .isEqualTo(Credentials.of("AKIAAGENT", SECRET));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // credential_process

  private String script(String name, String body) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, ("#!/bin/sh\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file.toString();
  }

  private String printing(String name, String output) throws Exception {
    Path file = dir.resolve(name + ".out");
    Files.write(file, output.getBytes(StandardCharsets.UTF_8));
    return script(name, "cat '" + file + "'");
  }

  static Stream<Arguments> processOutputs() {
    String keys = "\"AccessKeyId\":\"ASIAPROC\",\"SecretAccessKey\":\"" + SECRET + "\"";
    String full =
        "{\"Version\":1,"
            + keys
            + ",\"SessionToken\":\""
            + SESSION_TOKEN
            + "\",\"Expiration\":\"2030-01-01T00:00:00Z\",\"AccountId\":\"123456789012\"}";
    return Stream.of(
        Arguments.of("temporary", full),
        Arguments.of("long-term", "{\"Version\":1," + keys + "}"),
        Arguments.of("expired", full.replace("2030", "2001")),
        Arguments.of("fractional expiration", full.replace("00:00:00Z", "00:00:00.123Z")),
        Arguments.of("version 2", "{\"Version\":2," + keys + "}"),
        Arguments.of("version as text", "{\"Version\":\"1\"," + keys + "}"),
        Arguments.of("version 1.0", "{\"Version\":1.0," + keys + "}"),
        Arguments.of("no version", "{" + keys + "}"),
        Arguments.of("no secret", "{\"Version\":1,\"AccessKeyId\":\"ASIAPROC\"}"),
        Arguments.of(
            "empty key id",
            "{\"Version\":1,\"AccessKeyId\":\"\",\"SecretAccessKey\":\"" + SECRET + "\"}"),
        Arguments.of("array", "[1]"),
        Arguments.of("not JSON", "Version=1"),
        Arguments.of(
            "just under the limit",
            full + " ".repeat(CredentialProcess.OUTPUT_LIMIT_BYTES - 1 - full.length())),
        Arguments.of(
            "at the limit",
            full + " ".repeat(CredentialProcess.OUTPUT_LIMIT_BYTES - full.length())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processOutputs")
  @DisabledOnOs(OS.WINDOWS)
  void processOutputsAsTheSdkReadsThem(String name, String output) throws Exception {
    String command = printing(name.replace(' ', '-'), output);

    assertSameProcessOutcome(command);
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void processNonzeroExit() throws Exception {
    assertSameProcessOutcome(script("fails", "echo 'sso session expired' >&2; exit 2"));
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void processCommandLineThroughTheShell() throws Exception {
    Path file = dir.resolve("with space.json");
    Files.write(
        file,
        ("{\"Version\":1,\"AccessKeyId\":\"ASIAPROC\",\"SecretAccessKey\":\"" + SECRET + "\"}")
            .getBytes(StandardCharsets.UTF_8));

    assertSameProcessOutcome("cat \"" + file + "\" | tr -d '\\n'");
  }

  private static void assertSameProcessOutcome(String command) {
    String sdk;
    try {
      sdk =
          String.valueOf(
              ours(
                  resolveWith(
                      software.amazon.awssdk.auth.credentials.ProcessCredentialsProvider.builder()
                          .command(List.of("sh", "-c", command))
                          .build())));
    } catch (RuntimeException e) {
      sdk = "failed";
    }
    String mine;
    try {
      mine = String.valueOf(CredentialProcess.create().run(command));
    } catch (dev.apigw.core.exception.SdkClientException e) {
      mine = "failed";
    }
    assertThat(mine).isEqualTo(sdk);
  }

  @Test
  void theSdkIsTheVersionThisTestIsAbout() {
    assertThat(software.amazon.awssdk.core.util.VersionInfo.SDK_VERSION).isEqualTo("2.41.18");
  }
}

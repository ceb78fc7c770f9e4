package dev.apigw.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.client.OverridesAndInterceptorsTest.Style;
import dev.apigw.core.client.OverridesAndInterceptorsTest.TestRequest;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.pipeline.AppId;
import dev.apigw.core.internal.pipeline.SdkVersion;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * The app id on the wire: {@code app/<id>} after the SDK's own user agent tokens, from the builder,
 * else {@code sdk.ua.appId}, else {@code AWS_SDK_UA_APP_ID}, else the profile's {@code
 * sdk_ua_app_id} (the AWS SDK for Java v2's order), in both call styles; and the ids refused, by
 * the builder and at {@code build()}.
 */
class AppIdTest {
  private static final Credentials CREDENTIALS =
      Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

  /** Where an app id can be set, each with its own id. */
  enum Source {
    BUILDER("from-builder"),
    PROPERTY("from-property"),
    VARIABLE("from-variable"),
    PROFILE("from-profile");

    final String id;

    Source(String id) {
      this.id = id;
    }
  }

  @TempDir Path home;
  private final MockWebServer server = new MockWebServer();
  private final List<TestClient> clients = new ArrayList<>();
  private final Map<String, String> variables = new HashMap<>();
  private final Map<String, String> properties = new HashMap<>();

  @BeforeEach
  void start() throws IOException {
    variables.put("HOME", home.toString());
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    clients.forEach(TestClient::close);
    server.close();
  }

  static Stream<Arguments> sources() {
    return Stream.of(
        Arguments.of(EnumSet.allOf(Source.class), Source.BUILDER),
        Arguments.of(EnumSet.of(Source.BUILDER, Source.PROFILE), Source.BUILDER),
        Arguments.of(EnumSet.of(Source.PROPERTY, Source.VARIABLE, Source.PROFILE), Source.PROPERTY),
        Arguments.of(EnumSet.of(Source.PROPERTY, Source.PROFILE), Source.PROPERTY),
        Arguments.of(EnumSet.of(Source.VARIABLE, Source.PROFILE), Source.VARIABLE),
        Arguments.of(EnumSet.of(Source.PROFILE), Source.PROFILE),
        Arguments.of(EnumSet.noneOf(Source.class), null));
  }

  @ParameterizedTest(name = "{0} set: {1}")
  @MethodSource("sources")
  void theFirstSourceInTheAwsSdksOrderGivesTheIdBothCallStylesSend(
      Set<Source> set, @Nullable Source winner) throws Exception {
    String expected = SdkVersion.userAgent() + (winner == null ? "" : " app/" + winner.id);
    if (set.contains(Source.PROPERTY)) {
      properties.put("sdk.ua.appId", Source.PROPERTY.id);
    }
    if (set.contains(Source.VARIABLE)) {
      variables.put("AWS_SDK_UA_APP_ID", Source.VARIABLE.id);
    }
    if (set.contains(Source.PROFILE)) {
      config("[default]\nsdk_ua_app_id = " + Source.PROFILE.id + "\n");
    }
    ClientRuntime runtime =
        runtime(
            b -> {
              if (set.contains(Source.BUILDER)) {
                b.appId(Source.BUILDER.id);
              }
            });

    assertThat(userAgentsSent(runtime)).containsExactly(expected, expected);
    assertThat(runtime.userAgent()).isEqualTo(expected);
  }

  @Test
  void theProfilesIdIsTheCurrentProfiles() throws Exception {
    config("[default]\nsdk_ua_app_id = default-app\n[profile ops]\nsdk_ua_app_id = ops-app\n");
    variables.put("AWS_PROFILE", "ops");

    assertThat(userAgentsSent(runtime(b -> {}))).allMatch(ua -> ua.endsWith(" app/ops-app"));
  }

  @Test
  void theIdComesBeforeTheCallersProductToken() throws Exception {
    ClientRuntime runtime = runtime(b -> b.userAgent("my-tool/1.2").appId("orders"));

    assertThat(userAgentsSent(runtime))
        .containsOnly(SdkVersion.userAgent() + " app/orders my-tool/1.2");
  }

  @Test
  void theIdIsTrimmedAndOtherwiseSentAsItIsAsTheAwsSdkSendsIt() throws Exception {
    variables.put("AWS_SDK_UA_APP_ID", "APN_1.1/pc_abc$ team#7 (beta)");

    assertThat(userAgentsSent(runtime(b -> {})))
        .containsOnly(SdkVersion.userAgent() + " app/APN_1.1/pc_abc$ team#7 (beta)");
    assertThat(userAgentsSent(runtime(b -> b.appId("  orders  "))))
        .containsOnly(SdkVersion.userAgent() + " app/orders");
  }

  @Test
  void theBuilderRefusesAnIdThatCannotBeSentNamingAppId() {
    TestClient.Builder builder =
        TestClient.builder((details, fields) -> new ServiceException(details));

    assertThatThrownBy(() -> builder.appId(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("appId must not be null");
    assertThatThrownBy(() -> builder.appId(" \t "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("appId must not be blank");
    assertThatThrownBy(() -> builder.appId("café"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("appId must be printable ASCII; it has an invalid character at index 3");
    assertThatThrownBy(() -> builder.appId(" a\u0007b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("appId must be printable ASCII; it has an invalid character at index 2");
  }

  static Stream<Arguments> badConfiguredIds() {
    return Stream.of(
        Arguments.of(Source.PROPERTY, "the system property sdk.ua.appId"),
        Arguments.of(Source.VARIABLE, "the environment variable AWS_SDK_UA_APP_ID"),
        Arguments.of(Source.PROFILE, "sdk_ua_app_id of profile 'default'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badConfiguredIds")
  void aConfiguredIdThatCannotBeSentFailsBuildNamingWhereItWasSet(Source source, String named)
      throws Exception {
    String bad = "caf\u00e9";
    if (source == Source.PROPERTY) {
      properties.put("sdk.ua.appId", bad);
    } else if (source == Source.VARIABLE) {
      variables.put("AWS_SDK_UA_APP_ID", bad);
    } else {
      config("[default]\nsdk_ua_app_id = " + bad + "\n");
    }

    assertThatThrownBy(() -> runtime(b -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "TestClient builder: "
                + named
                + " must be printable ASCII; it has an invalid character at index 3");
    assertThat(userAgentsSent(runtime(b -> b.appId("given"))))
        .as("the builder's id: the configured one is not read")
        .containsOnly(SdkVersion.userAgent() + " app/given");
  }

  @Test
  void anIdLongerThanFiftyCharactersIsSentWholeWithOneWarning() throws Exception {
    String fifty = "a".repeat(AppId.RECOMMENDED_MAX_LENGTH);
    Logger logger = (Logger) LoggerFactory.getLogger(AppId.class);
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    logger.addAppender(lines);
    try {
      ClientRuntime atTheLimit = runtime(b -> b.appId(fifty));
      assertThat(lines.list).isEmpty();

      variables.put("AWS_SDK_UA_APP_ID", fifty + "b");
      ClientRuntime over = runtime(b -> {});

      assertThat(userAgentsSent(atTheLimit)).allMatch(ua -> ua.endsWith(" app/" + fifty));
      assertThat(userAgentsSent(over)).allMatch(ua -> ua.endsWith(" app/" + fifty + "b"));
      assertThat(lines.list).hasSize(1);
      assertThat(lines.list.get(0).getLevel()).isEqualTo(Level.WARN);
      assertThat(lines.list.get(0).getFormattedMessage())
          .contains(fifty + "b", "the environment variable AWS_SDK_UA_APP_ID", "51", "50");
    } finally {
      logger.detachAppender(lines);
    }
  }

  /** The user agents of one blocking and one asynchronous call. */
  private List<String> userAgentsSent(ClientRuntime runtime) throws InterruptedException {
    List<String> sent = new ArrayList<>();
    for (Style style : Style.values()) {
      server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      style.call(runtime, new TestRequest(null));
      sent.add(server.takeRequest().getHeaders().get("User-Agent"));
    }
    return sent;
  }

  private void config(String text) throws IOException {
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(home.resolve(".aws/config"), text);
  }

  private ClientRuntime runtime(Consumer<TestClient.Builder> customize) {
    TestClient.Builder builder =
        TestClient.builder((details, fields) -> new ServiceException(details))
            .region("us-east-1")
            .endpoint(URI.create("http://127.0.0.1:" + server.getPort()))
            .credentials(CREDENTIALS);
    customize.accept(builder);
    TestClient client = builder.buildWith(Environment.of(variables, properties));
    clients.add(client);
    return client.runtime();
  }
}

package dev.apigw.core.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.apigw.core.internal.Environment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * No property value, nor any other text of a file's lines, shows in an exception message,
 * toString() or a log.
 */
class ProfileFileSecrecyTest {
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

  private final Logger log = (Logger) LoggerFactory.getLogger("dev.apigw.profile");
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private Level previousLevel;

  @BeforeEach
  void captureLogs() {
    previousLevel = log.getLevel();
    log.setLevel(Level.DEBUG);
    log.setAdditive(false);
    lines.start();
    log.addAppender(lines);
  }

  @AfterEach
  void releaseLogs() {
    log.detachAppender(lines);
    log.setAdditive(true);
    log.setLevel(previousLevel);
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("a value before any section", "aws_secret_access_key = " + SECRET + "\n"),
        Arguments.of("a secret alone on a line", "[default]\n" + SECRET + "\n"),
        Arguments.of("a secret with no name", "[default]\n= " + SECRET + "\n"),
        Arguments.of(
            "a secret as a continuation with nothing to continue", "[default]\n  " + SECRET + "\n"),
        Arguments.of(
            "a secret as a sub-property without '='", "[default]\ns3 =\n  " + SECRET + "\n"),
        Arguments.of(
            "a secret as a sub-property with no name", "[default]\ns3 =\n  = " + SECRET + "\n"),
        Arguments.of("a secret in an unclosed header", "[profile " + SECRET + "\n"),
        Arguments.of(
            "a secret after a well-formed profile",
            "[default]\naws_secret_access_key = " + SECRET + "\n" + SECRET + "\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedFilesFailWithoutShowingTheirText(String description, String text) {
    Throwable inConfig = catchThrowable(() -> ProfileFile.parse(text, ""));
    Throwable inCredentials = catchThrowable(() -> ProfileFile.parse("", text));

    assertThat(inConfig).isNotNull();
    assertThat(inCredentials).isNotNull();
    assertNoSecret(inConfig);
    assertNoSecret(inCredentials);
    assertNoSecretLogged();
  }

  @Test
  void aMalformedFileOnDiskFailsWithItsPathButNotItsText(@TempDir Path home) throws IOException {
    Path credentials = home.resolve(".aws/credentials");
    Files.createDirectories(credentials.getParent());
    Files.write(
        credentials,
        ("[default]\naws_secret_access_key = " + SECRET + "\n" + SECRET + "\n")
            .getBytes(StandardCharsets.UTF_8));

    Throwable failure =
        catchThrowable(
            () -> ProfileFile.load(Environment.of(Map.of("HOME", home.toString()), Map.of())));

    assertThat(failure).hasMessageContaining(credentials.toString()).hasMessageContaining("line 3");
    assertNoSecret(failure);
  }

  @Test
  void toStringShowsNamesOnly() {
    ProfileFile file =
        ProfileFile.parse(
            "[default]\nregion = us-east-1\ns3 =\n  token = "
                + SECRET
                + "\n[sso-session corp]\nsso_start_url = "
                + SECRET
                + "\n[services local]\napigatewayv2 =\n  endpoint_url = "
                + SECRET
                + "\n",
            "[default]\naws_secret_access_key = "
                + SECRET
                + "\naws_session_token = "
                + SECRET
                + "\n");

    assertThat(file.toString()).doesNotContain(SECRET).contains("default", "corp", "local");
    assertThat(file.profile("default").orElseThrow().toString())
        .doesNotContain(SECRET)
        .doesNotContain("us-east-1")
        .contains("aws_secret_access_key", "s3.token");
    assertThat(file.ssoSession("corp").orElseThrow().toString()).doesNotContain(SECRET);
    assertThat(file.services("local").orElseThrow().toString()).doesNotContain(SECRET);
  }

  @Test
  void warningsNameLinesAndPropertiesButNoValues() {
    ProfileFile.parse(
        "[default]\nkey = "
            + SECRET
            + "\nkey = "
            + SECRET
            + "\nbad name = "
            + SECRET
            + "\n[not-a-profile]\n"
            + "key = "
            + SECRET
            + "\n[profile bad!]\nkey = "
            + SECRET
            + "\n[profile default]\nkey = "
            + SECRET
            + "\n[default]\nkey = "
            + SECRET
            + "\n",
        "[sso-session x]\nkey = " + SECRET + "\n[profile x]\nkey = " + SECRET + "\n");

    assertThat(lines.list).hasSizeGreaterThanOrEqualTo(7);
    assertThat(lines.list)
        .anySatisfy(line -> assertThat(line.getFormattedMessage()).contains("'key'", "line 3"));
    assertNoSecretLogged();
  }

  private static void assertNoSecret(Throwable failure) {
    for (Throwable each = failure; each != null; each = each.getCause()) {
      assertThat(String.valueOf(each.getMessage())).doesNotContain(SECRET);
      assertThat(each.toString()).doesNotContain(SECRET);
    }
  }

  private void assertNoSecretLogged() {
    for (ILoggingEvent line : lines.list) {
      assertThat(line.getFormattedMessage()).doesNotContain(SECRET);
    }
  }
}

package dev.apigw.core.credentials.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.Environment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisabledOnOs(OS.WINDOWS)
class CredentialProcessTest {
  private static final String SECRET = "processSecretEXAMPLE/K7MDENG+bPxRfiCY";
  private static final String SESSION_TOKEN = "IQoJprocessSESSIONtokenEXAMPLE";

  @TempDir Path dir;
  private final CredentialProcess process =
      CredentialProcess.create(Environment.of(Map.of(), Map.of()), Duration.ofSeconds(20));

  /** Writes an executable shell script and returns its path. */
  private String script(String name, String body) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, ("#!/bin/sh\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file.toString();
  }

  /**
   * A script that prints {@code json} (written to a file beside it, so no shell quoting gets in the
   * way).
   */
  private String printing(String name, String json) throws IOException {
    Path output = dir.resolve(name + ".json");
    Files.write(output, json.getBytes(StandardCharsets.UTF_8));
    return script(name, "cat '" + output + "'");
  }

  private static String document(String extra) {
    return "{\"Version\": 1, \"AccessKeyId\": \"ASIAPROC\", \"SecretAccessKey\": \""
        + SECRET
        + "\""
        + extra
        + "}";
  }

  @Test
  void readsTemporaryCredentials() throws Exception {
    String command =
        printing(
            "valid",
            document(
                ", \"SessionToken\": \""
                    + SESSION_TOKEN
                    + "\", \"Expiration\": \"2026-06-01T12:00:00Z\", \"AccountId\": \"123456789012\""));

    Credentials credentials = process.run(command);

    assertThat(credentials)
        .isEqualTo(
            Credentials.of(
                "ASIAPROC", SECRET, SESSION_TOKEN, Instant.parse("2026-06-01T12:00:00Z")));
  }

  @Test
  void readsLongTermCredentials() throws Exception {
    assertThat(process.run(printing("long", document(""))))
        .isEqualTo(Credentials.of("ASIAPROC", SECRET));
  }

  @Test
  void expiredCredentialsAreReturnedAsTheyAre() throws Exception {
    String command =
        printing(
            "expired",
            document(
                ", \"SessionToken\": \""
                    + SESSION_TOKEN
                    + "\", \"Expiration\": \"2001-01-01T00:00:00Z\""));

    assertThat(process.run(command).expiration()).contains(Instant.parse("2001-01-01T00:00:00Z"));
  }

  @Test
  void theCommandLineGoesThroughTheShell() throws Exception {
    Path output = dir.resolve("out with space.json");
    Files.write(output, document("").getBytes(StandardCharsets.UTF_8));
    String command = "cat \"" + output + "\" | tr -d '\\n'";

    assertThat(process.run(command).accessKeyId()).isEqualTo("ASIAPROC");
    assertThat(process.command(command)).containsExactly("sh", "-c", command);
  }

  @Test
  void windowsUsesCmdExe() {
    CredentialProcess onWindows =
        CredentialProcess.create(
            Environment.of(Map.of(), Map.of("os.name", "Windows 11")), Duration.ofSeconds(1));

    assertThat(onWindows.command("tool.exe --profile x"))
        .containsExactly("cmd.exe", "/C", "tool.exe --profile x");
  }

  static Stream<Arguments> badVersions() {
    return Stream.of(
        Arguments.of("\"Version\": 2,", "2"),
        Arguments.of("\"Version\": \"1\",", "\"1\""),
        Arguments.of("\"Version\": 1.0,", "1.0"),
        Arguments.of("\"Version\": null,", "null"),
        Arguments.of("", "absent"));
  }

  @ParameterizedTest(name = "Version {1}")
  @MethodSource("badVersions")
  void onlyTheNumberOneIsASupportedVersion(String version, String shown) throws Exception {
    String command =
        printing(
            "version",
            "{"
                + version
                + " \"AccessKeyId\": \"ASIAPROC\", \"SecretAccessKey\": \""
                + SECRET
                + "\"}");

    assertThatThrownBy(() -> process.run(command))
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("unsupported credentials Version: " + shown)
        .satisfies(CredentialProcessTest::assertNoSecret);
  }

  static Stream<Arguments> missingMembers() {
    return Stream.of(
        Arguments.of("{\"Version\": 1, \"SecretAccessKey\": \"" + SECRET + "\"}", "AccessKeyId"),
        Arguments.of(
            "{\"Version\": 1, \"AccessKeyId\": \"\", \"SecretAccessKey\": \"" + SECRET + "\"}",
            "AccessKeyId"),
        Arguments.of(
            "{\"Version\": 1, \"AccessKeyId\": \"ASIA\", \"SessionToken\": \""
                + SESSION_TOKEN
                + "\"}",
            "SecretAccessKey"),
        Arguments.of(
            "{\"Version\": 1, \"AccessKeyId\": \"ASIA\", \"SecretAccessKey\": \"  \"}",
            "SecretAccessKey"));
  }

  @ParameterizedTest(name = "no {1}")
  @MethodSource("missingMembers")
  void bothKeysAreRequired(String json, String missing) throws Exception {
    String command = printing("missing", json);

    assertThatThrownBy(() -> process.run(command))
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("printed no " + missing)
        .satisfies(CredentialProcessTest::assertNoSecret);
  }

  @Test
  void aBadExpirationIsAnError() throws Exception {
    String command = printing("badexp", document(", \"Expiration\": \"next tuesday\""));

    assertThatThrownBy(() -> process.run(command))
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("\"next tuesday\"");
  }

  @ParameterizedTest(name = "garbage #{index}")
  @MethodSource("garbage")
  void garbageIsAnErrorThatDoesNotRepeatIt(String output) throws Exception {
    String command = printing("garbage", output);

    assertThatThrownBy(() -> process.run(command))
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("did not print a JSON object")
        .satisfies(CredentialProcessTest::assertNoSecret);
  }

  static Stream<String> garbage() {
    return Stream.of(
        "",
        "SecretAccessKey=" + SECRET,
        "[\"" + SECRET + "\"]",
        document("") + " trailing " + SECRET,
        "{\"SecretAccessKey\": " + SECRET + "}",
        "{\"SecretAccessKey\": \"" + SECRET + "\"");
  }

  @Test
  void aNonzeroExitShowsTheCodeAndTheStartOfStandardError() throws Exception {
    String command =
        script(
            "fails",
            "echo 'token expired: run aws sso login' >&2\necho '" + document("") + "'\nexit 3");

    assertThatThrownBy(() -> process.run(command))
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("exited with code 3")
        .hasMessageContaining("token expired: run aws sso login")
        .satisfies(CredentialProcessTest::assertNoSecret);
  }

  @Test
  void aNonzeroExitWithoutStandardErrorSaysSo() throws Exception {
    assertThatThrownBy(() -> process.run(script("quiet", "exit 1")))
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("exited with code 1 and wrote nothing to standard error");
  }

  @Test
  void longStandardErrorIsCut() throws Exception {
    String command =
        script(
            "chatty",
            "i=0; while [ $i -lt 3000 ]; do echo \"line $i of a long complaint\" >&2;"
                + " i=$((i+1)); done; exit 2");

    assertThatThrownBy(() -> process.run(command))
        .isInstanceOf(SdkClientException.class)
        .satisfies(
            e ->
                assertThat(e.getMessage().length())
                    .isLessThan(CredentialProcess.STDERR_EXCERPT_CHARS + 300));
  }

  @Test
  void muchStandardErrorDoesNotBlockTheProcess() throws Exception {
    Path output = dir.resolve("ok.json");
    Files.write(output, document("").getBytes(StandardCharsets.UTF_8));
    String command =
        script("noisy", "head -c 300000 /dev/zero | tr '\\0' 'x' >&2\ncat '" + output + "'");

    assertThat(process.run(command).accessKeyId()).isEqualTo("ASIAPROC");
  }

  @Test
  void outputJustUnderTheLimitIsRead() throws Exception {
    String json = document("");
    String padded = json + " ".repeat(CredentialProcess.OUTPUT_LIMIT_BYTES - 1 - json.length());

    assertThat(process.run(printing("under", padded)).accessKeyId()).isEqualTo("ASIAPROC");
  }

  @Test
  void outputAtTheLimitIsRefusedAsTheSdkRefusesIt() throws Exception {
    String json = document("");
    String padded = json + " ".repeat(CredentialProcess.OUTPUT_LIMIT_BYTES - json.length());

    assertThatThrownBy(() -> process.run(printing("at", padded)))
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("64000 bytes or more")
        .satisfies(CredentialProcessTest::assertNoSecret);
  }

  @Test
  void endlessOutputIsStoppedQuickly() throws Exception {
    long started = System.nanoTime();

    assertThatThrownBy(() -> process.run("yes " + SECRET))
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("64000 bytes or more")
        .satisfies(CredentialProcessTest::assertNoSecret);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aHangingProcessIsKilledAfterTheTimeout() throws Exception {
    Path pidFile = dir.resolve("pid");
    String command =
        script("hangs", "echo $$ > '" + pidFile + "'\nsleep 30\necho '" + document("") + "'");
    CredentialProcess impatient =
        CredentialProcess.create(Environment.of(Map.of(), Map.of()), Duration.ofMillis(500));
    long started = System.nanoTime();

    assertThatThrownBy(() -> impatient.run(command))
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("did not finish within 500 ms");

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    long pid =
        Long.parseLong(new String(Files.readAllBytes(pidFile), StandardCharsets.US_ASCII).trim());
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }

  @Test
  void standardInputIsClosedSoAPromptDoesNotHang() throws Exception {
    Path output = dir.resolve("ok.json");
    Files.write(output, document("").getBytes(StandardCharsets.UTF_8));
    String command = script("prompts", "read answer\ncat '" + output + "'");

    assertThat(process.run(command).accessKeyId()).isEqualTo("ASIAPROC");
  }

  @Test
  void messagesNameOnlyTheProgramNotItsArguments() throws Exception {
    String command = script("tool", "exit 4") + " --password hunter2";

    assertThatThrownBy(() -> process.run(command))
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining(dir.resolve("tool").toString())
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void aMissingProgramIsANonzeroExit() {
    assertThatThrownBy(() -> process.run(dir.resolve("absent").toString()))
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("exited with code 127");
  }

  @Test
  void theTimeoutMustBePositive() {
    assertThatThrownBy(() -> CredentialProcess.create(Environment.system(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeout");
    assertThat(CredentialProcess.DEFAULT_TIMEOUT).isEqualTo(Duration.ofSeconds(60));
    assertThat(CredentialProcess.create().toString())
        .isEqualTo("CredentialProcess{timeout=60000 ms}");
  }

  @Test
  void cachedOnTheProcessPolicyTheProcessRunsAgain15SecondsBeforeExpiry() throws Exception {
    String command =
        printing(
            "cached",
            document(
                ", \"SessionToken\": \""
                    + SESSION_TOKEN
                    + "\", \"Expiration\": \"2026-06-01T12:00:00Z\""));
    Path counter = dir.resolve("count");
    String counting = "echo x >> '" + counter + "'; " + command;
    MutableClock clock = new MutableClock(Instant.parse("2026-06-01T11:00:00Z"));
    CachedCredentials cache =
        CachedCredentials.of(
            "test process", () -> process.run(counting), clock, RefreshPolicy.process(() -> 0));
    cache.resolveCredentials();
    clock.set(Instant.parse("2026-06-01T11:59:44Z"));
    cache.resolveCredentials();
    assertThat(Files.readAllLines(counter)).hasSize(1);

    clock.set(Instant.parse("2026-06-01T11:59:45Z"));
    cache.resolveCredentials();

    assertThat(Files.readAllLines(counter)).hasSize(2);
  }

  static void assertNoSecret(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage()))
          .doesNotContain(SECRET)
          .doesNotContain(SESSION_TOKEN);
    }
    assertThat(List.of(e.getSuppressed())).isEmpty();
  }
}

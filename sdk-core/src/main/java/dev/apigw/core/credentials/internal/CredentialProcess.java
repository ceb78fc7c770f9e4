package dev.apigw.core.credentials.internal;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.lang.Arguments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Runs a profile's {@code credential_process} command line and reads the credentials it prints, as
 * the AWS SDK for Java v2 (2.41.18) does: the whole line goes to {@code sh -c} ({@code cmd.exe /C}
 * on Windows), so the shell splits and quotes it; standard output must be shorter than 64,000 bytes
 * (the SDK's limit) and hold one JSON object with {@code "Version": 1} (the number), {@code
 * AccessKeyId}, {@code SecretAccessKey} and optionally {@code SessionToken} and an ISO-8601 {@code
 * Expiration}; {@code AccountId} and other members are ignored. A nonzero exit is an error that
 * shows the exit code and the start of what the process wrote to standard error.
 *
 * <p>Beyond the SDK, which waits for the process as long as it takes: a process still running after
 * the timeout (60 seconds unless another is given) is killed, with its children, and the run fails;
 * its standard input is closed at once, so a command that asks for input fails instead of hanging;
 * and standard error is read while the process runs, so a chatty process cannot fill the pipe and
 * block.
 *
 * <p>Credentials that have already expired are returned as they are (the SDK does not refuse them
 * either); the {@link CachedCredentials} around a provider, on {@link RefreshPolicy#process()},
 * decides when to run the process again. No message ever contains the secret key or the session
 * token; messages name only the program, the first word of the command line, since the rest may
 * hold arguments the user would rather not see in logs. Thread-safe.
 */
public final class CredentialProcess {
  /** How long a run may take before the process is killed. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /** The SDK's limit: standard output must be shorter than this many bytes. */
  public static final int OUTPUT_LIMIT_BYTES = 64_000;

  static final int STDERR_EXCERPT_CHARS = 1000;
  private static final int STDERR_KEPT_BYTES = 4096;

  private final Environment environment;
  private final Duration timeout;

  private CredentialProcess(Environment environment, Duration timeout) {
    this.environment = environment;
    this.timeout = timeout;
  }

  /** Runs processes in this JVM's environment with the default timeout. */
  public static CredentialProcess create() {
    return create(Environment.system(), DEFAULT_TIMEOUT);
  }

  /**
   * Runs processes with {@code timeout}; {@code environment} tells the operating system ({@code
   * os.name}), which picks the shell.
   */
  public static CredentialProcess create(Environment environment, Duration timeout) {
    Arguments.requireNonNull(environment, "environment");
    Arguments.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    return new CredentialProcess(environment, timeout);
  }

  /**
   * The argument list the command line runs as: {@code sh -c <line>}, or {@code cmd.exe /C <line>}
   * on Windows.
   */
  List<String> command(String commandLine) {
    boolean windows =
        environment
            .property("os.name")
            .map(name -> name.toLowerCase(Locale.ROOT).startsWith("windows"))
            .orElse(false);
    return windows ? List.of("cmd.exe", "/C", commandLine) : List.of("sh", "-c", commandLine);
  }

  /**
   * Runs {@code commandLine} and returns the credentials it printed. Fails with {@link
   * SdkClientException} when the process cannot be started, times out, exits with a nonzero code,
   * prints too much or prints something else than a version 1 credentials object.
   */
  public Credentials run(String commandLine) {
    Arguments.requireNonBlank(commandLine, "commandLine");
    String program = "credential_process '" + programOf(commandLine) + "'";
    Process process;
    try {
      process = new ProcessBuilder(command(commandLine)).start();
    } catch (IOException | RuntimeException e) {
      throw new SdkClientException(
          program + " could not be started: " + e.getClass().getSimpleName(), e);
    }
    closeQuietly(process);
    Drain stdout =
        new Drain(process.getInputStream(), OUTPUT_LIMIT_BYTES, () -> kill(process), "stdout");
    Drain stderr = new Drain(process.getErrorStream(), STDERR_KEPT_BYTES, null, "stderr");
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      boolean exited = process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
      if (!exited && !stdout.overflowed()) {
        kill(process);
        throw new SdkClientException(
            program + " did not finish within " + timeout.toMillis() + " ms and was stopped");
      }
      long left = Math.max(deadline - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(100));
      if (!stdout.await(left) || !stderr.await(TimeUnit.MILLISECONDS.toNanos(100))) {
        kill(process);
        if (!stdout.finished()) {
          throw new SdkClientException(
              program
                  + " exited but its standard output stayed open (a child process"
                  + " kept it) past the timeout of "
                  + timeout.toMillis()
                  + " ms");
        }
      }
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      throw new SdkClientException(program + " was stopped: the calling thread was interrupted", e);
    }
    if (stdout.overflowed()) {
      throw new SdkClientException(
          program
              + " wrote "
              + OUTPUT_LIMIT_BYTES
              + " bytes or more to standard output;"
              + " credentials must be shorter");
    }
    int exitCode = process.exitValue();
    if (exitCode != 0) {
      String errors = excerpt(stderr.text());
      throw new SdkClientException(
          program
              + " exited with code "
              + exitCode
              + (errors.isEmpty() ? " and wrote nothing to standard error" : ": " + errors));
    }
    return parse(stdout.text(), program);
  }

  /** The credentials in a process's output, by the rules above. */
  static Credentials parse(String output, String program) {
    CredentialsJson json;
    try {
      json = CredentialsJson.parse(output);
    } catch (CredentialsJson.MalformedException e) {
      throw new SdkClientException(
          program + " did not print a JSON object of credentials: " + e.getMessage());
    }
    if (!json.number("Version").map("1"::equals).orElse(false)) {
      throw new SdkClientException(
          program
              + " printed an unsupported credentials Version: "
              + json.describe("Version", true)
              + " (expected the number 1)");
    }
    return json.credentials(program, "printed", "SessionToken");
  }

  private static String programOf(String commandLine) {
    String trimmed = commandLine.trim();
    int end = 0;
    if (trimmed.startsWith("\"") || trimmed.startsWith("'")) {
      int close = trimmed.indexOf(trimmed.charAt(0), 1);
      return close > 0 ? trimmed.substring(1, close) : trimmed.substring(1);
    }
    while (end < trimmed.length() && !Character.isWhitespace(trimmed.charAt(end))) {
      end++;
    }
    return trimmed.substring(0, end);
  }

  private static String excerpt(String text) {
    String oneLine = text.strip().replace("\r\n", " | ").replace('\n', ' ').replace('\r', ' ');
    return oneLine.length() <= STDERR_EXCERPT_CHARS
        ? oneLine
        : oneLine.substring(0, STDERR_EXCERPT_CHARS) + "...";
  }

  private static void closeQuietly(Process process) {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // the process may have exited already
    }
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  @Override
  public String toString() {
    return "CredentialProcess{timeout=" + timeout.toMillis() + " ms}";
  }

  /**
   * Reads one of the process's streams on a daemon thread, keeping up to {@code limit} bytes. With
   * an {@code onOverflow} action, reaching the limit stops the reading and runs the action;
   * without, the rest is read and dropped.
   */
  private static final class Drain implements Runnable {
    private final InputStream in;
    private final int limit;
    private final @Nullable Runnable onOverflow;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final Thread thread;
    private volatile boolean overflowed;
    private volatile boolean finished;

    Drain(InputStream in, int limit, @Nullable Runnable onOverflow, String name) {
      this.in = in;
      this.limit = limit;
      this.onOverflow = onOverflow;
      this.thread = new Thread(this, "apigw-credential-process-" + name);
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public void run() {
      byte[] buffer = new byte[4096];
      long total = 0;
      try (InputStream stream = in) {
        for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
          total += n;
          synchronized (kept) {
            int room = limit - kept.size();
            if (room > 0) {
              kept.write(buffer, 0, Math.min(room, n));
            }
          }
          if (total >= limit && onOverflow != null) {
            overflowed = true;
            onOverflow.run();
            return;
          }
        }
      } catch (IOException e) {
        // the stream ended with the process
      } finally {
        finished = true;
      }
    }

    boolean overflowed() {
      return overflowed;
    }

    boolean finished() {
      return finished;
    }

    boolean await(long nanos) throws InterruptedException {
      thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos)));
      return finished;
    }

    String text() {
      synchronized (kept) {
        return new String(kept.toByteArray(), StandardCharsets.UTF_8);
      }
    }
  }
}

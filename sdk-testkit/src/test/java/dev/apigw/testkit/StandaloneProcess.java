package dev.apigw.testkit;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.http.ProxyConfiguration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The standalone emulator as users run it: its own JVM, started with command-line flags, reached
 * over HTTP at the endpoint its first line announces.
 */
public final class StandaloneProcess implements AutoCloseable {
  private static final String LISTENING = "Listening on ";

  private final Process process;
  private final String endpoint;

  private StandaloneProcess(Process process, String endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  /** Starts the emulator with {@code flags} and waits until it listens. */
  public static StandaloneProcess start(String... flags) {
    return listening(launch(flags));
  }

  /**
   * Starts {@code java -jar jar} (the standalone jar) with {@code flags} and waits until it
   * listens.
   */
  public static StandaloneProcess startJar(Path jar, List<String> flags) {
    List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
    command.addAll(flags);
    try {
      return listening(new ProcessBuilder(command).redirectErrorStream(true).start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static StandaloneProcess listening(Process process) {
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      if (first == null || !first.startsWith(LISTENING)) {
        process.destroyForcibly();
        throw new IllegalStateException("the standalone emulator did not start: " + first);
      }
      return new StandaloneProcess(process, first.substring(LISTENING.length()));
    } catch (IOException e) {
      process.destroyForcibly();
      throw new UncheckedIOException(e);
    }
  }

  /** The emulator's process with {@code flags}, its standard error merged into its output. */
  public static Process launch(String... flags) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ApiGatewayV2Emulator.class.getName());
    command.addAll(List.of(flags));
    try {
      return new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Where it listens, such as {@code http://127.0.0.1:40123}. */
  public String endpoint() {
    return endpoint;
  }

  /** Our client, pointed at it without a proxy; the caller closes it. */
  public ApiGatewayV2Client newClient() {
    return ApiGatewayV2Client.builder()
        .region("us-east-1")
        .endpoint(URI.create(endpoint))
        .credentials(Credentials.of("AKIDSTANDALONE", "standalone-secret"))
        .proxyConfiguration(ProxyConfiguration.none())
        .build();
  }

  /** Whether the process still runs. */
  public boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}

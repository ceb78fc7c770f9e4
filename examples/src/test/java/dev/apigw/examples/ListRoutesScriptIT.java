package dev.apigw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.auth.Credentials;
import dev.apigw.model.ProtocolType;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/scripts/list-routes.java} run as the README's "In a script" shows, with Java's
 * source launcher on sdk-client's packaged jar and its runtime classpath (after {@code package},
 * hence failsafe), against an emulator with more routes than a page holds; and its JBang header at
 * the project's version.
 */
class ListRoutesScriptIT {
  private static final Path PROJECT = Path.of(System.getProperty("apigw.project.dir", ".."));
  private static final String VERSION = System.getProperty("apigw.version", "0.1.0-SNAPSHOT");
  private static final Path SCRIPT = PROJECT.resolve("examples/scripts/list-routes.java");
  private static final Credentials KEYS = Credentials.of("AKIDSCRIPT", "script-secret");

  @Test
  void listsEveryRouteOfTheApiPageByPage() throws Exception {
    try (ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.builder().credentials(KEYS).start()) {
      ApiGatewayV2Client client = emulator.client();
      String apiId =
          client
              .createApi(b -> b.name("scripted").protocolType(ProtocolType.HTTP))
              .apiId()
              .orElseThrow();
      Map<String, String> created = new TreeMap<>();
      for (String key : List.of("GET /a", "GET /b", "POST /b", "GET /c/{id}", "$default")) {
        created.put(
            client.createRoute(b -> b.apiId(apiId).routeKey(key)).routeId().orElseThrow(), key);
      }
      client.createApi(b -> b.name("another").protocolType(ProtocolType.HTTP));

      Run run =
          script(List.of(apiId, "--endpoint", emulator.endpoint().toString(), "--page-size", "2"));

      assertThat(run.exitCode).as(run.err).isZero();
      Map<String, String> listed = new TreeMap<>();
      for (String line : run.out.split("\n")) {
        String[] fields = line.split("\t", 2);
        listed.put(fields[0], fields[1]);
      }
      assertThat(listed).isEqualTo(created);
      assertThat(run.err).contains("page 1: 2 routes", "page 2: 2 routes", "page 3: 1 routes");
      assertThat(emulator.operationCounts().get("GetRoutes")).isEqualTo(3);
    }
  }

  @Test
  void refusesAMissingApiIdWithItsUsage() throws Exception {
    Run run = script(List.of("--page-size", "2"));

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("usage: list-routes.java <apiId>");
  }

  @Test
  void theJBangHeaderNamesTheClientAtTheProjectsVersion() throws IOException {
    String source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
    Matcher deps = Pattern.compile("(?m)^//DEPS dev\\.apigw:sdk-client:(\\S+)$").matcher(source);

    assertThat(deps.find()).as("a //DEPS line for sdk-client").isTrue();
    assertThat(deps.group(1)).isEqualTo(VERSION);
    assertThat(source).containsPattern("(?m)^//JAVA 17\\+$");
  }

  @Test
  void theReadmeRunsItAsThisTestDoes() throws IOException {
    String readme = Files.readString(PROJECT.resolve("README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("\n### In a script\n"));
    section = section.substring(0, section.indexOf("\n#", 1));

    assertThat(section)
        .contains(
            "java -cp \"sdk-client/target/sdk-client-"
                + VERSION
                + ".jar:$(cat sdk-client/target/runtime-classpath.txt)\" \\\n"
                + "    examples/scripts/list-routes.java ",
            "jbang examples/scripts/list-routes.java ");
  }

  /** The script through the source launcher, on the classpath the README gives. */
  private static Run script(List<String> args) throws IOException, InterruptedException {
    Path client = PROJECT.resolve("sdk-client/target/sdk-client-" + VERSION + ".jar");
    Path classpath = PROJECT.resolve("sdk-client/target/runtime-classpath.txt");
    assertThat(client).as("built by mvn package").isRegularFile();
    assertThat(classpath).as("written by sdk-client's build").isRegularFile();

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(client + File.pathSeparator + Files.readString(classpath).strip());
    command.add(SCRIPT.toString());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.keySet()
        .removeIf(
            name ->
                name.startsWith("AWS_")
                    || name.equalsIgnoreCase("http_proxy")
                    || name.equalsIgnoreCase("https_proxy"));
    env.put("AWS_ACCESS_KEY_ID", KEYS.accessKeyId());
    env.put("AWS_SECRET_ACCESS_KEY", KEYS.secretAccessKey());
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_CONFIG_FILE", "/dev/null");
    env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    Path err = Files.createTempFile("list-routes", ".err");
    Process process = builder.redirectError(err.toFile()).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("the script did not end: " + command);
    }
    return new Run(process.exitValue(), out, Files.readString(err));
  }

  private static final class Run {
    final int exitCode;
    final String out;
    final String err;

    Run(int exitCode, String out, String err) {
      this.exitCode = exitCode;
      this.out = out;
      this.err = err;
    }
  }
}

package dev.apigw.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.ProtocolType;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code sdk-testkit-<version>-standalone.jar} as a user gets it, run with {@code java -jar} after
 * {@code package} (failsafe): its help, its contents, the README's AWS CLI and boto3 blocks run
 * against it, and the README's single-file script listing routes on it. The tests that need {@code
 * aws} or boto3 skip, saying so, when they are absent.
 */
class StandaloneJarIT {
  private static final Path PROJECT = Path.of(System.getProperty("apigw.project.dir", ".."));
  private static final String VERSION = System.getProperty("apigw.version", "0.1.0-SNAPSHOT");
  private static final Path JAR =
      PROJECT.resolve("sdk-testkit/target/sdk-testkit-" + VERSION + "-standalone.jar");
  private static final Path README = PROJECT.resolve("README.md");
  private static final String SECTION = "### Run the emulator on its own";
  private static final String README_ENDPOINT = "http://127.0.0.1:4566";
  private static final String SHADED = "dev/apigw/testkit/shaded/";

  /** What the jar relocates, by original package, to its place under {@link #SHADED}. */
  private static final Map<String, String> RELOCATED =
      Map.of(
          "okhttp3/", "okhttp3/",
          "mockwebserver3/", "mockwebserver3/",
          "okio/", "okio/",
          "kotlin/", "kotlin/",
          "com/fasterxml/jackson/", "jackson/",
          "org/yaml/snakeyaml/", "snakeyaml/",
          "org/slf4j/", "slf4j/",
          "org/jspecify/", "jspecify/");

  @Test
  void helpListsEveryFlagAndStartsNothing() throws Exception {
    ToolRun help = ToolRun.of(List.of(java(), "-jar", JAR.toString(), "--help"), Map.of());

    assertThat(help.exitCode).as(help.output).isZero();
    assertThat(help.output)
        .as("the same help as the classpath's, and nothing else (no logging noise)")
        .isEqualTo(StandaloneHelpTest.help());
  }

  @Test
  void holdsOnlyTheProjectsPackagesAndTheRelocatedOnes() throws IOException {
    assertThat(JAR).as("built by mvn package").isRegularFile();
    Set<String> outside = new TreeSet<>();
    Set<String> unrelocated = new TreeSet<>();
    Set<String> shadedRoots = new TreeSet<>();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo(ApiGatewayV2Emulator.class.getName());
      for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
        String name = entry.getName();
        if (name.startsWith(SHADED) && name.length() > SHADED.length()) {
          shadedRoots.add(name.substring(SHADED.length()).replaceAll("/.*", "/"));
        } else if (!name.startsWith("META-INF/")
            && !name.equals("dev/")
            && !name.equals("dev/apigw/")
            && !name.matches("dev/apigw/(core|model|client|testkit)/.*")) {
          outside.add(name);
        }
        if (name.matches("META-INF/.*\\.(SF|DSA|RSA|EC)")) {
          outside.add(name + " (a signature)");
        }
        if (name.endsWith(".class")) {
          for (String reference : ClassReferences.of(jar.getInputStream(entry).readAllBytes())) {
            boolean thirdParty =
                RELOCATED.keySet().stream().anyMatch(reference::startsWith)
                    || reference.startsWith("org/junit/");
            // The JUnit extension is in the jar but not usable from it: JUnit is left out.
            boolean theExtension =
                name.startsWith("dev/apigw/testkit/ApiGatewayV2EmulatorExtension")
                    && reference.startsWith("org/junit/");
            if (thirdParty && !theExtension) {
              unrelocated.add(name + " -> " + reference);
            }
          }
        }
      }
      assertThat(outside).as("entries outside dev/apigw and META-INF").isEmpty();
      assertThat(unrelocated).as("references to a third-party class not relocated").isEmpty();
      assertThat(shadedRoots).containsExactlyInAnyOrderElementsOf(RELOCATED.values());
      assertThat(jar.getEntry("org/junit/jupiter/api/Test.class")).isNull();

      assertThat(text(jar, "META-INF/LICENSE"))
          .isEqualTo(Files.readString(PROJECT.resolve("LICENSE")));
      assertThat(text(jar, "META-INF/NOTICE").strip())
          .as("the project's NOTICE, then the bundled libraries'")
          .startsWith(Files.readString(PROJECT.resolve("NOTICE")).strip())
          .contains("Jackson JSON processor");
      assertThat(text(jar, "META-INF/LICENSE.txt")).as("SLF4J's MIT licence").contains("QOS.ch");
      assertThat(
              text(
                  jar,
                  "META-INF/services/"
                      + SHADED.replace('/', '.')
                      + "slf4j.spi.SLF4JServiceProvider"))
          .contains(SHADED.replace('/', '.') + "slf4j.nop.NOPServiceProvider");
      assertThat(
              text(
                  jar,
                  "META-INF/services/" + SHADED.replace('/', '.') + "jackson.core.JsonFactory"))
          .contains(SHADED.replace('/', '.') + "jackson.dataformat.yaml.YAMLFactory");
    }
    try (JarFile plain =
        new JarFile(
            PROJECT.resolve("sdk-testkit/target/sdk-testkit-" + VERSION + ".jar").toFile())) {
      assertThat(plain.stream().map(JarEntry::getName))
          .as("the plain jar holds the testkit's own classes and its module descriptor only")
          .contains("module-info.class")
          .allMatch(
              name ->
                  name.startsWith("META-INF/")
                      || name.startsWith("dev/apigw/testkit/")
                      || name.equals("dev/")
                      || name.equals("dev/apigw/")
                      || name.equals("module-info.class"))
          .noneMatch(name -> name.startsWith(SHADED));
    }
  }

  @Test
  void servesTheAwsCliAsTheReadmeShows() throws Exception {
    String aws = ToolRun.firstThatRuns(List.of("/usr/bin/aws", "aws"), "--version");
    assumeTrue(
        aws != null,
        "the AWS CLI is not installed (apt-get install -y awscli): the standalone jar's AWS CLI"
            + " test is skipped");
    List<String> shell = ReadmeBlocks.of(README, SECTION, "sh");
    String start = line(shell, "java -jar ");
    assertThat(start)
        .startsWith("java -jar sdk-testkit/target/sdk-testkit-" + VERSION + "-standalone.jar ")
        .contains("--port 4566");
    Map<String, String> env = new HashMap<>();
    Matcher exported =
        Pattern.compile("(AWS_[A-Z_]+)=(\\S+)").matcher(line(shell, "export AWS_ACCESS_KEY_ID="));
    while (exported.find()) {
      env.put(exported.group(1), exported.group(2));
    }
    assertThat(start)
        .contains(
            "--credentials "
                + env.get("AWS_ACCESS_KEY_ID")
                + ":"
                + env.get("AWS_SECRET_ACCESS_KEY"));
    List<String> commands = lines(shell, "aws apigatewayv2 ");
    assertThat(commands).as("the README's AWS CLI commands").hasSizeGreaterThanOrEqualTo(2);

    try (StandaloneProcess emulator = StandaloneProcess.startJar(JAR, flags(start))) {
      assertThat(emulator.endpoint()).matches("http://127\\.0\\.0\\.1:\\d+");
      List<String> outputs = new ArrayList<>();
      for (String command : commands) {
        assertThat(command).as("a command split on spaces").doesNotContain("\"", "'");
        List<String> words = new ArrayList<>(Arrays.asList(command.split(" +")));
        words.set(0, aws);
        words.replaceAll(word -> word.equals(README_ENDPOINT) ? emulator.endpoint() : word);
        ToolRun run = ToolRun.of(words, env);
        assertThat(run.exitCode).as(command + "\n" + run.output).isZero();
        outputs.add(run.output);
      }
      assertThat(outputs.get(outputs.size() - 1))
          .as("get-apis lists what create-api made")
          .contains("\"Name\": \"pets\"", "\"ProtocolType\": \"HTTP\"");

      Map<String, String> stranger = new HashMap<>(env);
      stranger.put("AWS_SECRET_ACCESS_KEY", "not-the-secret");
      ToolRun refused =
          ToolRun.of(
              List.of(aws, "apigatewayv2", "get-apis", "--endpoint-url", emulator.endpoint()),
              stranger);
      assertThat(refused.exitCode).as(refused.output).isNotZero();
      assertThat(refused.output).contains("InvalidSignatureException");
    }
  }

  @Test
  void servesBoto3AsTheReadmeShows() throws Exception {
    String python =
        ToolRun.firstThatRuns(List.of("/usr/bin/python3", "python3"), "-c", "import boto3");
    assumeTrue(
        python != null,
        "python3 with boto3 is not installed (apt-get install -y python3-boto3): the standalone"
            + " jar's boto3 test is skipped");
    List<String> shell = ReadmeBlocks.of(README, SECTION, "sh");
    List<String> scripts = ReadmeBlocks.of(README, SECTION, "python");
    assertThat(scripts).as("the README's boto3 block").hasSize(1);

    try (StandaloneProcess emulator =
        StandaloneProcess.startJar(JAR, flags(line(shell, "java -jar ")))) {
      Path script = Files.createTempFile("readme_boto3", ".py");
      Files.writeString(script, scripts.get(0).replace(README_ENDPOINT, emulator.endpoint()));
      ToolRun run = ToolRun.of(List.of(python, script.toString()), Map.of());

      assertThat(run.exitCode).as(run.output).isZero();
      assertThat(run.output.trim()).isEqualTo("['GET /pets', 'POST /pets']");
    }
  }

  /**
   * The single-file script of {@code examples/scripts} (README, "In a script") lists an API's
   * routes on the jar, page by page, run with the source launcher on sdk-client's jars and the
   * default credential and region chains: a JDK and the two jars are all it takes.
   */
  @Test
  void theScriptListsRoutesOnTheJarWithTheSourceLauncher() throws Exception {
    Path client = PROJECT.resolve("sdk-client/target/sdk-client-" + VERSION + ".jar");
    Path classpath = PROJECT.resolve("sdk-client/target/runtime-classpath.txt");
    assertThat(client).as("built by mvn package").isRegularFile();
    assertThat(classpath).as("written by sdk-client's build").isRegularFile();

    try (StandaloneProcess emulator =
            StandaloneProcess.startJar(
                JAR, List.of("--port", "0", "--credentials", "AKIDSTANDALONE:standalone-secret"));
        ApiGatewayV2Client setUp = emulator.newClient()) {
      String apiId =
          setUp
              .createApi(b -> b.name("scripted").protocolType(ProtocolType.HTTP))
              .apiId()
              .orElseThrow();
      Set<String> keys = new TreeSet<>(List.of("GET /a", "POST /a", "GET /b/{id}"));
      for (String key : keys) {
        setUp.createRoute(b -> b.apiId(apiId).routeKey(key));
      }

      ToolRun run =
          ToolRun.of(
              List.of(
                  java(),
                  "-cp",
                  client + File.pathSeparator + Files.readString(classpath).strip(),
                  PROJECT.resolve("examples/scripts/list-routes.java").toString(),
                  apiId,
                  "--endpoint",
                  emulator.endpoint(),
                  "--page-size",
                  "2"),
              Map.of(
                  "AWS_ACCESS_KEY_ID", "AKIDSTANDALONE",
                  "AWS_SECRET_ACCESS_KEY", "standalone-secret",
                  "AWS_REGION", "us-east-1"));

      assertThat(run.exitCode).as(run.output).isZero();
      Set<String> listed = new TreeSet<>();
      for (String line : run.output.split("\n")) {
        if (line.contains("\t")) {
          listed.add(line.substring(line.indexOf('\t') + 1));
        }
      }
      assertThat(listed).as(run.output).isEqualTo(keys);
      assertThat(run.output).contains("page 1: 2 routes", "page 2: 1 routes");
    }
  }

  /** The flags of the README's {@code java -jar} line, on any free port instead of 4566. */
  private static List<String> flags(String start) {
    List<String> words = new ArrayList<>(Arrays.asList(start.split(" +")));
    List<String> flags = new ArrayList<>(words.subList(3, words.size()));
    flags.set(flags.indexOf("--port") + 1, "0");
    return flags;
  }

  private static String line(List<String> blocks, String prefix) {
    List<String> found = lines(blocks, prefix);
    assertThat(found).as("README lines starting " + prefix).hasSize(1);
    return found.get(0);
  }

  private static List<String> lines(List<String> blocks, String prefix) {
    List<String> found = new ArrayList<>();
    for (String block : blocks) {
      for (String line : block.split("\n")) {
        if (line.startsWith(prefix)) {
          found.add(line);
        }
      }
    }
    return found;
  }

  private static String text(JarFile jar, String name) throws IOException {
    JarEntry entry = jar.getJarEntry(name);
    assertThat(entry).as(name).isNotNull();
    return new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}

package dev.apigw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer on the module path: a module that requires {@code dev.apigw.client} compiles against
 * the packaged jars and lists an API's routes on the emulator, page by page, in a JVM of its own
 * with nothing on the class path; a module that imports one of the SDK's internal packages does not
 * compile. Runs after packaging (failsafe), so it reads the real jars.
 */
class ModulePathConsumerIT {
  private static final Path PROJECT = Path.of(System.getProperty("apigw.project.dir", ".."));
  private static final String VERSION = System.getProperty("apigw.version", "0.1.0-SNAPSHOT");

  /** The jars of the client's runtime dependencies, by the start of their file names. */
  private static final List<String> DEPENDENCIES =
      List.of(
          "okhttp-jvm-", "okio-jvm-", "kotlin-stdlib-", "jackson-core-", "slf4j-api-", "jspecify-");

  private static ApiGatewayV2Emulator emulator;
  private static String apiId;
  private static List<String> routeKeys;

  @TempDir Path work;

  @BeforeAll
  static void anApiWithRoutes() {
    emulator = ApiGatewayV2Emulator.start();
    ApiGatewayV2Client client = emulator.client();
    apiId = client.createApi(b -> b.name("modules").protocolType("HTTP")).apiId().orElseThrow();
    routeKeys = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      String key = "GET /items/" + i;
      client.createRoute(b -> b.apiId(apiId).routeKey(key));
      routeKeys.add(key);
    }
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @Test
  void everyPublishedJarIsANamedModuleExportingNoInternalPackageToAll() {
    Map<String, String> modules = new TreeMap<>();
    for (String module :
        List.of(
            "sdk-core",
            "sdk-model",
            "sdk-client",
            "sdk-testkit",
            "sdk-opentelemetry",
            "sdk-micrometer")) {
      ModuleDescriptor descriptor = descriptorOf(jar(module));
      assertThat(descriptor.isAutomatic()).as(module).isFalse();
      modules.put(module, descriptor.name());
      for (ModuleDescriptor.Exports exports : descriptor.exports()) {
        if (exports.source().contains(".internal")) {
          assertThat(exports.isQualified())
              .as("%s exports %s to all", module, exports.source())
              .isTrue();
          assertThat(exports.targets()).allMatch(target -> target.startsWith("dev.apigw."));
        }
      }
    }
    assertThat(modules)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "sdk-core", "dev.apigw.core",
                "sdk-model", "dev.apigw.model",
                "sdk-client", "dev.apigw.client",
                "sdk-testkit", "dev.apigw.testkit",
                "sdk-opentelemetry", "dev.apigw.opentelemetry",
                "sdk-micrometer", "dev.apigw.micrometer"));
  }

  @Test
  void aConsumerOnTheModulePathListsRoutes() throws Exception {
    Path sources = consumer("dev.apigw.client.ApiGatewayV2Client");
    Path classes = work.resolve("classes");

    String diagnostics = compile(sources, classes);
    assertThat(diagnostics).isEmpty();

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--module-path");
    command.add(classes + File.pathSeparator + modulePath());
    command.add("--module");
    command.add("consumer/consumer.ListRoutes");
    command.add(emulator.endpoint().toString());
    command.add(apiId);
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(work.resolve("out.txt").toFile())
            .redirectError(work.resolve("err.txt").toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the consumer ends").isTrue();
    List<String> lines = Files.readAllLines(work.resolve("out.txt"), StandardCharsets.UTF_8);

    assertThat(process.exitValue())
        .as(Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8))
        .isZero();
    assertThat(lines.get(0)).isEqualTo("client module: dev.apigw.client");
    assertThat(lines.subList(1, lines.size()))
        .as("every route, in pages of 3")
        .containsExactlyInAnyOrderElementsOf(
            routeKeys.stream().map(key -> "route " + key).collect(Collectors.toList()));
  }

  @Test
  void anInternalPackageDoesNotCompileFromAConsumer() throws IOException {
    Path sources = consumer("dev.apigw.core.internal.json.JsonReads");

    String diagnostics = compile(sources, work.resolve("classes"));

    assertThat(diagnostics)
        .contains("package dev.apigw.core.internal.json is not visible")
        .contains("is declared in module dev.apigw.core, which does not export it");
  }

  /** A consumer module whose main class imports {@code imported} and lists routes. */
  private Path consumer(String imported) throws IOException {
    Path root = work.resolve("src");
    Files.createDirectories(root.resolve("consumer"));
    Files.writeString(
        root.resolve("module-info.java"), "module consumer {\n  requires dev.apigw.client;\n}\n");
    Files.writeString(
        root.resolve("consumer/ListRoutes.java"),
        String.join(
            "\n",
            "package consumer;",
            "",
            "import " + imported + ";",
            "import dev.apigw.core.auth.Credentials;",
            "import java.net.URI;",
            "",
            "public final class ListRoutes {",
            "  public static void main(String[] args) {",
            "    System.out.println(\"client module: \""
                + " + dev.apigw.client.ApiGatewayV2Client.class.getModule().getName());",
            "    try (dev.apigw.client.ApiGatewayV2Client client =",
            "        dev.apigw.client.ApiGatewayV2Client.builder()",
            "            .region(\"us-east-1\")",
            "            .endpoint(URI.create(args[0]))",
            // An emulator started without credentials takes any well-formed signature.
            "            .credentials(Credentials.of(\"AKIDMODULES\", \"modules-secret\"))",
            "            .build()) {",
            "      client.getRoutesPaginator(b -> b.apiId(args[1]).maxResults(\"3\"))",
            "          .itemStream()",
            "          .forEach(route -> System.out.println(\"route \""
                + " + route.routeKey().orElse(\"?\")));",
            "    }",
            "  }",
            "}",
            ""));
    return root;
  }

  private static String compile(Path sources, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> arguments =
        new ArrayList<>(
            Arrays.asList(
                "--module-path",
                modulePath(),
                // Nothing on the class path: javac in this JVM would take the test's by default.
                "--class-path",
                classes.toString(),
                "-d",
                classes.toString(),
                sources.resolve("module-info.java").toString(),
                sources.resolve("consumer/ListRoutes.java").toString()));
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics, arguments.toArray(new String[0]));
    String text = diagnostics.toString(StandardCharsets.UTF_8);
    return status == 0 ? text : "failed: " + text;
  }

  /** The SDK's packaged jars and its runtime dependencies' jars, nothing else. */
  private static String modulePath() {
    List<String> path = new ArrayList<>();
    for (String module : List.of("sdk-core", "sdk-model", "sdk-client")) {
      path.add(jar(module).toString());
    }
    Set<String> found = new java.util.TreeSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      for (String dependency : DEPENDENCIES) {
        if (name.startsWith(dependency) && name.endsWith(".jar")) {
          path.add(entry);
          found.add(dependency);
        }
      }
    }
    assertThat(found)
        .as("the client's dependencies on the class path")
        .hasSize(DEPENDENCIES.size());
    return String.join(File.pathSeparator, path);
  }

  private static Path jar(String module) {
    Path jar = PROJECT.resolve(module).resolve("target").resolve(module + "-" + VERSION + ".jar");
    assertThat(jar).as("packaged before this test").exists();
    return jar;
  }

  private static ModuleDescriptor descriptorOf(Path jar) {
    Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
    assertThat(found).hasSize(1);
    return found.iterator().next().descriptor();
  }
}

package dev.apigw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The artifacts {@code mvn verify} builds for Maven Central: for every published module a jar that
 * names its module, a sources jar and a Javadoc jar, all with the fixed entry times of a
 * reproducible build; and the BOM, which lists exactly those modules at the project's version. Runs
 * after packaging (failsafe), so it reads the real files.
 */
class PublishedArtifactsIT {
  private static final Path PROJECT = Path.of(System.getProperty("apigw.project.dir", ".."));
  private static final String VERSION = System.getProperty("apigw.version", "0.1.0-SNAPSHOT");

  /** Module -> its Automatic-Module-Name, and a source file its sources jar must hold. */
  private static final Map<String, List<String>> PUBLISHED =
      Map.of(
          "sdk-core", List.of("dev.apigw.core", "dev/apigw/core/auth/Credentials.java"),
          "sdk-model", List.of("dev.apigw.model", "dev/apigw/model/Route.java"),
          "sdk-client", List.of("dev.apigw.client", "dev/apigw/client/ApiGatewayV2Client.java"),
          "sdk-testkit",
              List.of("dev.apigw.testkit", "dev/apigw/testkit/ApiGatewayV2Emulator.java"),
          "sdk-opentelemetry",
              List.of(
                  "dev.apigw.opentelemetry", "dev/apigw/opentelemetry/ApiGatewayV2Telemetry.java"),
          "sdk-micrometer",
              List.of(
                  "dev.apigw.micrometer", "dev/apigw/micrometer/MicrometerMetricPublisher.java"));

  @Test
  void everyPublishedJarNamesItsModule() throws IOException {
    for (Map.Entry<String, List<String>> module : PUBLISHED.entrySet()) {
      try (JarFile jar = new JarFile(artifact(module.getKey(), "").toFile())) {
        assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
            .as(module.getKey())
            .isEqualTo(module.getValue().get(0));
      }
    }
  }

  /**
   * The README promises Java 11 and later at run time, whichever JDK built the jars (CI builds on
   * 17 and on 25): every class file has major version 55.
   */
  @Test
  void everyPublishedClassTargetsJava11() throws IOException {
    for (String module : PUBLISHED.keySet()) {
      int classes = 0;
      Map<String, Integer> newer = new TreeMap<>();
      try (JarFile jar = new JarFile(artifact(module, "").toFile())) {
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
          JarEntry entry = entries.nextElement();
          if (entry.getName().endsWith(".class")) {
            classes++;
            try (DataInputStream in = new DataInputStream(jar.getInputStream(entry))) {
              assertThat(in.readInt()).as(entry.getName()).isEqualTo(0xCAFEBABE);
              in.readUnsignedShort(); // minor version
              int major = in.readUnsignedShort();
              if (major != 55) {
                newer.put(entry.getName(), major);
              }
            }
          }
        }
      }
      assertThat(classes).as(module + " classes").isPositive();
      assertThat(newer).as(module + ": classes whose major version is not 55 (Java 11)").isEmpty();
    }
  }

  @Test
  void everyPublishedModuleHasSourcesAndJavadocJars() throws IOException {
    for (Map.Entry<String, List<String>> module : PUBLISHED.entrySet()) {
      try (JarFile sources = new JarFile(artifact(module.getKey(), "-sources").toFile())) {
        assertThat(sources.getEntry(module.getValue().get(1)))
            .as(module.getKey() + " sources")
            .isNotNull();
      }
      try (JarFile javadoc = new JarFile(artifact(module.getKey(), "-javadoc").toFile())) {
        assertThat(javadoc.getEntry("index.html")).as(module.getKey() + " javadoc").isNotNull();
        // javadoc lays pages out under the module name the jar declares.
        String page =
            module.getValue().get(0) + "/" + module.getValue().get(1).replace(".java", ".html");
        assertThat(javadoc.getEntry(page)).as(module.getKey() + " javadoc " + page).isNotNull();
        assertThat(
                javadoc.stream().map(ZipEntry::getName).filter(name -> name.contains("/internal/")))
            .as(module.getKey() + " javadoc of internal packages")
            .isEmpty();
      }
    }
  }

  @Test
  void jarEntriesCarryOneFixedTime() throws IOException {
    for (String module : PUBLISHED.keySet()) {
      for (String classifier : List.of("", "-sources", "-javadoc")) {
        Set<FileTime> times = new HashSet<>();
        try (JarFile jar = new JarFile(artifact(module, classifier).toFile())) {
          for (Enumeration<? extends ZipEntry> entries = jar.entries();
              entries.hasMoreElements(); ) {
            times.add(entries.nextElement().getLastModifiedTime());
          }
        }
        assertThat(times).as(module + classifier + " entry times").hasSize(1);
      }
    }
  }

  @Test
  void theBomListsThePublishedModulesAtTheProjectsVersion() throws Exception {
    Document bom = xml(PROJECT.resolve("sdk-bom/pom.xml"));
    Document root = xml(PROJECT.resolve("pom.xml"));
    Element bomProject = bom.getDocumentElement();

    assertThat(children(bomProject, "parent"))
        .as("the BOM has no parent, so it pins nothing else")
        .isEmpty();
    assertThat(text(bomProject, "version"))
        .isEqualTo(text(root.getDocumentElement(), "version"))
        .isEqualTo(VERSION);
    List<String> managed = new ArrayList<>();
    NodeList dependencies = bom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      assertThat(text(dependency, "groupId")).isEqualTo("dev.apigw");
      assertThat(text(dependency, "version")).isEqualTo("${project.version}");
      managed.add(text(dependency, "artifactId"));
    }
    assertThat(managed).containsExactlyInAnyOrderElementsOf(PUBLISHED.keySet());
    for (String element : List.of("licenses", "scm", "url", "developers")) {
      assertThat(children(bomProject, element)).as("BOM " + element).isNotEmpty();
      assertThat(children(root.getDocumentElement(), element))
          .as("root pom " + element)
          .isNotEmpty();
    }
  }

  private static Path artifact(String module, String classifier) {
    Path jar =
        PROJECT
            .resolve(module)
            .resolve("target")
            .resolve(module + "-" + VERSION + classifier + ".jar");
    assertThat(jar).as("built by mvn verify").isRegularFile();
    return jar;
  }

  private static Document xml(Path file) throws Exception {
    try (var in = Files.newInputStream(file)) {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element && ((Element) nodes.item(i)).getTagName().equals(name)) {
        found.add((Element) nodes.item(i));
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertThat(found).as(parent.getTagName() + "/" + name).hasSize(1);
    return found.get(0).getTextContent().trim();
  }
}

package dev.apigw.releasecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * sdk-bom has no parent, so it pins the release profile's plugins itself: at the versions the
 * parent's pluginManagement pins, or the BOM would be signed and bundled by other plugins than the
 * rest of the release.
 */
class ReleasePluginVersionsTest {
  private static final Path PROJECT = Path.of(System.getProperty("apigw.project.dir", ".."));

  @Test
  void theBomPinsTheReleasePluginsAtTheParentsVersions() throws Exception {
    Map<String, String> parent = pluginVersions(PROJECT.resolve("pom.xml"));
    Map<String, String> bom = pluginVersions(PROJECT.resolve("sdk-bom/pom.xml"));
    for (String plugin :
        new String[] {
          "org.apache.maven.plugins:maven-gpg-plugin",
          "org.cyclonedx:cyclonedx-maven-plugin",
          "org.sonatype.central:central-publishing-maven-plugin"
        }) {
      assertThat(parent).as("the parent pins " + plugin).containsKey(plugin);
      assertThat(bom.get(plugin)).as("sdk-bom's " + plugin).isEqualTo(parent.get(plugin));
    }
  }

  /** groupId:artifactId -> version of every plugin in the pom's build/pluginManagement. */
  private static Map<String, String> pluginVersions(Path pom) throws Exception {
    Element root;
    try (InputStream in = Files.newInputStream(pom)) {
      root =
          DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
    }
    Map<String, String> versions = new TreeMap<>();
    NodeList managements = root.getElementsByTagName("pluginManagement");
    for (int m = 0; m < managements.getLength(); m++) {
      NodeList plugins = ((Element) managements.item(m)).getElementsByTagName("plugin");
      for (int i = 0; i < plugins.getLength(); i++) {
        Element plugin = (Element) plugins.item(i);
        String group = text(plugin, "groupId");
        versions.put(
            (group.isEmpty() ? "org.apache.maven.plugins" : group)
                + ":"
                + text(plugin, "artifactId"),
            text(plugin, "version"));
      }
    }
    return versions;
  }

  private static String text(Element parent, String name) {
    NodeList found = parent.getElementsByTagName(name);
    return found.getLength() == 0 ? "" : found.item(0).getTextContent().trim();
  }
}

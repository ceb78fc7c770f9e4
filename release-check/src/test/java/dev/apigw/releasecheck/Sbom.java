package dev.apigw.releasecheck;

import static dev.apigw.releasecheck.XmlTree.child;
import static dev.apigw.releasecheck.XmlTree.children;
import static dev.apigw.releasecheck.XmlTree.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** What the check reads of a CycloneDX SBOM, in either form: its subject and its components. */
record Sbom(String subject, List<Component> components) {

  /** A component: group:artifact:version, and the licences named for it (ids or names). */
  record Component(String coordinates, List<String> licenses) {}

  static Sbom readJson(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (!"CycloneDX".equals(root.path("bomFormat").asText())) {
      throw new IOException(file + " is not a CycloneDX SBOM");
    }
    List<Component> components = new ArrayList<>();
    for (JsonNode component : root.path("components")) {
      List<String> licenses = new ArrayList<>();
      for (JsonNode choice : component.path("licenses")) {
        JsonNode license = choice.path("license");
        String named = license.path("id").asText(license.path("name").asText(""));
        licenses.add(named.isEmpty() ? choice.path("expression").asText("") : named);
      }
      licenses.removeIf(String::isEmpty);
      components.add(new Component(coordinates(component), licenses));
    }
    return new Sbom(coordinates(root.path("metadata").path("component")), components);
  }

  static Sbom readXml(Path file) throws IOException {
    Element root = XmlTree.read(file);
    if (!root.getTagName().equals("bom")) {
      throw new IOException(file + " is not a CycloneDX SBOM");
    }
    List<Component> components = new ArrayList<>();
    for (Element component : children(child(root, "components"), "component")) {
      List<String> licenses = new ArrayList<>();
      for (Element choice : children(child(component, "licenses"), null)) {
        String named =
            choice.getTagName().equals("expression")
                ? choice.getTextContent().trim()
                : firstNonEmpty(text(choice, "id"), text(choice, "name"));
        if (!named.isEmpty()) {
          licenses.add(named);
        }
      }
      components.add(new Component(coordinates(component), licenses));
    }
    return new Sbom(coordinates(child(child(root, "metadata"), "component")), components);
  }

  List<String> coordinates() {
    return components.stream().map(Component::coordinates).toList();
  }

  private static String coordinates(JsonNode component) {
    return component.path("group").asText()
        + ":"
        + component.path("name").asText()
        + ":"
        + component.path("version").asText();
  }

  private static String coordinates(Element component) {
    return text(component, "group")
        + ":"
        + text(component, "name")
        + ":"
        + text(component, "version");
  }

  private static String firstNonEmpty(String first, String second) {
    return first.isEmpty() ? second : first;
  }
}

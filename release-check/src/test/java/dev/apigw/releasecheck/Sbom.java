package dev.apigw.releasecheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

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
    Element root;
    try (InputStream in = Files.newInputStream(file)) {
      root =
          DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + " is not XML", e);
    }
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

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  /** The element children of {@code parent} named {@code name} (all of them when null). */
  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    if (parent != null) {
      for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
        if (node instanceof Element element
            && (name == null || element.getTagName().equals(name))) {
          found.add(element);
        }
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    Element found = child(parent, name);
    return found == null ? "" : found.getTextContent().trim();
  }

  private static String firstNonEmpty(String first, String second) {
    return first.isEmpty() ? second : first;
  }
}

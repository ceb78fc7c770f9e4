package dev.apigw.releasecheck;

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

/** The few DOM walks the checks need over poms and SBOMs; a missing element reads as empty. */
final class XmlTree {
  private XmlTree() {}

  static Element read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(in)
          .getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + " is not XML", e);
    }
  }

  /** The first element child of {@code parent} named {@code name}, or null. */
  static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  /** The element children of {@code parent} named {@code name} (all of them when null). */
  static List<Element> children(Element parent, String name) {
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

  /** The trimmed text of the first child named {@code name}, or "" when there is none. */
  static String text(Element parent, String name) {
    Element found = child(parent, name);
    return found == null ? "" : found.getTextContent().trim();
  }
}

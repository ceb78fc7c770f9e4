package dev.apigw.codegen.generator;

import dev.apigw.codegen.model.ServiceModel;
import dev.apigw.codegen.model.Shape;
import dev.apigw.codegen.model.ShapeType;
import java.util.ArrayList;
import java.util.List;

/**
 * The Javadoc of a member, made of the model's facts only: its model name and where it travels
 * under which wire name, whether the model requires it, and the constraints of its shape (length or
 * range, pattern, enumeration).
 */
final class MemberFacts {
  private MemberFacts() {}

  static String describe(ServiceModel model, JavaMember member) {
    List<String> sentences = new ArrayList<>();
    sentences.add(where(member) + ".");
    if (member.required()) {
      sentences.add("Required.");
    } else if (member.requiredWhenSent()) {
      sentences.add("Required in a request; may be unset in a response.");
    } else if (member.member().required()) {
      sentences.add(
          "Required by the model; read leniently, so unset when a response leaves it out.");
    }
    sentences.addAll(constraints(model.shape(member.member().target()), member));
    return String.join(" ", sentences);
  }

  private static String where(JavaMember member) {
    String name = "{@code " + member.member().name() + "}";
    switch (member.location()) {
      case PATH:
        return name + ", the URI label {@code " + member.wireName() + "}";
      case QUERY:
        return name + ", the query parameter {@code " + member.wireName() + "}";
      case HEADER:
        return name + ", the header {@code " + member.wireName() + "}";
      case PAYLOAD:
        return name + ", the whole body";
      default:
        return name + ", the JSON field {@code " + member.wireName() + "}";
    }
  }

  private static List<String> constraints(Shape shape, JavaMember member) {
    List<String> facts = new ArrayList<>();
    String bounds = bounds(shape);
    if (bounds != null) {
      facts.add(bounds);
    }
    shape
        .pattern()
        .ifPresent(pattern -> facts.add("Matches the pattern <code>" + html(pattern) + "</code>."));
    List<String> values =
        !member.member().enumValues().isEmpty() ? member.member().enumValues() : shape.enumValues();
    if (!values.isEmpty()) {
      List<String> quoted = new ArrayList<>();
      for (String value : values) {
        quoted.add("<code>" + html(value) + "</code>");
      }
      facts.add("The model's values: " + String.join(", ", quoted) + ".");
    }
    return facts;
  }

  /** Length for strings, value for numbers, as the model bounds them. */
  private static String bounds(Shape shape) {
    if (shape.min().isEmpty() && shape.max().isEmpty()) {
      return null;
    }
    boolean text = shape.type() == ShapeType.STRING;
    String what = text ? "Length" : "Value";
    String unit = text ? " characters" : "";
    if (shape.min().isPresent() && shape.max().isPresent()) {
      return what + " from " + shape.min().get() + " to " + shape.max().get() + unit + ".";
    }
    return shape.min().isPresent()
        ? what + " at least " + shape.min().get() + unit + "."
        : what + " at most " + shape.max().get() + unit + ".";
  }

  /** Text as it must be to show as itself in Javadoc HTML. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '@' -> out.append("&#64;");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

package dev.apigw.apilisting;

import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The annotations that belong in a listing, as source text. They are the ones Javadoc shows:
 * annotation types marked {@code @Documented} ({@code @Deprecated}, {@code @FunctionalInterface},
 * JSpecify's nullness annotations), as far as reflection sees them, which is when they are retained
 * at run time. Elements are written only where they differ from their defaults, sorted by name, so
 * the text does not depend on the JDK's {@code Annotation.toString()}.
 */
final class AnnotationText {

  private AnnotationText() {}

  /**
   * The listed annotations of a declaration or a type use, each followed by a space; empty when
   * there are none.
   */
  static String prefix(Annotation[] annotations) {
    String text = joined(annotations);
    return text.isEmpty() ? "" : text + " ";
  }

  static String prefix(AnnotatedElement element) {
    return prefix(element.getDeclaredAnnotations());
  }

  /** The listed annotations separated by spaces, in a stable order. */
  static String joined(Annotation[] annotations) {
    return Arrays.stream(annotations)
        .filter(a -> a.annotationType().isAnnotationPresent(Documented.class))
        .map(AnnotationText::of)
        .sorted()
        .collect(Collectors.joining(" "));
  }

  static String of(Annotation annotation) {
    Class<? extends Annotation> type = annotation.annotationType();
    List<String> elements = new ArrayList<>();
    Method[] methods = type.getDeclaredMethods();
    Arrays.sort(methods, Comparator.comparing(Method::getName));
    for (Method element : methods) {
      if (element.getParameterCount() != 0 || element.isSynthetic()) {
        continue;
      }
      Object value = valueOf(annotation, element);
      Object fallback = element.getDefaultValue();
      if (fallback != null && Objects.deepEquals(value, fallback)) {
        continue;
      }
      elements.add(element.getName() + "=" + value(value));
    }
    String name = "@" + TypeText.className(type);
    return elements.isEmpty() ? name : name + "(" + String.join(", ", elements) + ")";
  }

  private static Object valueOf(Annotation annotation, Method element) {
    try {
      element.setAccessible(true);
      return element.invoke(annotation);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + element + " of " + annotation, e);
    }
  }

  private static String value(Object value) {
    if (value instanceof String) {
      return quoted((String) value, '"');
    }
    if (value instanceof Character) {
      return quoted(value.toString(), '\'');
    }
    if (value instanceof Class) {
      return TypeText.className((Class<?>) value) + ".class";
    }
    if (value instanceof Enum) {
      Enum<?> constant = (Enum<?>) value;
      return TypeText.className(constant.getDeclaringClass()) + "." + constant.name();
    }
    if (value instanceof Annotation) {
      return of((Annotation) value);
    }
    if (value.getClass().isArray()) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < Array.getLength(value); i++) {
        items.add(value(Array.get(value, i)));
      }
      return "{" + String.join(", ", items) + "}";
    }
    if (value instanceof Long) {
      return value + "L";
    }
    if (value instanceof Float) {
      return value + "f";
    }
    return value.toString();
  }

  private static String quoted(String text, char quote) {
    StringBuilder out = new StringBuilder().append(quote);
    for (char c : text.toCharArray()) {
      if (c == quote || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append(quote).toString();
  }
}

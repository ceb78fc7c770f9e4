package dev.apigw.apilisting;

import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedTypeVariable;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;

/**
 * Types as source text: fully qualified names (nested types joined with dots) except for {@code
 * java.lang}'s own, type arguments, wildcards and arrays, and the type-use annotations {@link
 * AnnotationText} lists, written before the type they annotate ({@code String @Nullable []} for an
 * annotated array).
 */
final class TypeText {

  private TypeText() {}

  static String className(Class<?> type) {
    if (type.isArray()) {
      return className(type.getComponentType()) + "[]";
    }
    String name = type.getCanonicalName() != null ? type.getCanonicalName() : type.getName();
    String lang = "java.lang.";
    if (name.startsWith(lang) && type.getPackageName().equals("java.lang")) {
      return name.substring(lang.length());
    }
    return name;
  }

  static String of(Type type) {
    if (type instanceof Class) {
      return className((Class<?>) type);
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType parameterized = (ParameterizedType) type;
      List<String> arguments = new ArrayList<>();
      for (Type argument : parameterized.getActualTypeArguments()) {
        arguments.add(of(argument));
      }
      return rawName(parameterized.getRawType(), parameterized.getOwnerType())
          + "<"
          + String.join(", ", arguments)
          + ">";
    }
    if (type instanceof GenericArrayType) {
      return of(((GenericArrayType) type).getGenericComponentType()) + "[]";
    }
    if (type instanceof WildcardType) {
      WildcardType wildcard = (WildcardType) type;
      if (wildcard.getLowerBounds().length > 0) {
        return "? super " + of(wildcard.getLowerBounds()[0]);
      }
      Type[] upper = wildcard.getUpperBounds();
      return upper.length == 0 || upper[0] == Object.class ? "?" : "? extends " + of(upper[0]);
    }
    if (type instanceof TypeVariable) {
      return ((TypeVariable<?>) type).getName();
    }
    throw new IllegalArgumentException("unknown kind of type: " + type);
  }

  /** A type as written where it is used, its type-use annotations included. */
  static String of(AnnotatedType type) {
    String annotations = AnnotationText.joined(type.getDeclaredAnnotations());
    if (type instanceof AnnotatedArrayType) {
      String component = of(((AnnotatedArrayType) type).getAnnotatedGenericComponentType());
      return component + (annotations.isEmpty() ? "" : " " + annotations + " ") + "[]";
    }
    String prefix = annotations.isEmpty() ? "" : annotations + " ";
    if (type instanceof AnnotatedParameterizedType) {
      ParameterizedType parameterized = (ParameterizedType) type.getType();
      List<String> arguments = new ArrayList<>();
      for (AnnotatedType argument :
          ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()) {
        arguments.add(of(argument));
      }
      return prefix
          + rawName(parameterized.getRawType(), parameterized.getOwnerType())
          + "<"
          + String.join(", ", arguments)
          + ">";
    }
    if (type instanceof AnnotatedWildcardType) {
      AnnotatedWildcardType wildcard = (AnnotatedWildcardType) type;
      if (wildcard.getAnnotatedLowerBounds().length > 0) {
        return prefix + "? super " + of(wildcard.getAnnotatedLowerBounds()[0]);
      }
      AnnotatedType[] upper = wildcard.getAnnotatedUpperBounds();
      return upper.length == 0 || isPlainObject(upper[0])
          ? prefix + "?"
          : prefix + "? extends " + of(upper[0]);
    }
    if (type instanceof AnnotatedTypeVariable) {
      return prefix + ((TypeVariable<?>) type.getType()).getName();
    }
    return prefix + of(type.getType());
  }

  /** {@code Object} with no annotation: the bound a declaration leaves out. */
  static boolean isPlainObject(AnnotatedType type) {
    return type.getType() == Object.class
        && AnnotationText.joined(type.getDeclaredAnnotations()).isEmpty();
  }

  /** Type parameters as declared, with their bounds: {@code <T extends Comparable<? super T>>}. */
  static String parameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    List<String> declared = new ArrayList<>();
    for (TypeVariable<?> variable : variables) {
      List<String> bounds = new ArrayList<>();
      for (AnnotatedType bound : variable.getAnnotatedBounds()) {
        if (!isPlainObject(bound)) {
          bounds.add(of(bound));
        }
      }
      String annotations = AnnotationText.prefix(variable.getDeclaredAnnotations());
      declared.add(
          annotations
              + variable.getName()
              + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds)));
    }
    return "<" + String.join(", ", declared) + ">";
  }

  private static String rawName(Type raw, Type owner) {
    Class<?> rawClass = (Class<?>) raw;
    if (owner instanceof ParameterizedType) {
      return of(owner) + "." + rawClass.getSimpleName();
    }
    return className(rawClass);
  }
}

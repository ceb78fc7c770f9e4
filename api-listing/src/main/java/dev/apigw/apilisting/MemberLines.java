package dev.apigw.apilisting;

import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lines of one public type: its declaration first, then its public and protected fields,
 * constructors and methods, each group sorted. Every line starts with the type's name, so that a
 * line of a diff says whose it is. Synthetic members and bridges are the compiler's, not the API,
 * and are left out.
 */
final class MemberLines {

  private MemberLines() {}

  static List<String> of(Class<?> type) {
    String owner = TypeText.className(type) + ": ";
    List<String> lines = new ArrayList<>();
    lines.add(owner + declaration(type));
    lines.addAll(
        byName(
            owner,
            Stream.of(type.getDeclaredFields())
                .filter(f -> visible(f.getModifiers()) && !f.isSynthetic()),
            Field::getName,
            MemberLines::field));
    lines.addAll(
        byName(
            owner,
            Stream.of(type.getDeclaredConstructors())
                .filter(c -> visible(c.getModifiers()) && !c.isSynthetic()),
            c -> "",
            MemberLines::constructor));
    lines.addAll(
        byName(
            owner,
            Stream.of(type.getDeclaredMethods())
                .filter(m -> visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()),
            Method::getName,
            MemberLines::method));
    return lines;
  }

  /** Members sorted by name, so that overloads stand together, then by their whole line. */
  private static <M> List<String> byName(
      String owner, Stream<M> members, Function<M, String> name, Function<M, String> line) {
    return members
        .map(member -> new String[] {name.apply(member), line.apply(member)})
        .sorted(Comparator.comparing((String[] pair) -> pair[0]).thenComparing(pair -> pair[1]))
        .map(pair -> owner + pair[1])
        .collect(Collectors.toList());
  }

  static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String declaration(Class<?> type) {
    int modifiers = type.getModifiers();
    List<String> words = new ArrayList<>();
    words.add(access(modifiers));
    String kind;
    if (type.isAnnotation()) {
      kind = "@interface";
    } else if (type.isInterface()) {
      kind = "interface";
    } else if (type.isEnum()) {
      kind = "enum";
    } else {
      kind = "class";
      // For enums and interfaces these follow from the kind, and compilers have set them
      // differently over time.
      words.add(Modifier.isAbstract(modifiers) ? "abstract" : "");
      words.add(Modifier.isStatic(modifiers) ? "static" : "");
      words.add(Modifier.isFinal(modifiers) ? "final" : "");
    }
    words.add(kind);
    StringBuilder out = new StringBuilder(AnnotationText.prefix(type));
    out.append(join(words)).append(' ').append(type.getSimpleName());
    out.append(TypeText.parameters(type.getTypeParameters()));
    AnnotatedType superclass = type.getAnnotatedSuperclass();
    if (superclass != null && !type.isEnum() && !TypeText.isPlainObject(superclass)) {
      out.append(" extends ").append(TypeText.of(superclass));
    }
    List<String> interfaces = new ArrayList<>();
    for (AnnotatedType implemented : type.getAnnotatedInterfaces()) {
      if (!(type.isAnnotation()
          && implemented.getType() == java.lang.annotation.Annotation.class)) {
        interfaces.add(TypeText.of(implemented));
      }
    }
    if (!interfaces.isEmpty()) {
      out.append(type.isInterface() ? " extends " : " implements ")
          .append(String.join(", ", interfaces));
    }
    return out.toString();
  }

  private static String field(Field field) {
    int modifiers = field.getModifiers();
    return AnnotationText.prefix(field)
        + join(
            List.of(
                access(modifiers),
                Modifier.isStatic(modifiers) ? "static" : "",
                Modifier.isFinal(modifiers) ? "final" : ""))
        + " "
        + TypeText.of(field.getAnnotatedType())
        + " "
        + field.getName();
  }

  private static String constructor(Constructor<?> constructor) {
    return AnnotationText.prefix(constructor)
        + access(constructor.getModifiers())
        + " "
        + typeParameters(constructor)
        + constructor.getDeclaringClass().getSimpleName()
        + parametersAndThrows(constructor);
  }

  private static String method(Method method) {
    int modifiers = method.getModifiers();
    String words =
        join(
            List.of(
                access(modifiers),
                Modifier.isAbstract(modifiers) ? "abstract" : "",
                method.isDefault() ? "default" : "",
                Modifier.isStatic(modifiers) ? "static" : "",
                Modifier.isFinal(modifiers) ? "final" : ""));
    return AnnotationText.prefix(method)
        + words
        + " "
        + typeParameters(method)
        + TypeText.of(method.getAnnotatedReturnType())
        + " "
        + method.getName()
        + parametersAndThrows(method);
  }

  private static String typeParameters(Executable executable) {
    String parameters = TypeText.parameters(executable.getTypeParameters());
    return parameters.isEmpty() ? "" : parameters + " ";
  }

  private static String parametersAndThrows(Executable executable) {
    AnnotatedType[] types = executable.getAnnotatedParameterTypes();
    java.lang.annotation.Annotation[][] annotations = executable.getParameterAnnotations();
    // An inner class's constructor may report its enclosing instance among the types but not the
    // annotations.
    int offset = types.length - annotations.length;
    List<String> parameters = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      String declared = i >= offset ? AnnotationText.prefix(annotations[i - offset]) : "";
      String type = TypeText.of(types[i]);
      if (executable.isVarArgs() && i == types.length - 1 && type.endsWith("[]")) {
        type = type.substring(0, type.length() - 2) + "...";
      }
      parameters.add(declared + type);
    }
    StringBuilder out = new StringBuilder("(").append(String.join(", ", parameters)).append(')');
    AnnotatedType[] exceptions = executable.getAnnotatedExceptionTypes();
    if (exceptions.length > 0) {
      List<String> thrown = new ArrayList<>();
      for (AnnotatedType exception : exceptions) {
        thrown.add(TypeText.of(exception));
      }
      thrown.sort(null);
      out.append(" throws ").append(String.join(", ", thrown));
    }
    return out.toString();
  }

  private static String access(int modifiers) {
    return Modifier.isPublic(modifiers)
        ? "public"
        : Modifier.isProtected(modifiers) ? "protected" : "";
  }

  private static String join(List<String> words) {
    return words.stream().filter(w -> !w.isEmpty()).collect(Collectors.joining(" "));
  }
}

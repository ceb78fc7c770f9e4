package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A waiter's path (model member names, dot-separated, {@code []} after a list) as Java: a stream of
 * the string values it leads to from a result named {@code result}, none where a member on the way
 * is absent. A path that names no member, or leads to neither a string nor an enumeration, fails
 * the build.
 */
final class WaiterPaths {
  private WaiterPaths() {}

  /** {@code List<String>} of the values at {@code path}. */
  static CodeBlock values(JavaService service, JavaStructure result, String path, String expected) {
    return CodeBlock.of(
        "$L.collect($T.toList())", stream(service, result, path, expected), Collectors.class);
  }

  /** {@code Optional<String>}: the first value at {@code path}. */
  static CodeBlock first(JavaService service, JavaStructure result, String path) {
    return CodeBlock.of("$L.findFirst()", stream(service, result, path, null));
  }

  /** The values as a stream; {@code expected}, when not null, must be a value of an enumeration. */
  private static CodeBlock stream(
      JavaService service, JavaStructure result, String path, String expected) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of(result)", Stream.class);
    JavaStructure structure = result;
    String[] segments = path.split("\\.", -1);
    for (int i = 0; i < segments.length; i++) {
      boolean list = segments[i].endsWith("[]");
      String name = list ? segments[i].substring(0, segments[i].length() - 2) : segments[i];
      JavaMember member = member(structure, name, path);
      JavaType type = list ? element(member, path) : member.type();
      boolean last = i == segments.length - 1;
      String accessor =
          type instanceof JavaType.EnumRef && !list ? name(member) + "AsString" : name(member);
      if (list || member.isOptional()) {
        code.add(".flatMap(v -> v.$L().stream())", accessor);
      } else {
        code.add(".map(v -> v.$L())", accessor);
      }
      if (last) {
        if (!(type instanceof JavaType.EnumRef) && !isString(type)) {
          throw new IllegalArgumentException(
              "The waiter path " + path + " leads to neither a string nor an enumeration");
        }
        if (expected != null && type instanceof JavaType.EnumRef) {
          checkEnumValue(service, ((JavaType.EnumRef) type).name(), path, expected);
        }
        if (list && type instanceof JavaType.EnumRef) {
          throw new IllegalArgumentException(
              "The waiter path " + path + " ends on a list of enums");
        }
      } else {
        if (!(type instanceof JavaType.StructureRef)) {
          throw new IllegalArgumentException(
              "The waiter path " + path + " goes through " + name + ", which is not a structure");
        }
        structure = structure(service, ((JavaType.StructureRef) type).name());
      }
    }
    return code.build();
  }

  private static void checkEnumValue(
      JavaService service, ClassName enumName, String path, String expected) {
    boolean known =
        service.enums().stream()
            .anyMatch(e -> e.className().equals(enumName) && e.values().contains(expected));
    if (!known) {
      throw new IllegalArgumentException(
          "The waiter path " + path + " expects " + expected + ", not a value of " + enumName);
    }
  }

  private static String name(JavaMember member) {
    return member.javaName();
  }

  private static boolean isString(JavaType type) {
    return type instanceof JavaType.Scalar
        && ((JavaType.Scalar) type).kind() == JavaType.ScalarKind.STRING;
  }

  private static JavaMember member(JavaStructure structure, String name, String path) {
    return structure.members().stream()
        .filter(m -> m.member().name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "The waiter path "
                        + path
                        + ": "
                        + structure.shapeName()
                        + " has no member "
                        + name));
  }

  private static JavaType element(JavaMember member, String path) {
    if (!(member.type() instanceof JavaType.ListOf)) {
      throw new IllegalArgumentException(
          "The waiter path " + path + " marks " + member.member().name() + " as a list; it is not");
    }
    return ((JavaType.ListOf) member.type()).element();
  }

  private static JavaStructure structure(JavaService service, ClassName name) {
    return service.structures().stream()
        .filter(s -> s.className().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No structure " + name));
  }
}

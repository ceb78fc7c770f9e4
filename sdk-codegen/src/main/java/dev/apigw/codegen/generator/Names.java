package dev.apigw.codegen.generator;

import java.util.Locale;
import java.util.Set;

/** Java names for model names. */
public final class Names {
  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "var",
          "record",
          "yield");

  private Names() {}

  /**
   * Lowers the leading run of capitals, but for the last one when a lower-case letter follows it:
   *
   * <ul>
   *   <li>{@code ApiId} → {@code apiId}
   *   <li>{@code ARN} → {@code arn}
   *   <li>{@code JWTConfiguration} → {@code jwtConfiguration}
   * </ul>
   */
  public static String lowerCamel(String name) {
    int run = 0;
    while (run < name.length() && Character.isUpperCase(name.charAt(run))) {
      run++;
    }
    String result;
    if (run == 0) {
      result = name;
    } else if (run == 1 || run == name.length()) {
      result = name.substring(0, run).toLowerCase(Locale.ROOT) + name.substring(run);
    } else if (Character.isLowerCase(name.charAt(run))) {
      result = name.substring(0, run - 1).toLowerCase(Locale.ROOT) + name.substring(run - 1);
    } else {
      result = name.substring(0, run).toLowerCase(Locale.ROOT) + name.substring(run);
    }
    return checkIdentifier(result.replace("-", "_"), name);
  }

  /** {@code apiId} → {@code ApiId}. */
  public static String upperCamel(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The element name of a collection member's {@code addX}/{@code putX} method. */
  static String singular(String plural) {
    return plural.endsWith("s") && plural.length() > 1
        ? plural.substring(0, plural.length() - 1)
        : plural;
  }

  /**
   * An enum constant for a wire value: {@code AWS_IAM} stays, {@code tls-1.2} → {@code TLS_1_2}.
   */
  public static String constant(String wireValue) {
    StringBuilder name = new StringBuilder();
    for (char c : wireValue.toCharArray()) {
      name.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    if (name.length() == 0 || Character.isDigit(name.charAt(0))) {
      name.insert(0, '_');
    }
    return checkIdentifier(name.toString(), wireValue);
  }

  private static String checkIdentifier(String candidate, String from) {
    if (KEYWORDS.contains(candidate) || !isIdentifier(candidate)) {
      throw new IllegalArgumentException(
          "The model name '" + from + "' makes no usable Java name (" + candidate + ")");
    }
    return candidate;
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    return name.chars().allMatch(Character::isJavaIdentifierPart);
  }
}

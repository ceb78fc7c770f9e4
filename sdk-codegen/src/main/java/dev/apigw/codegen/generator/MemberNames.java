package dev.apigw.codegen.generator;

import java.util.Set;

/**
 * The Java names a member may not take: those the value types and codecs use for their own methods
 * and variables, and those that would clash with the methods and fields written beside a member.
 */
final class MemberNames {
  private static final Set<String> RESERVED =
      Set.of(
          "builder",
          "toBuilder",
          "from",
          "build",
          "copyOf",
          "of",
          "responseMetadata",
          "toString",
          "hashCode",
          "equals",
          "getClass",
          "out",
          "in",
          "builderInstance",
          "object",
          "field",
          "token");

  private MemberNames() {}

  static boolean isAllowed(String javaName) {
    return !RESERVED.contains(javaName)
        && !javaName.startsWith("has")
        && !javaName.endsWith("AsString")
        && !javaName.endsWith("ForChange")
        && !javaName.endsWith("Shared");
  }
}

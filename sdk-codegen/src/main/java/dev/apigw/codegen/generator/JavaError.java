package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A modelled service error: its exception class, HTTP status, and the string members beside the
 * message.
 */
record JavaError(String code, ClassName className, int status, List<JavaMember> extraMembers) {
  JavaError {
    extraMembers = List.copyOf(extraMembers);
  }
}

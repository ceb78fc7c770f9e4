package dev.apigw.codegen.generator;

import com.palantir.javapoet.AnnotationSpec;

/** The warnings generated code silences, each for a reason the generator knows. */
final class Suppressions {
  /**
   * A signature naming a type of the core's internal packages, which the core exports to the
   * client's module alone: only the SDK's own code (and tests on the class path) can call it.
   */
  static final AnnotationSpec EXPORTS =
      AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "exports").build();

  private Suppressions() {}
}

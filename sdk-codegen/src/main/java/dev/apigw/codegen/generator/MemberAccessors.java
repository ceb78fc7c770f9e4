package dev.apigw.codegen.generator;

import com.palantir.javapoet.MethodSpec;
import java.util.List;

/** The accessors of a value class for one member, written by the member's kind. */
interface MemberAccessors {
  List<MethodSpec> methods();
}

package dev.apigw.codegen.generator;

import com.palantir.javapoet.MethodSpec;
import java.util.List;

/** The accessors of a value class for one member, written by the member's kind. */
interface MemberAccessors {
  List<MethodSpec> methods();

  /**
   * @param facts the member's Javadoc from the model (see {@link MemberFacts})
   */
  static MemberAccessors of(JavaMember member, String facts) {
    if (member.type().isContainer()) {
      return new ContainerAccessors(member, facts);
    }
    if (member.type() instanceof JavaType.EnumRef enumRef) {
      return new EnumAccessors(member, facts, enumRef.name());
    }
    return new ValueAccessors(member, facts);
  }
}

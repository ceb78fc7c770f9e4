package dev.apigw.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.codegen.model.Member;
import dev.apigw.model.ModelFixtures.ValueType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every member the model marks required fails {@code build()} when unset, naming the type and the member. */
class RequiredMembersTest {
  static List<Arguments> requiredMembers() {
    List<Arguments> cases = new ArrayList<>();
    for (ValueType type : ModelFixtures.valueTypes()) {
      for (Member member : type.members()) {
        if (member.required()) {
          cases.add(Arguments.of(type, member.name(), member));
        }
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("requiredMembers")
  void buildFailsWithoutTheMember(ValueType type, String memberName, Member member) {
    Object builder = ModelFixtures.fullBuilder(type.type, type.members(), m -> m != member);

    assertThatThrownBy(() -> ModelFixtures.build(builder))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(type.type.getSimpleName())
        .hasMessageContaining(ModelFixtures.javaName(member));
  }

  @org.junit.jupiter.api.Test
  void theModelHasRequiredMembersToCheck() {
    assertThat(requiredMembers()).hasSizeGreaterThan(100);
  }
}

package dev.apigw.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.codegen.model.Member;
import dev.apigw.codegen.model.Operation;
import dev.apigw.codegen.model.Shape;
import dev.apigw.model.ModelFixtures.ValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Strict requests, lenient responses. A member the model marks required fails {@code build()} when unset, naming
 * the type and the member, in every shape only requests use; in every shape an operation returns it is an ordinary
 * optional member, so that a response that leaves it out still decodes.
 */
class RequiredMembersTest {
  /** Shapes some operation's output reaches, found from the model. */
  static Set<String> returnedShapes() {
    Set<String> reached = new HashSet<>();
    for (Operation op : ModelFixtures.MODEL.operations().values()) {
      op.output().ifPresent(output -> reach(output, reached));
    }
    return reached;
  }

  private static void reach(String shapeName, Set<String> reached) {
    Shape shape = ModelFixtures.MODEL.shapes().get(shapeName);
    if (shape == null || !reached.add(shapeName)) {
      return;
    }
    shape.members().forEach(member -> reach(member.target(), reached));
    shape.listMember().ifPresent(name -> reach(name, reached));
    shape.mapValue().ifPresent(name -> reach(name, reached));
  }

  static List<Arguments> requiredMembers(boolean returned) {
    Set<String> returnedShapes = returnedShapes();
    List<Arguments> cases = new ArrayList<>();
    for (ValueType type : ModelFixtures.valueTypes()) {
      if (returnedShapes.contains(type.shapeName) != returned) {
        continue;
      }
      for (Member member : type.members()) {
        if (member.required()) {
          cases.add(Arguments.of(type, member.name(), member));
        }
      }
    }
    return cases;
  }

  static List<Arguments> requiredInRequests() {
    return requiredMembers(false);
  }

  static List<Arguments> requiredInResponses() {
    return requiredMembers(true);
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("requiredInRequests")
  void buildFailsWithoutTheMember(ValueType type, String memberName, Member member) {
    Object builder = ModelFixtures.fullBuilder(type.type, type.members(), m -> m != member);

    assertThatThrownBy(() -> ModelFixtures.build(builder))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(type.type.getSimpleName())
        .hasMessageContaining(ModelFixtures.javaName(member));
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("requiredInResponses")
  void aReturnedShapeReadsTheMemberAsUnsetWhenAbsent(ValueType type, String memberName, Member member)
      throws Exception {
    Object withoutIt = ModelFixtures.build(ModelFixtures.fullBuilder(type.type, type.members(), m -> m != member));
    Object decoded = ModelFixtures.fromJson(type.type, ModelFixtures.toJson(withoutIt));
    Object value = ModelFixtures.invoke(decoded, ModelFixtures.javaName(member));

    if (value instanceof Optional) {
      assertThat((Optional<?>) value).isEmpty();
    } else {
      assertThat((Iterable<?>) value).as("a collection reads as empty").isEmpty();
      assertThat(ModelFixtures.invoke(decoded, "has" + Character.toUpperCase(ModelFixtures.javaName(member).charAt(0))
          + ModelFixtures.javaName(member).substring(1))).isEqualTo(false);
    }
    assertThat(decoded).isEqualTo(withoutIt);
  }

  @Test
  void theModelHasRequiredMembersOnBothSides() {
    assertThat(requiredInRequests()).hasSizeGreaterThan(100);
    assertThat(requiredInResponses()).as("Api.Name, Route.RouteKey, VpcLink.SubnetIds, …").hasSizeGreaterThan(10);
  }

  @Test
  void noShapeIsBothSentAndReturnedWithRequiredMembers() {
    // If one were, the generator would make it lenient and a request could go out without the member.
    Set<String> returned = returnedShapes();
    Set<String> sent = new HashSet<>();
    for (Operation op : ModelFixtures.MODEL.operations().values()) {
      reach(op.input(), sent);
    }
    sent.retainAll(returned);
    assertThat(sent).allSatisfy(name -> assertThat(ModelFixtures.MODEL.shapes().get(name).members())
        .noneMatch(Member::required));
  }
}

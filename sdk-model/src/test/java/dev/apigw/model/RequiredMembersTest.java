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
 * Strict requests, lenient responses. A member the model marks required fails {@code build()} when
 * unset, naming the type and the member, in every shape only requests use; in every shape an
 * operation returns it is an ordinary optional member, so that a response that leaves it out still
 * decodes; and in a shape both sent and returned, it may be unset in the value but writing it into
 * a request fails, naming the type and the member.
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

  static Set<String> sentShapes() {
    Set<String> reached = new HashSet<>();
    for (Operation op : ModelFixtures.MODEL.operations().values()) {
      reach(op.input(), reached);
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

  /** Required members of shapes only sent (REQUEST), only returned (RESPONSE) or both (SHARED). */
  enum Side {
    REQUEST,
    RESPONSE,
    SHARED
  }

  static List<Arguments> requiredMembers(Side side) {
    Set<String> returnedShapes = returnedShapes();
    Set<String> sentShapes = sentShapes();
    List<Arguments> cases = new ArrayList<>();
    for (ValueType type : ModelFixtures.valueTypes()) {
      boolean returned = returnedShapes.contains(type.shapeName);
      Side of =
          !returned
              ? Side.REQUEST
              : sentShapes.contains(type.shapeName) ? Side.SHARED : Side.RESPONSE;
      if (of != side) {
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
    return requiredMembers(Side.REQUEST);
  }

  static List<Arguments> requiredInResponses() {
    return requiredMembers(Side.RESPONSE);
  }

  static List<Arguments> requiredInSharedShapes() {
    return requiredMembers(Side.SHARED);
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
  void aReturnedShapeReadsTheMemberAsUnsetWhenAbsent(
      ValueType type, String memberName, Member member) throws Exception {
    Object withoutIt =
        ModelFixtures.build(ModelFixtures.fullBuilder(type.type, type.members(), m -> m != member));
    Object decoded = ModelFixtures.fromJson(type.type, ModelFixtures.toJson(withoutIt));
    Object value = ModelFixtures.invoke(decoded, ModelFixtures.javaName(member));

    if (value instanceof Optional) {
      assertThat((Optional<?>) value).isEmpty();
    } else {
      assertThat((Iterable<?>) value).as("a collection reads as empty").isEmpty();
      assertThat(
              ModelFixtures.invoke(
                  decoded,
                  "has"
                      + Character.toUpperCase(ModelFixtures.javaName(member).charAt(0))
                      + ModelFixtures.javaName(member).substring(1)))
          .isEqualTo(false);
    }
    assertThat(decoded).isEqualTo(withoutIt);
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("requiredInSharedShapes")
  void aSharedShapeBuildsWithoutTheMemberButIsNotSentWithoutIt(
      ValueType type, String memberName, Member member) {
    Object withoutIt =
        ModelFixtures.build(ModelFixtures.fullBuilder(type.type, type.members(), m -> m != member));

    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(() -> ModelFixtures.toJson(withoutIt));
    while (thrown != null && !(thrown instanceof IllegalArgumentException)) {
      thrown = thrown.getCause();
    }
    assertThat(thrown)
        .as("writing it into a request")
        .isNotNull()
        .hasMessage(
            "Cannot send "
                + type.type.getSimpleName()
                + ": the required member "
                + ModelFixtures.javaName(member)
                + " is not set");
  }

  @Test
  void theModelHasRequiredMembersOnEverySide() {
    assertThat(requiredInRequests()).hasSizeGreaterThan(100);
    assertThat(requiredInResponses())
        .as("Api.Name, Route.RouteKey, VpcLink.SubnetIds, …")
        .hasSizeGreaterThan(10);
    assertThat(requiredInSharedShapes())
        .as("PortalContent.DisplayName, RoutingRuleAction.InvokeApi, …")
        .hasSizeGreaterThan(10);
  }
}

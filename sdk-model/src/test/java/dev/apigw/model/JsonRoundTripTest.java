package dev.apigw.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.codegen.model.Member;
import dev.apigw.codegen.model.Shape;
import dev.apigw.codegen.model.ShapeType;
import dev.apigw.model.ModelFixtures.Kind;
import dev.apigw.model.ModelFixtures.ValueType;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every request, result and structure of the model: a fully populated value writes JSON under
 * exactly the model's wire names and reads back equal; unknown fields are skipped and JSON null
 * means absent.
 */
class JsonRoundTripTest {
  private static final ObjectMapper TREES = new ObjectMapper();

  static List<ValueType> valueTypes() {
    return ModelFixtures.valueTypes();
  }

  static List<ValueType> wholeValueTypes() {
    return ModelFixtures.valueTypes(t -> t.kind != Kind.REQUEST);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueTypes")
  void aFullValueUsesExactlyTheModelsWireNames(ValueType type) throws IOException {
    Object value = ModelFixtures.fullInstance(type);

    JsonNode json = TREES.readTree(ModelFixtures.toJson(value));

    assertWireNames(
        json, type.shape() == null ? List.of() : bodyMembers(type.shape()), type.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueTypes")
  void aFullValueRoundTripsUnchanged(ValueType type) throws IOException {
    Object value = ModelFixtures.fullInstance(type);
    String json = ModelFixtures.toJson(value);

    Object builder =
        ModelFixtures.fullBuilder(type.type, type.members(), m -> !ModelFixtures.isBody(m));
    ModelFixtures.readInto(type.type, builder, json);

    assertThat(ModelFixtures.build(builder)).isEqualTo(value);
    if (type.kind != Kind.REQUEST) {
      Object bodyOnly =
          ModelFixtures.build(
              ModelFixtures.fullBuilder(type.type, type.members(), ModelFixtures::isBody));
      assertThat(ModelFixtures.fromJson(type.type, json)).isEqualTo(bodyOnly);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wholeValueTypes")
  void unknownFieldsAreSkippedAndNullMeansAbsent(ValueType type) throws IOException {
    ObjectNode json =
        (ObjectNode) TREES.readTree(ModelFixtures.toJson(ModelFixtures.fullInstance(type)));
    ObjectNode withNoise = TREES.createObjectNode();
    withNoise.putObject("aFieldFromTheFuture").putArray("nested").add(1).addObject().putNull("x");
    withNoise.put("anotherUnknown", "text");
    for (Member member : bodyMembers(type)) {
      if (member.required()) {
        withNoise.set(member.wireName(), json.get(member.wireName()));
      } else {
        withNoise.putNull(member.wireName());
      }
    }
    withNoise.putArray("trailingUnknown").add(TREES.createObjectNode().put("k", "v"));

    Object read = ModelFixtures.fromJson(type.type, withNoise.toString());

    Object expected =
        ModelFixtures.build(ModelFixtures.fullBuilder(type.type, type.members(), Member::required));
    assertThat(read).isEqualTo(expected);
  }

  private static List<Member> bodyMembers(ValueType type) {
    return type.shape() == null ? List.of() : bodyMembers(type.shape());
  }

  private static List<Member> bodyMembers(Shape shape) {
    return shape.members().stream().filter(ModelFixtures::isBody).toList();
  }

  /**
   * Checks the fields of {@code json}, and recursively of every nested structure, against the
   * model.
   */
  private static void assertWireNames(JsonNode json, List<Member> members, String where) {
    Set<String> expected =
        members.stream().map(Member::wireName).collect(Collectors.toCollection(TreeSet::new));
    Set<String> actual = new TreeSet<>();
    json.fieldNames().forEachRemaining(actual::add);
    assertThat(actual).as("JSON fields of " + where).isEqualTo(expected);
    for (Member member : members) {
      assertShape(json.get(member.wireName()), member.target(), where + "." + member.wireName());
    }
  }

  private static void assertShape(JsonNode json, String shapeName, String where) {
    Shape shape = ModelFixtures.MODEL.shape(shapeName);
    switch (shape.type()) {
      case STRUCTURE:
        assertThat(json.isObject()).as(where).isTrue();
        assertWireNames(json, bodyMembers(shape), where);
        break;
      case LIST:
        assertThat(json.isArray()).as(where).isTrue();
        json.forEach(
            element -> assertShape(element, shape.listMember().orElseThrow(), where + "[]"));
        break;
      case MAP:
        assertThat(json.isObject()).as(where).isTrue();
        for (Iterator<String> keys = json.fieldNames(); keys.hasNext(); ) {
          String key = keys.next();
          assertShape(json.get(key), shape.mapValue().orElseThrow(), where + "{" + key + "}");
        }
        break;
      case BOOLEAN:
        assertThat(json.isBoolean()).as(where).isTrue();
        break;
      case INTEGER:
      case LONG:
        assertThat(json.isIntegralNumber()).as(where).isTrue();
        break;
      case DOUBLE:
        assertThat(json.isNumber()).as(where).isTrue();
        break;
      case TIMESTAMP:
        assertThat(
                shape.timestampFormat().orElse("iso8601").equals("unixTimestamp")
                    ? json.isNumber()
                    : json.isTextual())
            .as(where)
            .isTrue();
        break;
      default:
        assertThat(json.isTextual()).as(where).isTrue();
    }
  }

  static boolean isStructure(String shapeName) {
    return ModelFixtures.MODEL.shape(shapeName).type() == ShapeType.STRUCTURE;
  }
}

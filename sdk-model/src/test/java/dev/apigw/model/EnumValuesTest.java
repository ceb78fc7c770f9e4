package dev.apigw.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.codegen.model.Member;
import dev.apigw.codegen.model.Shape;
import dev.apigw.core.WireEnum;
import dev.apigw.model.ModelFixtures.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every enumeration of the model is a Java enum of its values plus {@code UNKNOWN_TO_SDK}; a value
 * this version does not know reads as {@code UNKNOWN_TO_SDK}, keeps its wire string, and goes back
 * out unchanged; builders take the constant or the raw string.
 */
class EnumValuesTest {
  private static final String FUTURE = "A_VALUE_FROM_THE_FUTURE";

  static List<Shape> enums() {
    return ModelFixtures.MODEL.shapes().values().stream().filter(Shape::isEnum).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void isAJavaEnumOfTheModelsValuesAndUnknown(Shape shape) {
    Class<?> type = ModelFixtures.classOfShape(shape.name());
    assertThat(type.isEnum()).as(type + " is an enum").isTrue();

    List<String> names = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      names.add(((Enum<?>) constant).name());
    }
    assertThat(names).last().isEqualTo("UNKNOWN_TO_SDK");
    assertThat(names).hasSize(shape.enumValues().size() + 1);
    @SuppressWarnings("unchecked")
    List<WireEnum> known = (List<WireEnum>) ModelFixtures.invokeStatic(type, "knownValues");
    assertThat(known).extracting(WireEnum::value).containsExactlyElementsOf(shape.enumValues());
    for (String value : shape.enumValues()) {
      WireEnum constant = (WireEnum) ModelFixtures.invokeStatic(type, "fromValue", value);
      assertThat(constant.isKnown()).isTrue();
      assertThat(constant)
          .isSameAs(known.get(shape.enumValues().indexOf(value)))
          .hasToString(value);
    }
    WireEnum unknown = (WireEnum) ModelFixtures.invokeStatic(type, "fromValue", FUTURE);
    assertThat(((Enum<?>) unknown).name()).isEqualTo("UNKNOWN_TO_SDK");
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown.value()).isNull();
    assertThat(ModelFixtures.invokeStatic(type, "fromValue", (Object) null)).isNull();
  }

  @Test
  void enumsSwitch() {
    assertThat(describe(ProtocolType.HTTP)).isEqualTo("an HTTP API");
    assertThat(describe(ProtocolType.WEBSOCKET)).isEqualTo("a WebSocket API");
    assertThat(describe(ProtocolType.fromValue("GRPC")))
        .isEqualTo("an API of a kind this SDK does not know");
  }

  private static String describe(ProtocolType protocol) {
    switch (protocol) {
      case HTTP:
        return "an HTTP API";
      case WEBSOCKET:
        return "a WebSocket API";
      case UNKNOWN_TO_SDK:
      default:
        return "an API of a kind this SDK does not know";
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void anUnknownValueSurvivesJson(Shape shape) throws Exception {
    ValueType holder = holderOf(shape, false);
    Member member = memberOfType(holder, shape.name()).orElseThrow();
    Object builder =
        ModelFixtures.fullBuilder(holder.type, holder.members(), m -> m.required() && m != member);

    ModelFixtures.readInto(
        holder.type, builder, "{\"" + member.wireName() + "\":\"" + FUTURE + "\"}");
    Object value = ModelFixtures.build(builder);

    assertThat(
            ((Enum<?>) unwrap(ModelFixtures.invoke(value, ModelFixtures.javaName(member)))).name())
        .isEqualTo("UNKNOWN_TO_SDK");
    assertThat(unwrap(ModelFixtures.invoke(value, ModelFixtures.javaName(member) + "AsString")))
        .isEqualTo(FUTURE);
    assertThat(ModelFixtures.toJson(value))
        .contains("\"" + member.wireName() + "\":\"" + FUTURE + "\"");
  }

  /**
   * In a request where the enum travels in one, else in a structure: the builder takes the constant
   * or the string.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void aBuilderTakesTheConstantOrTheRawString(Shape shape) {
    ValueType holder = holderOf(shape, true);
    Member member = memberOfType(holder, shape.name()).orElseThrow();
    String name = ModelFixtures.javaName(member);
    Class<?> type = ModelFixtures.classOfShape(shape.name());
    Object known = ModelFixtures.invokeStatic(type, "fromValue", shape.enumValues().get(0));

    Object raw =
        ModelFixtures.fullBuilder(holder.type, holder.members(), m -> m.required() && m != member);
    invokeSetter(raw, name, String.class, FUTURE);
    Object fromRaw = ModelFixtures.build(raw);
    assertThat(unwrap(ModelFixtures.invoke(fromRaw, name + "AsString"))).isEqualTo(FUTURE);
    assertThat(ModelFixtures.toJson(fromRaw))
        .contains("\"" + member.wireName() + "\":\"" + FUTURE + "\"");

    Object typed =
        ModelFixtures.fullBuilder(holder.type, holder.members(), m -> m.required() && m != member);
    invokeSetter(typed, name, type, known);
    Object fromTyped = ModelFixtures.build(typed);
    assertThat(unwrap(ModelFixtures.invoke(fromTyped, name))).isSameAs(known);
    assertThat(unwrap(ModelFixtures.invoke(fromTyped, name + "AsString")))
        .isEqualTo(shape.enumValues().get(0));

    Object unknown = ModelFixtures.invokeStatic(type, "fromValue", FUTURE);
    assertThatThrownBy(
            () -> invokeSetter(ModelFixtures.newBuilder(holder.type), name, type, unknown))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(holder.type.getSimpleName() + "." + name)
        .hasMessageContaining("UNKNOWN_TO_SDK");
  }

  private static void invokeSetter(Object builder, String name, Class<?> parameter, Object value) {
    try {
      ModelFixtures.invoke(builder, builder.getClass().getMethod(name, parameter), value);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(
          "No setter " + name + "(" + parameter.getSimpleName() + ") on " + builder.getClass(), e);
    }
  }

  private static Object unwrap(Object read) {
    return read instanceof Optional ? ((Optional<?>) read).orElseThrow() : read;
  }

  /** A type with a body member of the enum, a request first when {@code preferRequest}. */
  private static ValueType holderOf(Shape shape, boolean preferRequest) {
    List<ValueType> holders =
        ModelFixtures.valueTypes().stream()
            .filter(t -> memberOfType(t, shape.name()).isPresent())
            .toList();
    assertThat(holders).as("types holding " + shape.name()).isNotEmpty();
    if (preferRequest) {
      for (ValueType holder : holders) {
        if (holder.type.getSimpleName().endsWith("Request")) {
          return holder;
        }
      }
    }
    return holders.get(0);
  }

  private static Optional<Member> memberOfType(ValueType type, String shapeName) {
    return type.members().stream()
        .filter(m -> m.target().equals(shapeName) && ModelFixtures.isBody(m))
        .findFirst();
  }
}

package dev.apigw.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.codegen.model.Member;
import dev.apigw.codegen.model.Shape;
import dev.apigw.core.WireEnum;
import dev.apigw.model.ModelFixtures.ValueType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every enumeration keeps the model's values and any value this version does not know, through JSON too. */
class EnumValuesTest {
  private static final String FUTURE = "A_VALUE_FROM_THE_FUTURE";

  static List<Shape> enums() {
    return ModelFixtures.MODEL.shapes().values().stream().filter(Shape::isEnum).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void knownValuesAreTheConstants(Shape shape) {
    Class<?> type = ModelFixtures.classOfShape(shape.name());
    @SuppressWarnings("unchecked")
    List<WireEnum> known = (List<WireEnum>) ModelFixtures.invokeStatic(type, "knownValues");

    assertThat(known).extracting(WireEnum::value).containsExactlyElementsOf(shape.enumValues());
    for (String value : shape.enumValues()) {
      WireEnum parsed = (WireEnum) ModelFixtures.invokeStatic(type, "of", value);
      assertThat(parsed.isKnown()).isTrue();
      assertThat(parsed).isSameAs(known.get(shape.enumValues().indexOf(value)));
      assertThat(parsed.toString()).isEqualTo(value);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void anUnknownValueIsKept(Shape shape) {
    Class<?> type = ModelFixtures.classOfShape(shape.name());

    WireEnum future = (WireEnum) ModelFixtures.invokeStatic(type, "of", FUTURE);

    assertThat(future.value()).isEqualTo(FUTURE);
    assertThat(future.isKnown()).isFalse();
    assertThat(future).isEqualTo(ModelFixtures.invokeStatic(type, "of", FUTURE)).hasToString(FUTURE);
    assertThatThrownBy(() -> ModelFixtures.invokeStatic(type, "of", (Object) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(type.getSimpleName());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void anUnknownValueSurvivesJson(Shape shape) throws Exception {
    ValueType holder = ModelFixtures.valueTypes().stream()
        .filter(t -> memberOfType(t, shape.name()).isPresent())
        .findFirst()
        .orElseThrow(() -> new AssertionError("No structure holds " + shape.name()));
    Member member = memberOfType(holder, shape.name()).orElseThrow();
    Object builder = ModelFixtures.fullBuilder(holder.type, holder.members(), m -> m.required() && m != member);

    ModelFixtures.readInto(holder.type, builder, "{\"" + member.wireName() + "\":\"" + FUTURE + "\"}");
    Object value = ModelFixtures.build(builder);

    Object read = ModelFixtures.invoke(value, ModelFixtures.javaName(member));
    Object unwrapped = read instanceof Optional ? ((Optional<?>) read).orElseThrow() : read;
    assertThat(((WireEnum) unwrapped).value()).isEqualTo(FUTURE);
    assertThat(ModelFixtures.toJson(value)).contains("\"" + member.wireName() + "\":\"" + FUTURE + "\"");
  }

  private static Optional<Member> memberOfType(ValueType type, String shapeName) {
    return type.members().stream()
        .filter(m -> m.target().equals(shapeName) && ModelFixtures.isBody(m))
        .findFirst();
  }
}

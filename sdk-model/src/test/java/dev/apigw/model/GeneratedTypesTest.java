package dev.apigw.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.codegen.model.Operation;
import dev.apigw.codegen.model.Shape;
import dev.apigw.codegen.model.ShapeType;
import dev.apigw.core.WireEnum;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.result.SdkResult;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public types of dev.apigw.model are exactly the ones the model calls for: no more, no fewer.
 */
class GeneratedTypesTest {
  private static final Set<String> publicTypes = new TreeSet<>();

  @BeforeAll
  static void listCompiledTypes() throws IOException, URISyntaxException {
    Path classes =
        Path.of(Route.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("dev/apigw/model");
    try (Stream<Path> files = Files.list(classes)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()))
          .filter(n -> Modifier.isPublic(ModelFixtures.load(n).getModifiers()))
          .forEach(publicTypes::add);
    }
  }

  @Test
  void everyOperationHasARequestAndAResult() {
    Set<String> expected = new TreeSet<>();
    for (Operation op : ModelFixtures.MODEL.operations().values()) {
      expected.add(op.name() + "Request");
      expected.add(op.name() + "Result");
    }
    assertThat(ModelFixtures.MODEL.operations()).hasSize(103);
    Set<String> actual =
        publicTypes.stream()
            .filter(
                n ->
                    ModelFixtures.MODEL
                        .operations()
                        .containsKey(n.replaceAll("(Request|Result)$", "")))
            .filter(n -> n.endsWith("Request") || n.endsWith("Result"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(actual).hasSize(206).isEqualTo(expected);
    for (String name : expected) {
      Class<?> type = ModelFixtures.load(name);
      assertThat(Modifier.isFinal(type.getModifiers())).as(name + " is final").isTrue();
      if (name.endsWith("Result")) {
        assertThat(SdkResult.class).as(name).isAssignableFrom(type);
      }
    }
  }

  @Test
  void theCountsOfEachKindMatchTheModel() {
    Set<String> structures =
        names(s -> s.type() == ShapeType.STRUCTURE && !s.isError() && !isOperationShape(s));
    Set<String> enums = names(Shape::isEnum);
    Set<String> errors = names(Shape::isError);
    assertThat(structures).hasSize(52);
    assertThat(enums).hasSize(20);
    assertThat(errors).hasSize(5);

    assertThat(
            publicTypes.stream()
                .filter(n -> WireEnum.class.isAssignableFrom(ModelFixtures.load(n))))
        .containsExactlyInAnyOrderElementsOf(enums);
    assertThat(
            publicTypes.stream()
                .filter(n -> ApiGatewayV2Exception.class.isAssignableFrom(ModelFixtures.load(n))))
        .containsExactlyInAnyOrderElementsOf(plus(errors, "ApiGatewayV2Exception"));
    Set<String> others = new TreeSet<>(publicTypes);
    // StatusException is a structure, not an error: only the model's errors and their base type are
    // exceptions.
    // EndpointConfigurationRequest is a structure too: only operations' inputs and outputs count as
    // such.
    others.removeIf(
        n ->
            (n.endsWith("Request") || n.endsWith("Result"))
                    && ModelFixtures.MODEL
                        .operations()
                        .containsKey(n.replaceAll("(Request|Result)$", ""))
                || enums.contains(n)
                || errors.contains(n)
                || n.equals("ApiGatewayV2Exception"));
    assertThat(others).isEqualTo(structures);
    assertThat(publicTypes).hasSize(206 + 52 + 20 + 5 + 1);
  }

  @Test
  void serviceExceptionsSitUnderTheServiceBaseType() {
    assertThat(ServiceException.class).isAssignableFrom(ApiGatewayV2Exception.class);
    for (String error : names(Shape::isError)) {
      Class<?> type = ModelFixtures.load(error);
      assertThat(type.getSuperclass()).as(error).isEqualTo(ApiGatewayV2Exception.class);
    }
  }

  private static boolean isOperationShape(Shape shape) {
    return ModelFixtures.MODEL.operations().values().stream()
        .anyMatch(
            op ->
                op.input().equals(shape.name())
                    || op.output().filter(shape.name()::equals).isPresent());
  }

  private static Set<String> names(java.util.function.Predicate<Shape> filter) {
    return ModelFixtures.MODEL.shapes().values().stream()
        .filter(filter)
        .map(Shape::name)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> plus(Set<String> names, String extra) {
    Set<String> all = new TreeSet<>(names);
    all.add(extra);
    return all;
  }
}

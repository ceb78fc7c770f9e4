package dev.apigw.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.codegen.model.Member;
import dev.apigw.codegen.model.ShapeType;
import dev.apigw.core.internal.json.Json;
import dev.apigw.model.ModelFixtures.Kind;
import dev.apigw.model.ModelFixtures.ValueType;
import dev.apigw.model.internal.ApiCodec;
import dev.apigw.model.internal.RouteSettingsCodec;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Timestamps, numbers, nesting, and the difference between an unset and an empty collection in
 * requests.
 */
class WireDetailsTest {
  private static final ObjectMapper TREES = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"2025-01-01T00:00:00Z\"",
        "\"2025-01-01T01:00:00+01:00\"",
        "1735689600",
        "\"1735689600\"",
        "1735689600.0"
      })
  void timestampsDecodeLeniently(String json) throws IOException {
    Api api =
        readApi(
            "{\"name\":\"n\",\"protocolType\":\"HTTP\",\"routeSelectionExpression\":\"r\",\"createdDate\":"
                + json
                + "}");

    assertThat(api.createdDate()).contains(Instant.parse("2025-01-01T00:00:00Z"));
  }

  @Test
  void fractionsOfSecondsAreKept() throws IOException {
    String base =
        "{\"name\":\"n\",\"protocolType\":\"HTTP\",\"routeSelectionExpression\":\"r\",\"createdDate\":";

    assertThat(readApi(base + "\"2025-01-01T00:00:00.123Z\"}").createdDate())
        .contains(Instant.parse("2025-01-01T00:00:00.123Z"));
    assertThat(readApi(base + "1735689600.5}").createdDate())
        .contains(Instant.parse("2025-01-01T00:00:00.500Z"));
  }

  @Test
  void aTimestampIsWrittenAsIso8601() {
    Api api =
        Api.builder()
            .name("n")
            .protocolType(ProtocolType.HTTP)
            .routeSelectionExpression("r")
            .createdDate(Instant.parse("2025-01-01T00:00:00Z"))
            .build();

    assertThat(ModelFixtures.toJson(api)).contains("\"createdDate\":\"2025-01-01T00:00:00Z\"");
  }

  @Test
  void throttlingRateIsADoubleAndBurstAnInteger() throws IOException {
    RouteSettings settings;
    try (JsonParser parser =
        Json.factory()
            .createParser("{\"throttlingRateLimit\":100.5,\"throttlingBurstLimit\":200}")) {
      parser.nextToken();
      settings = RouteSettingsCodec.read(parser);
    }

    assertThat(settings.throttlingRateLimit()).contains(100.5);
    assertThat(settings.throttlingBurstLimit()).contains(200);
    assertThat(ModelFixtures.toJson(settings))
        .isEqualTo("{\"throttlingBurstLimit\":200,\"throttlingRateLimit\":100.5}");
  }

  @Test
  void aValueOfTheWrongKindNamesTheMember() {
    assertThatThrownBy(
            () ->
                readApi(
                    "{\"name\":\"n\",\"protocolType\":\"HTTP\",\"routeSelectionExpression\":\"r\",\"tags\":[1]}"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Api.tags");
  }

  @Test
  void mapsOfStructuresNest() throws IOException {
    String json =
        "{\"routeSettings\":{\"$default\":{\"throttlingBurstLimit\":5,\"loggingLevel\":\"INFO\"}},"
            + "\"stageName\":\"prod\"}";
    Stage stage;
    try (JsonParser parser = Json.factory().createParser(json)) {
      parser.nextToken();
      stage = dev.apigw.model.internal.StageCodec.read(parser);
    }

    assertThat(stage.routeSettings()).containsOnlyKeys("$default");
    assertThat(stage.routeSettings().get("$default").loggingLevel()).contains(LoggingLevel.INFO);
    assertThat(stage.routeSettings().get("$default").throttlingBurstLimit()).contains(5);
  }

  /**
   * Every list or map that a request carries in its body: unset is left out, empty is sent as [] or
   * {}.
   */
  static List<Arguments> requestContainers() {
    List<Arguments> cases = new ArrayList<>();
    for (ValueType type : ModelFixtures.valueTypes(t -> t.kind == Kind.REQUEST)) {
      for (Member member : type.members()) {
        ShapeType shapeType = ModelFixtures.MODEL.shape(member.target()).type();
        if (ModelFixtures.isBody(member)
            && !member.required()
            && (shapeType == ShapeType.LIST || shapeType == ShapeType.MAP)) {
          cases.add(Arguments.of(type, member.name(), member, shapeType));
        }
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("requestContainers")
  void unsetAndEmptyDifferOnTheWire(ValueType type, String name, Member member, ShapeType shapeType)
      throws IOException {
    Object unset =
        ModelFixtures.build(ModelFixtures.fullBuilder(type.type, type.members(), Member::required));
    Object emptyBuilder = ModelFixtures.fullBuilder(type.type, type.members(), Member::required);
    ModelFixtures.set(emptyBuilder, member, shapeType == ShapeType.LIST ? List.of() : Map.of());
    Object empty = ModelFixtures.build(emptyBuilder);

    JsonNode unsetJson = TREES.readTree(ModelFixtures.toJson(unset));
    JsonNode emptyJson = TREES.readTree(ModelFixtures.toJson(empty));

    assertThat(unsetJson.has(member.wireName())).isFalse();
    assertThat(emptyJson.get(member.wireName()).isEmpty()).isTrue();
    assertThat(emptyJson.get(member.wireName()).isArray()).isEqualTo(shapeType == ShapeType.LIST);
    assertThat(
            ModelFixtures.invoke(
                unset,
                "has"
                    + dev.apigw.codegen.generator.Names.upperCamel(ModelFixtures.javaName(member))))
        .isEqualTo(false);
    assertThat(
            ModelFixtures.invoke(
                empty,
                "has"
                    + dev.apigw.codegen.generator.Names.upperCamel(ModelFixtures.javaName(member))))
        .isEqualTo(true);
    assertThat(unset).isNotEqualTo(empty);
  }

  @Test
  void theUpdateOperationsHaveContainersToCheck() {
    assertThat(requestContainers())
        .extracting(a -> a.get()[0].toString())
        .contains("UpdateRouteRequest", "UpdateStageRequest", "UpdateIntegrationRequest");
  }

  @Test
  void valuesAreImmutableAndCopyWithChanges() {
    List<String> scopes = new ArrayList<>(List.of("a"));
    CreateRouteRequest request =
        CreateRouteRequest.builder()
            .apiId("api")
            .routeKey("GET /pets")
            .authorizationScopes(scopes)
            .build();
    scopes.add("b");

    CreateRouteRequest changed = request.withRouteKey("POST /pets");

    assertThat(request.authorizationScopes()).containsExactly("a");
    assertThatThrownBy(() -> request.authorizationScopes().add("c"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(changed.routeKey()).isEqualTo("POST /pets");
    assertThat(changed.apiId()).isEqualTo("api");
    assertThat(CreateRouteRequest.builder().from(request).build()).isEqualTo(request);
  }

  @Test
  void exportedApiBodyIsAlsoText() {
    ExportApiResult result =
        ExportApiResult.builder()
            .body("openapi: 3.0.1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .build();

    assertThat(result.bodyAsString()).isEqualTo("openapi: 3.0.1\n");
    assertThat(ExportApiResult.builder().build().body()).isEmpty();
  }

  private static Api readApi(String json) throws IOException {
    try (JsonParser parser = Json.factory().createParser(json)) {
      parser.nextToken();
      return ApiCodec.read(parser);
    }
  }
}

package dev.apigw.testkit.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.ConflictException;
import dev.apigw.model.ProtocolType;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import dev.apigw.testkit.Quota;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each entry of the quota table: its default is the service's, and a create over it, set low on the
 * builder, is refused as the service refuses it (429, {@code ConflictException}, its message).
 */
class QuotasTest {
  @ParameterizedTest(name = "{0}")
  @EnumSource(Quota.class)
  void aCreateOverTheQuotaSetOnTheBuilderIsRefusedAsTheServiceRefusesIt(Quota quota) {
    try (ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.builder().quota(quota, 2).start()) {
      QuotaScenario scenario = new QuotaScenario(new RawCalls(emulator));
      scenario.prepare(quota);
      for (int n = 0; n < 2; n++) {
        assertThat(scenario.create(quota, n).status).as("%s, create %d", quota, n).isLessThan(300);
      }
      RawCalls.Answer over = scenario.create(quota, 2);
      assertThat(over.status).as(QuotaScenario.fact(quota)).isEqualTo(429);
      assertThat(over.errorType).isEqualTo("ConflictException");
      assertThat(over.body).contains(quota.exceededMessage());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Quota.class)
  void theDefaultIsTheServicesDocumentedOne(Quota quota) {
    Map<Quota, Integer> documented =
        Map.of(
            Quota.ROUTES_PER_API, 300,
            Quota.INTEGRATIONS_PER_API, 300,
            Quota.STAGES_PER_API, 10,
            Quota.AUTHORIZERS_PER_API, 10,
            Quota.APIS_PER_REGION, 600,
            Quota.DOMAIN_NAMES_PER_REGION, 120,
            Quota.VPC_LINKS_PER_REGION, 10,
            Quota.MULTI_LEVEL_API_MAPPINGS_PER_DOMAIN, 200,
            Quota.ROUTING_RULES_PER_DOMAIN, 50);
    assertThat(quota.defaultLimit()).as(QuotaScenario.fact(quota)).isEqualTo(documented.get(quota));
  }

  @Test
  void theDefaultQuotaHoldsWithoutASettingAndSingleLevelApiMappingsAreNotCounted() {
    try (ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.start()) {
      QuotaScenario scenario = new QuotaScenario(new RawCalls(emulator));
      scenario.prepare(Quota.STAGES_PER_API);
      for (int n = 0; n < 10; n++) {
        assertThat(scenario.create(Quota.STAGES_PER_API, n).status).isEqualTo(201);
      }
      assertThat(scenario.create(Quota.STAGES_PER_API, 10).status).isEqualTo(429);
    }
    try (ApiGatewayV2Emulator emulator =
        ApiGatewayV2Emulator.builder()
            .quota(Quota.MULTI_LEVEL_API_MAPPINGS_PER_DOMAIN, 1)
            .start()) {
      QuotaScenario scenario = new QuotaScenario(new RawCalls(emulator));
      scenario.prepare(Quota.MULTI_LEVEL_API_MAPPINGS_PER_DOMAIN);
      assertThat(scenario.mapping("v1/a").status).isEqualTo(201);
      assertThat(scenario.mapping("single").status).isEqualTo(201);
      assertThat(scenario.mapping("v1/b").status).isEqualTo(429);
    }
  }

  @Test
  void anOpenApiImportOverTheRoutesQuotaIsRefusedQuicklyAndCreatesNothing() {
    StringJoiner paths =
        new StringJoiner(
            ",",
            "{\"openapi\":\"3.0.1\",\"info\":{\"title\":\"big\","
                + "\"version\":\"1\"},\"paths\":{",
            "}}");
    for (int i = 0; i < 20_000; i++) {
      paths.add("\"/p" + i + "\":{\"get\":{\"responses\":{\"200\":{\"description\":\"ok\"}}}}");
    }
    try (ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.start()) {
      RawCalls raw = new RawCalls(emulator);
      long started = System.nanoTime();
      RawCalls.Answer answer = raw.send("PUT", "/v2/apis", Map.of("body", paths.toString()));
      long millis = (System.nanoTime() - started) / 1_000_000;
      assertThat(answer.status).isEqualTo(429);
      assertThat(answer.body).contains(Quota.ROUTES_PER_API.exceededMessage());
      assertThat(millis).isLessThan(5_000);
      assertThat(emulator.client().getApis(b -> {}).items()).isEmpty();
    }
  }

  @Test
  void ourClientGetsTheQuotasConflictException() {
    try (ApiGatewayV2Emulator emulator =
        ApiGatewayV2Emulator.builder().quota(Quota.APIS_PER_REGION, 1).start()) {
      ApiGatewayV2Client client = emulator.client();
      client.createApi(b -> b.name("one").protocolType(ProtocolType.HTTP));
      ConflictException refused =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              ConflictException.class,
              () ->
                  client.createApi(
                      b ->
                          b.name("two")
                              .protocolType(ProtocolType.WEBSOCKET)
                              .routeSelectionExpression("$request.body.action")));
      assertThat(refused).isNotNull();
      assertThat(refused.getMessage()).contains(Quota.APIS_PER_REGION.exceededMessage());
    }
  }
}

package dev.apigw.examples;

// README-BEGIN Test your code on the emulator
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.TooManyRequestsException;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import dev.apigw.testkit.ApiGatewayV2EmulatorExtension;
import dev.apigw.testkit.Fault;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ApiGatewayV2EmulatorExtension.class)
class SampleApiTest {
  @Test
  void createsEveryRouteItPromises(ApiGatewayV2Client client) {
    String apiId = SampleApi.create(client, System.err);

    assertThat(
            client
                .getRoutesPaginator(b -> b.apiId(apiId))
                .itemStream()
                .map(route -> route.routeKey().orElseThrow())
                .collect(Collectors.toList()))
        .containsExactlyElementsOf(SampleApi.ROUTE_KEYS);
  }

  @Test
  void survivesThrottling(ApiGatewayV2Emulator emulator, ApiGatewayV2Client client) {
    emulator.inject("CreateRoute", 2, Fault.throttling());

    SampleApi.create(client, System.err);

    assertThat(emulator.operationCounts())
        .containsEntry("CreateRoute", SampleApi.ROUTE_KEYS.size() + 2);
  }

  @Test
  void failsWhenThrottlingOutlastsTheRetries(
      ApiGatewayV2Emulator emulator, ApiGatewayV2Client client) {
    emulator.inject("CreateApi", 3, Fault.throttling());

    TooManyRequestsException thrown =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            TooManyRequestsException.class, () -> SampleApi.create(client, System.err));

    assertThat(thrown.attempts()).isEqualTo(3);
  }
}
// README-END

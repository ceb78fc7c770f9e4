package dev.apigw.client.waiters;

import static dev.apigw.client.waiters.ResourceStates.domainName;
import static dev.apigw.client.waiters.ResourceStates.failedPortal;
import static dev.apigw.client.waiters.ResourceStates.failedVpcLink;
import static dev.apigw.client.waiters.ResourceStates.notFound;
import static dev.apigw.client.waiters.ResourceStates.portal;
import static dev.apigw.client.waiters.ResourceStates.preview;
import static dev.apigw.client.waiters.ResourceStates.vpcLink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.client.ApiGatewayV2Waiter;
import dev.apigw.core.waiters.WaiterFailureException;
import dev.apigw.core.waiters.WaiterFailureException.Reason;
import dev.apigw.core.waiters.WaiterOverrides;
import dev.apigw.core.waiters.WaiterResult;
import dev.apigw.model.GetDomainNameRequest;
import dev.apigw.model.GetDomainNameResult;
import dev.apigw.model.GetPortalRequest;
import dev.apigw.model.GetPortalResult;
import dev.apigw.model.GetVpcLinkRequest;
import dev.apigw.model.GetVpcLinkResult;
import dev.apigw.model.NotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The blocking waiter over a test double of the client, on a fake clock. */
class BlockingWaiterTest {
  private final FakeWaitTime time = new FakeWaitTime();
  private final List<Object> requests = new ArrayList<>();

  private ApiGatewayV2Client client(
      ResourceStates<GetVpcLinkResult> vpcLinks,
      ResourceStates<GetDomainNameResult> domainNames,
      ResourceStates<GetPortalResult> portals) {
    return new ApiGatewayV2Client() {
      @Override
      public GetVpcLinkResult getVpcLink(GetVpcLinkRequest request) {
        requests.add(request);
        return vpcLinks.next();
      }

      @Override
      public GetDomainNameResult getDomainName(GetDomainNameRequest request) {
        requests.add(request);
        return domainNames.next();
      }

      @Override
      public GetPortalResult getPortal(GetPortalRequest request) {
        requests.add(request);
        return portals.next();
      }
    };
  }

  private ApiGatewayV2Waiter vpcLinkWaiter(Object... answers) {
    return ApiGatewayV2Waiter.create(
        client(new ResourceStates<>(answers), new ResourceStates<>(), new ResourceStates<>()),
        time.engine(1.0));
  }

  private ApiGatewayV2Waiter portalWaiter(Object... answers) {
    return ApiGatewayV2Waiter.create(
        client(new ResourceStates<>(), new ResourceStates<>(), new ResourceStates<>(answers)),
        time.engine(1.0));
  }

  @Test
  void vpcLinkAvailableAfterThreePollsFiveSecondsApart() {
    WaiterResult<GetVpcLinkResult> result =
        vpcLinkWaiter(vpcLink("PENDING"), vpcLink("PENDING"), vpcLink("AVAILABLE"))
            .waitUntilVpcLinkAvailable(r -> r.vpcLinkId("vl-1"));

    assertThat(result.attempts()).isEqualTo(3);
    assertThat(result.matched().vpcLinkStatusAsString()).contains("AVAILABLE");
    assertThat(result.elapsed()).isEqualTo(Duration.ofSeconds(10));
    assertThat(time.delays()).containsExactly(5_000_000_000L, 5_000_000_000L);
    assertThat(requests)
        .hasSize(3)
        .allMatch(r -> ((GetVpcLinkRequest) r).vpcLinkId().equals("vl-1"));
  }

  @Test
  void delaysFallBetweenHalfTheDelayAndAllOfIt() {
    ApiGatewayV2Waiter waiter =
        ApiGatewayV2Waiter.create(
            client(
                new ResourceStates<>(vpcLink("PENDING"), vpcLink("AVAILABLE")),
                new ResourceStates<>(),
                new ResourceStates<>()),
            time.engine(0.0));
    waiter.waitUntilVpcLinkAvailable(GetVpcLinkRequest.builder().vpcLinkId("vl-1").build());
    assertThat(time.delays()).containsExactly(2_500_000_000L);
  }

  @Test
  void aFailedVpcLinkEndsTheWaitWithItsResultAndStatusMessage() {
    GetVpcLinkResult failed = failedVpcLink("The subnet subnet-1 was not found");
    assertThatThrownBy(
            () ->
                vpcLinkWaiter(vpcLink("PENDING"), failed)
                    .waitUntilVpcLinkAvailable(r -> r.vpcLinkId("vl-1")))
        .isInstanceOfSatisfying(
            WaiterFailureException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.FAILURE_STATE);
              assertThat(e.lastResult(GetVpcLinkResult.class)).containsSame(failed);
              assertThat(e.statusMessage()).contains("The subnet subnet-1 was not found");
              assertThat(e.polls()).isEqualTo(2);
            });
  }

  @Test
  void maxAttemptsAndTimeoutEndTheWait() {
    assertThatThrownBy(
            () ->
                vpcLinkWaiter(vpcLink("PENDING"))
                    .waitUntilVpcLinkAvailable(
                        r -> r.vpcLinkId("vl-1"), WaiterOverrides.builder().maxAttempts(4).build()))
        .isInstanceOfSatisfying(
            WaiterFailureException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.MAX_ATTEMPTS);
              assertThat(e.polls()).isEqualTo(4);
              assertThat(e.lastResult(GetVpcLinkResult.class)).isPresent();
            });

    assertThatThrownBy(
            () ->
                vpcLinkWaiter(vpcLink("PENDING"))
                    .waitUntilVpcLinkAvailable(
                        r -> r.vpcLinkId("vl-1"),
                        WaiterOverrides.builder()
                            .delay(Duration.ofSeconds(10))
                            .timeout(Duration.ofSeconds(35))
                            .build()))
        .isInstanceOfSatisfying(
            WaiterFailureException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
              assertThat(e.polls()).isEqualTo(4);
              assertThat(e.elapsed()).isEqualTo(Duration.ofSeconds(30));
            });
  }

  @Test
  void notFoundIsSuccessForDeletedAndFailureForAvailable() {
    WaiterResult<GetVpcLinkResult> deleted =
        vpcLinkWaiter(vpcLink("DELETING"), vpcLink("DELETING"), notFound())
            .waitUntilVpcLinkDeleted(r -> r.vpcLinkId("vl-1"));
    assertThat(deleted.attempts()).isEqualTo(3);
    assertThat(deleted.matched().vpcLinkStatusAsString()).contains("DELETING");

    assertThatThrownBy(
            () -> vpcLinkWaiter(notFound()).waitUntilVpcLinkAvailable(r -> r.vpcLinkId("vl-1")))
        .isInstanceOfSatisfying(
            WaiterFailureException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.ERROR);
              assertThat(e.getCause()).isInstanceOf(NotFoundException.class);
              assertThat(e.polls()).isEqualTo(1);
            });
  }

  @Test
  void domainNameAvailableWhenEveryConfigurationIs() {
    ApiGatewayV2Waiter waiter =
        ApiGatewayV2Waiter.create(
            client(
                new ResourceStates<>(),
                new ResourceStates<>(
                    domainName("AVAILABLE", "UPDATING"), domainName("AVAILABLE", "AVAILABLE")),
                new ResourceStates<>()),
            time.engine(1.0));
    WaiterResult<GetDomainNameResult> result =
        waiter.waitUntilDomainNameAvailable(r -> r.domainName("api.example.com"));
    assertThat(result.attempts()).isEqualTo(2);
    assertThat(time.delays()).containsExactly(2_000_000_000L);
  }

  @Test
  void portalsArePublishedDisabledAndPreviewed() {
    assertThat(
            portalWaiter(portal("PUBLISH_IN_PROGRESS"), portal("PUBLISHED"))
                .waitUntilPortalPublished(r -> r.portalId("portal0000001"))
                .attempts())
        .isEqualTo(2);
    assertThat(
            portalWaiter(portal("DISABLE_IN_PROGRESS"), portal("DISABLED"))
                .waitUntilPortalDisabled(r -> r.portalId("portal0000001"))
                .attempts())
        .isEqualTo(2);
    assertThat(
            portalWaiter(preview("PREVIEW_IN_PROGRESS"), preview("PREVIEW_READY"))
                .waitUntilPortalPreviewReady(r -> r.portalId("portal0000001"))
                .matched()
                .preview()
                .orElseThrow()
                .previewStatusAsString())
        .contains("PREVIEW_READY");

    assertThatThrownBy(
            () ->
                portalWaiter(failedPortal("PUBLISH_FAILED", "The portal content is invalid"))
                    .waitUntilPortalPublished(r -> r.portalId("portal0000001")))
        .isInstanceOfSatisfying(
            WaiterFailureException.class,
            e -> assertThat(e.statusMessage()).contains("The portal content is invalid"));
    assertThatThrownBy(
            () ->
                portalWaiter(preview("PREVIEW_FAILED"))
                    .waitUntilPortalPreviewReady(r -> r.portalId("portal0000001")))
        .isInstanceOfSatisfying(
            WaiterFailureException.class,
            e -> assertThat(e.statusMessage()).contains("no PREVIEW_FAILED"));
  }

  @Test
  void theClientsWaiterPollsThatClient() {
    ApiGatewayV2Client client =
        client(
            new ResourceStates<>(vpcLink("AVAILABLE")),
            new ResourceStates<>(),
            new ResourceStates<>());
    assertThat(client.waiter().waitUntilVpcLinkAvailable(r -> r.vpcLinkId("vl-1")).attempts())
        .isEqualTo(1);
    assertThatThrownBy(() -> client.waiter().waitUntilVpcLinkAvailable((GetVpcLinkRequest) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VpcLinkAvailable");
  }
}

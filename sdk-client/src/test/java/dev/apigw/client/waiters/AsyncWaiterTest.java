package dev.apigw.client.waiters;

import static dev.apigw.client.waiters.ResourceStates.failedVpcLink;
import static dev.apigw.client.waiters.ResourceStates.notFound;
import static dev.apigw.client.waiters.ResourceStates.portal;
import static dev.apigw.client.waiters.ResourceStates.vpcLink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.client.ApiGatewayV2AsyncClient;
import dev.apigw.client.ApiGatewayV2AsyncWaiter;
import dev.apigw.core.waiters.WaiterFailureException;
import dev.apigw.core.waiters.WaiterFailureException.Reason;
import dev.apigw.core.waiters.WaiterOverrides;
import dev.apigw.core.waiters.WaiterResult;
import dev.apigw.model.GetPortalRequest;
import dev.apigw.model.GetPortalResult;
import dev.apigw.model.GetVpcLinkRequest;
import dev.apigw.model.GetVpcLinkResult;
import dev.apigw.model.NotFoundException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous waiter over a test double of the asynchronous client: polls are scheduled on a
 * fake clock, never slept through.
 */
class AsyncWaiterTest {
  private final FakeWaitTime time = new FakeWaitTime();

  /** A client whose calls answer from {@code vpcLinks} and {@code portals}, as futures. */
  private static ApiGatewayV2AsyncClient client(
      ResourceStates<GetVpcLinkResult> vpcLinks, ResourceStates<GetPortalResult> portals) {
    return new ApiGatewayV2AsyncClient() {
      @Override
      public CompletableFuture<GetVpcLinkResult> getVpcLink(GetVpcLinkRequest request) {
        return answer(vpcLinks);
      }

      @Override
      public CompletableFuture<GetPortalResult> getPortal(GetPortalRequest request) {
        return answer(portals);
      }
    };
  }

  private static <T> CompletableFuture<T> answer(ResourceStates<T> states) {
    try {
      return CompletableFuture.completedFuture(states.next());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private ApiGatewayV2AsyncWaiter waiter(ResourceStates<GetVpcLinkResult> vpcLinks) {
    return ApiGatewayV2AsyncWaiter.create(
        client(vpcLinks, new ResourceStates<>()), time.engine(1.0));
  }

  @Test
  void vpcLinkAvailableAfterThreeScheduledPolls() {
    ResourceStates<GetVpcLinkResult> states =
        new ResourceStates<>(vpcLink("PENDING"), vpcLink("PENDING"), vpcLink("AVAILABLE"));
    CompletableFuture<WaiterResult<GetVpcLinkResult>> wait =
        waiter(states).waitUntilVpcLinkAvailable(r -> r.vpcLinkId("vl-1"));

    assertThat(wait).isNotDone();
    assertThat(states.polls()).isEqualTo(1);
    time.runScheduled();

    WaiterResult<GetVpcLinkResult> result = wait.join();
    assertThat(result.attempts()).isEqualTo(3);
    assertThat(result.elapsed()).isEqualTo(Duration.ofSeconds(10));
    assertThat(time.delays()).containsExactly(5_000_000_000L, 5_000_000_000L);
  }

  @Test
  void aFailedVpcLinkFailsTheFutureWithItsStatusMessage() {
    CompletableFuture<WaiterResult<GetVpcLinkResult>> wait =
        waiter(new ResourceStates<>(vpcLink("PENDING"), failedVpcLink("No capacity")))
            .waitUntilVpcLinkAvailable(r -> r.vpcLinkId("vl-1"));
    time.runScheduled();

    assertThatThrownBy(wait::join)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOfSatisfying(
            WaiterFailureException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.FAILURE_STATE);
              assertThat(e.statusMessage()).contains("No capacity");
              assertThat(e.lastResult(GetVpcLinkResult.class).orElseThrow().vpcLinkStatusAsString())
                  .contains("FAILED");
            });
  }

  @Test
  void maxAttemptsAndTimeoutFailTheFuture() {
    CompletableFuture<WaiterResult<GetVpcLinkResult>> exhausted =
        waiter(new ResourceStates<>(vpcLink("PENDING")))
            .waitUntilVpcLinkAvailable(
                r -> r.vpcLinkId("vl-1"), WaiterOverrides.builder().maxAttempts(3).build());
    time.runScheduled();
    assertThatThrownBy(exhausted::join)
        .cause()
        .isInstanceOfSatisfying(
            WaiterFailureException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MAX_ATTEMPTS));

    CompletableFuture<WaiterResult<GetVpcLinkResult>> late =
        waiter(new ResourceStates<>(vpcLink("PENDING")))
            .waitUntilVpcLinkAvailable(
                GetVpcLinkRequest.builder().vpcLinkId("vl-1").build(),
                WaiterOverrides.builder().timeout(Duration.ofSeconds(12)).build());
    time.runScheduled();
    assertThatThrownBy(late::join)
        .cause()
        .isInstanceOfSatisfying(
            WaiterFailureException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
              assertThat(e.polls()).isEqualTo(3);
            });
  }

  @Test
  void notFoundIsSuccessForDeletedAndFailureOtherwise() {
    CompletableFuture<WaiterResult<GetVpcLinkResult>> deleted =
        waiter(new ResourceStates<>(vpcLink("DELETING"), notFound()))
            .waitUntilVpcLinkDeleted(r -> r.vpcLinkId("vl-1"));
    time.runScheduled();
    assertThat(deleted.join().attempts()).isEqualTo(2);

    CompletableFuture<WaiterResult<GetVpcLinkResult>> available =
        waiter(new ResourceStates<>(notFound()))
            .waitUntilVpcLinkAvailable(r -> r.vpcLinkId("vl-1"));
    assertThatThrownBy(available::join)
        .cause()
        .isInstanceOfSatisfying(
            WaiterFailureException.class,
            e -> assertThat(e.getCause()).isInstanceOf(NotFoundException.class));
  }

  @Test
  void cancellingTheFutureStopsThePolling() {
    ResourceStates<GetVpcLinkResult> states = new ResourceStates<>(vpcLink("PENDING"));
    CompletableFuture<WaiterResult<GetVpcLinkResult>> wait =
        waiter(states).waitUntilVpcLinkAvailable(r -> r.vpcLinkId("vl-1"));
    assertThat(states.polls()).isEqualTo(1);
    assertThat(time.queued()).isEqualTo(1);

    assertThat(wait.cancel(true)).isTrue();
    time.runScheduled();

    assertThat(states.polls()).isEqualTo(1);
    assertThat(time.queued()).isZero();
  }

  @Test
  void cancellingCancelsTheCallInFlight() {
    CompletableFuture<GetPortalResult> inFlight = new CompletableFuture<>();
    ApiGatewayV2AsyncClient client =
        new ApiGatewayV2AsyncClient() {
          @Override
          public CompletableFuture<GetPortalResult> getPortal(GetPortalRequest request) {
            return inFlight;
          }
        };
    CompletableFuture<WaiterResult<GetPortalResult>> wait =
        ApiGatewayV2AsyncWaiter.create(client, time.engine(1.0))
            .waitUntilPortalPublished(r -> r.portalId("portal0000001"));
    wait.cancel(true);
    assertThat(inFlight).isCancelled();
  }

  @Test
  void theClientsWaiterRunsOnTheSystemEngine() throws Exception {
    ApiGatewayV2AsyncClient client =
        client(
            new ResourceStates<>(),
            new ResourceStates<>(portal("PUBLISH_IN_PROGRESS"), portal("PUBLISHED")));
    WaiterResult<GetPortalResult> result =
        client
            .waiter()
            .waitUntilPortalPublished(
                r -> r.portalId("portal0000001"),
                WaiterOverrides.builder().delay(Duration.ofMillis(20)).build())
            .get(5, TimeUnit.SECONDS);
    assertThat(result.attempts()).isEqualTo(2);
    assertThat(result.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(10));

    assertThat(client.waiter().waitUntilPortalPublished((GetPortalRequest) null))
        .isCompletedExceptionally();
  }
}

package dev.apigw.client.waiters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.client.ApiGatewayV2AsyncClient;
import dev.apigw.client.ApiGatewayV2AsyncWaiter;
import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.client.ApiGatewayV2Waiter;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.waiters.WaiterResult;
import dev.apigw.model.GetVpcLinkResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The waiters over the real clients against MockWebServer: what the service answers on the wire (a
 * status in JSON, a {@code NotFoundException} error response) drives the wait.
 */
class WaiterWireTest {
  private static final Credentials CREDENTIALS =
      Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

  private final MockWebServer server = new MockWebServer();
  private final FakeWaitTime time = new FakeWaitTime();

  @BeforeEach
  void start() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getPort());
  }

  private void answerStatus(String status) {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body("{\"vpcLinkId\":\"vl-1\",\"vpcLinkStatus\":\"" + status + "\"}")
            .build());
  }

  private void answerNotFound() {
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .addHeader("Content-Type", "application/json")
            .addHeader("x-amzn-ErrorType", "NotFoundException")
            .body("{\"message\":\"Invalid VPC link identifier specified\"}")
            .build());
  }

  @Test
  void theBlockingClientPollsUntilTheLinkIsAvailableThenUntilItIsGone() throws Exception {
    answerStatus("PENDING");
    answerStatus("AVAILABLE");
    answerStatus("DELETING");
    answerNotFound();
    try (ApiGatewayV2Client client =
        ApiGatewayV2Client.builder()
            .region("us-east-1")
            .endpoint(endpoint())
            .credentials(CREDENTIALS)
            .build()) {
      ApiGatewayV2Waiter waiter = ApiGatewayV2Waiter.create(client, time.engine(1.0));

      WaiterResult<GetVpcLinkResult> available =
          waiter.waitUntilVpcLinkAvailable(r -> r.vpcLinkId("vl-1"));
      WaiterResult<GetVpcLinkResult> deleted =
          waiter.waitUntilVpcLinkDeleted(r -> r.vpcLinkId("vl-1"));

      assertThat(available.attempts()).isEqualTo(2);
      assertThat(deleted.attempts()).isEqualTo(2);
      assertThat(server.getRequestCount()).isEqualTo(4);
      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/vpclinks/vl-1");
    }
  }

  @Test
  void theAsyncClientPollsOnTheScheduler() {
    answerStatus("PENDING");
    answerStatus("AVAILABLE");
    try (ApiGatewayV2AsyncClient client =
        ApiGatewayV2AsyncClient.builder()
            .region("us-east-1")
            .endpoint(endpoint())
            .credentials(CREDENTIALS)
            .build()) {
      CompletableFuture<WaiterResult<GetVpcLinkResult>> wait =
          ApiGatewayV2AsyncWaiter.create(client, time.engine(1.0))
              .waitUntilVpcLinkAvailable(r -> r.vpcLinkId("vl-1"));
      while (!wait.isDone()) {
        time.runScheduled();
        Thread.onSpinWait();
      }
      assertThat(wait.join().attempts()).isEqualTo(2);
      assertThat(server.getRequestCount()).isEqualTo(2);
    }
  }
}

package dev.apigw.client.waiters;

import dev.apigw.core.exception.ErrorDetails;
import dev.apigw.model.DomainNameConfiguration;
import dev.apigw.model.GetDomainNameResult;
import dev.apigw.model.GetPortalResult;
import dev.apigw.model.GetVpcLinkResult;
import dev.apigw.model.NotFoundException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the test doubles answer, poll after poll: results or exceptions in order, the last one
 * repeated; counts the polls.
 */
final class ResourceStates<T> {
  private final Deque<Object> answers;
  private final AtomicInteger polls = new AtomicInteger();

  ResourceStates(Object... answers) {
    this.answers = new ArrayDeque<>(List.of(answers));
  }

  @SuppressWarnings("unchecked")
  synchronized T next() {
    polls.incrementAndGet();
    Object next = answers.size() > 1 ? answers.poll() : answers.peek();
    if (next instanceof RuntimeException) {
      throw (RuntimeException) next;
    }
    return (T) next;
  }

  int polls() {
    return polls.get();
  }

  static GetVpcLinkResult vpcLink(String status) {
    return GetVpcLinkResult.builder().vpcLinkId("vl-1").vpcLinkStatus(status).build();
  }

  static GetVpcLinkResult failedVpcLink(String message) {
    return GetVpcLinkResult.builder()
        .vpcLinkId("vl-1")
        .vpcLinkStatus("FAILED")
        .vpcLinkStatusMessage(message)
        .build();
  }

  static GetDomainNameResult domainName(String... statuses) {
    GetDomainNameResult.Builder builder =
        GetDomainNameResult.builder().domainName("api.example.com");
    DomainNameConfiguration[] configurations = new DomainNameConfiguration[statuses.length];
    for (int i = 0; i < statuses.length; i++) {
      configurations[i] = DomainNameConfiguration.builder().domainNameStatus(statuses[i]).build();
    }
    return builder.domainNameConfigurations(configurations).build();
  }

  static GetPortalResult portal(String publishStatus) {
    return GetPortalResult.builder().portalId("portal0000001").publishStatus(publishStatus).build();
  }

  static GetPortalResult failedPortal(String publishStatus, String message) {
    return GetPortalResult.builder()
        .portalId("portal0000001")
        .publishStatus(publishStatus)
        .statusException(e -> e.exception("PublishError").message(message))
        .build();
  }

  static GetPortalResult preview(String previewStatus) {
    return GetPortalResult.builder()
        .portalId("portal0000001")
        .preview(
            p ->
                p.previewStatus(previewStatus)
                    .statusException(e -> e.message("no " + previewStatus)))
        .build();
  }

  static NotFoundException notFound() {
    return new NotFoundException(
        ErrorDetails.of(404, "NotFoundException", "Invalid VPC link identifier", "req-1", "{}"),
        "VpcLink");
  }
}

package dev.apigw.testkit.internal.lifecycle;

import static dev.apigw.testkit.internal.store.ResourceKind.DOMAIN_NAME;

import java.util.List;

/**
 * The status table of a domain name's configurations ({@code domainNameStatus}, {@code
 * domainNameStatusMessage}). The model gives a domain name no failed status, so none fails.
 */
public final class DomainNameStatuses {
  private static final String FACT =
      "A domain name's configuration is AVAILABLE when it can be used and UPDATING while the"
          + " service changes it; the service's recorded answers to CreateDomainName and"
          + " UpdateDomainName already show AVAILABLE, so UPDATING is only shown when a"
          + " provisioning time is set.";

  /** Each entry with the fact of the service's documentation it comes from. */
  public static final List<StatusTransition> TABLE =
      List.of(
          StatusTransition.on(
                  DOMAIN_NAME, "CreateDomainName", StatusSlots.domainNameConfigurations())
              .inProgress("UPDATING", null)
              .settles("AVAILABLE", null)
              .onlyWithProvisioningTime()
              .because(FACT),
          StatusTransition.on(
                  DOMAIN_NAME, "UpdateDomainName", StatusSlots.domainNameConfigurations())
              .inProgress("UPDATING", null)
              .settles("AVAILABLE", null)
              .onlyWithProvisioningTime()
              .because(FACT));

  private DomainNameStatuses() {}
}

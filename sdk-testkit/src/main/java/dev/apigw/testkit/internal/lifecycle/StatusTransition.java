package dev.apigw.testkit.internal.lifecycle;

import dev.apigw.testkit.ProvisionedKind;
import dev.apigw.testkit.internal.store.ResourceKind;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a status table: the operation that starts a change the service makes over time, the
 * status the resource shows meanwhile, and the one it settles in (none when the resource is then
 * gone) or, when made to fail, the failed one. {@code fact} is what the service's documentation
 * says, in our words.
 */
public final class StatusTransition {
  final ResourceKind kind;
  final String operation;
  final StatusSlot slot;
  final String inProgress;
  final @Nullable String inProgressMessage;
  final @Nullable String settled;
  final @Nullable String settledMessage;
  final @Nullable ProvisionedKind failsAs;
  final @Nullable String failed;
  final boolean onlyWithProvisioningTime;
  final String fact;

  private StatusTransition(Builder b) {
    this.kind = b.kind;
    this.operation = b.operation;
    this.slot = b.slot;
    this.inProgress = b.inProgress;
    this.inProgressMessage = b.inProgressMessage;
    this.settled = b.settled;
    this.settledMessage = b.settledMessage;
    this.failsAs = b.failsAs;
    this.failed = b.failed;
    this.onlyWithProvisioningTime = b.onlyWithProvisioningTime;
    this.fact = b.fact;
  }

  static Builder on(ResourceKind kind, String operation, StatusSlot slot) {
    return new Builder(kind, operation, slot);
  }

  public ResourceKind kind() {
    return kind;
  }

  /** The operation that starts it, such as {@code CreateVpcLink}. */
  public String operation() {
    return operation;
  }

  /** The status answered by the operation and shown until the provisioning time has passed. */
  public String inProgress() {
    return inProgress;
  }

  public @Nullable String inProgressMessage() {
    return inProgressMessage;
  }

  /** The status it settles in; null when the resource is gone once settled. */
  public @Nullable String settled() {
    return settled;
  }

  public @Nullable String settledMessage() {
    return settledMessage;
  }

  /** What {@code failNextProvisioning} names it by; null when it cannot be made to fail. */
  public @Nullable ProvisionedKind failsAs() {
    return failsAs;
  }

  /** The status it settles in when made to fail; null when it cannot fail. */
  public @Nullable String failed() {
    return failed;
  }

  /** True when, without a provisioning time, the settled status is answered at once. */
  public boolean onlyWithProvisioningTime() {
    return onlyWithProvisioningTime;
  }

  /** The fact of the service's documentation this entry comes from. */
  public String fact() {
    return fact;
  }

  @Override
  public String toString() {
    return operation + ": " + inProgress + " -> " + (settled == null ? "gone" : settled);
  }

  /** The parts of an entry, named as they are set. */
  static final class Builder {
    private final ResourceKind kind;
    private final String operation;
    private final StatusSlot slot;
    private String inProgress = "";
    private @Nullable String inProgressMessage;
    private @Nullable String settled;
    private @Nullable String settledMessage;
    private @Nullable ProvisionedKind failsAs;
    private @Nullable String failed;
    private boolean onlyWithProvisioningTime;
    private String fact = "";

    private Builder(ResourceKind kind, String operation, StatusSlot slot) {
      this.kind = kind;
      this.operation = operation;
      this.slot = slot;
    }

    Builder inProgress(String status, @Nullable String message) {
      this.inProgress = status;
      this.inProgressMessage = message;
      return this;
    }

    Builder settles(@Nullable String status, @Nullable String message) {
      this.settled = status;
      this.settledMessage = message;
      return this;
    }

    Builder failsAs(ProvisionedKind provisioned, String status) {
      this.failsAs = provisioned;
      this.failed = status;
      return this;
    }

    Builder onlyWithProvisioningTime() {
      this.onlyWithProvisioningTime = true;
      return this;
    }

    StatusTransition because(String documentedFact) {
      this.fact = documentedFact;
      return new StatusTransition(this);
    }
  }
}

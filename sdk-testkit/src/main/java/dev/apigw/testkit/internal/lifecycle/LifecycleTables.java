package dev.apigw.testkit.internal.lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Every status table, one per kind of change the service makes over time. */
public final class LifecycleTables {
  /**
   * The entries of all tables: VPC links, portal publishing, portal previews, domain names,
   * WebSocket deployments.
   */
  public static final List<StatusTransition> ALL = all();

  private LifecycleTables() {}

  /** The entry that {@code operation} starts; null when it starts none. */
  static @Nullable StatusTransition startedBy(String operation) {
    for (StatusTransition transition : ALL) {
      if (transition.operation.equals(operation)) {
        return transition;
      }
    }
    return null;
  }

  private static List<StatusTransition> all() {
    List<StatusTransition> all = new ArrayList<>();
    all.addAll(VpcLinkStatuses.TABLE);
    all.addAll(PortalStatuses.TABLE);
    all.addAll(PortalPreviewStatuses.TABLE);
    all.addAll(DomainNameStatuses.TABLE);
    all.addAll(DeploymentStatuses.TABLE);
    return Collections.unmodifiableList(all);
  }
}

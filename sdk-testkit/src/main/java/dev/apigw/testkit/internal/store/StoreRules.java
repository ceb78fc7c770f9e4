package dev.apigw.testkit.internal.store;

import java.util.Map;

/**
 * The service's rules as {@link ResourceStore} applies them to every create, update and
 * replacement: the checks before it changes anything, and the members the service fills in after.
 */
public interface StoreRules {
  /** Throws the service's error when the change breaks one of the rules of its kind. */
  void check(ProposedChange change);

  /** Fills in the members the service gives a new resource. */
  void onCreate(Resource created, ServiceFacts facts);

  /**
   * The members an update (PATCH) stores, from the members sent and the resource as it is; by
   * default the members sent, each replacing the one stored.
   */
  default Map<String, Object> membersToStore(Resource existing, Map<String, Object> sent) {
    return sent;
  }

  /** Fills in what an update or a replacement changes besides the members sent. */
  void onUpdate(Resource updated, ServiceFacts facts);
}

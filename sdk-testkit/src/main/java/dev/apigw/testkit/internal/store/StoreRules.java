package dev.apigw.testkit.internal.store;

/**
 * The service's rules as {@link ResourceStore} applies them to every create, update and
 * replacement: the checks before it changes anything, and the members the service fills in after.
 */
public interface StoreRules {
  /** Throws the service's error when the change breaks one of the rules of its kind. */
  void check(ProposedChange change);

  /** Fills in the members the service gives a new resource. */
  void onCreate(Resource created, ServiceFacts facts);

  /** Fills in what an update or a replacement changes besides the members sent. */
  void onUpdate(Resource updated, ServiceFacts facts);
}

package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.store.ProposedChange;

/** A check the service makes on the members sent to create or update a resource of one kind. */
@FunctionalInterface
interface FieldRule {
  /** Throws the service's error when {@code change} breaks the rule. */
  void check(ProposedChange change);
}

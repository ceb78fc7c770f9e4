package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.JsonTree;
import dev.apigw.testkit.internal.store.Resource;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One row of a kind's defaults table: a member the service fills in on create when it was not sent,
 * the value, the resources it applies to, and the documented fact it comes from.
 */
final class DefaultValue {
  private final String member;
  private final Object value;
  private final Predicate<Resource> appliesTo;
  private final String fact;

  private DefaultValue(String member, Object value, Predicate<Resource> appliesTo, String fact) {
    this.member = member;
    this.value = value;
    this.appliesTo = appliesTo;
    this.fact = fact;
  }

  /** A default for every resource of the kind. */
  static DefaultValue always(String member, Object value, String fact) {
    return new DefaultValue(member, value, resource -> true, fact);
  }

  /** A default for the resources {@code appliesTo} accepts. */
  static DefaultValue when(
      Predicate<Resource> appliesTo, String member, Object value, String fact) {
    return new DefaultValue(member, value, appliesTo, fact);
  }

  String member() {
    return member;
  }

  Object value() {
    return value;
  }

  /** What the service's documentation says, in our words. */
  String fact() {
    return fact;
  }

  boolean appliesTo(Resource resource) {
    return appliesTo.test(resource);
  }

  /** Fills the member in on {@code resource} when it applies and the member was not sent. */
  void fillIn(Resource resource) {
    fillIn(resource, resource.fields());
  }

  /**
   * Fills the member in on {@code members}, a structure held by {@code owner} (a stage's default
   * route settings), when it applies to the owner and the member was not sent.
   */
  void fillIn(Resource owner, Map<String, Object> members) {
    if (appliesTo(owner) && !members.containsKey(member)) {
      members.put(member, JsonTree.copy(value));
    }
  }

  @Override
  public String toString() {
    return member + "=" + value;
  }
}

package dev.apigw.core.internal.endpoints;

/**
 * One condition of a rule: a function call that holds unless it gives false or unset, and whose
 * value may be assigned to a variable for the conditions and rules after it.
 */
final class Condition {
  /** The slot of a condition that assigns nothing. */
  static final int NO_ASSIGNMENT = -1;

  private final Expression call;
  private final int assignSlot;

  Condition(Expression call, int assignSlot) {
    this.call = call;
    this.assignSlot = assignSlot;
  }

  /** Evaluates the call; when it holds and assigns, stores its value. */
  boolean holds(Scope scope) {
    Object value = call.evaluate(scope);
    if (value == null || Boolean.FALSE.equals(value)) {
      return false;
    }
    if (assignSlot != NO_ASSIGNMENT) {
      scope.set(assignSlot, value);
    }
    return true;
  }
}

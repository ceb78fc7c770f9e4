package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.ApiError;
import dev.apigw.testkit.internal.store.ProposedChange;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One row of a kind's validation table: the documented fact it enforces, when a change breaks it,
 * and the {@code BadRequestException} message the service answers with.
 */
final class Check implements FieldRule {
  private final String name;
  private final String fact;
  private final Predicate<ProposedChange> broken;
  private final Function<ProposedChange, String> message;

  private Check(
      String name,
      String fact,
      Predicate<ProposedChange> broken,
      Function<ProposedChange, String> message) {
    this.name = name;
    this.fact = fact;
    this.broken = broken;
    this.message = message;
  }

  /** A check whose message does not depend on what was sent. */
  static Check of(String name, String fact, Predicate<ProposedChange> broken, String message) {
    return new Check(name, fact, broken, change -> message);
  }

  /** A check whose message names what was sent. */
  static Check naming(
      String name,
      String fact,
      Predicate<ProposedChange> broken,
      Function<ProposedChange, String> message) {
    return new Check(name, fact, broken, message);
  }

  /** The row's short name, which tests cite. */
  String name() {
    return name;
  }

  /** What the service's documentation says, in our words. */
  String fact() {
    return fact;
  }

  /** The message the service gives for {@code change}. */
  String message(ProposedChange change) {
    return message.apply(change);
  }

  @Override
  public void check(ProposedChange change) {
    if (broken.test(change)) {
      throw ApiError.badRequest(message(change));
    }
  }

  @Override
  public String toString() {
    return name;
  }
}

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
  /**
   * Where a message comes from when no answer of the service to that mistake was found recorded.
   */
  static final String OUR_WORDING = "our wording: no recorded answer of the service was found";

  private final String name;
  private final String fact;
  private final Predicate<ProposedChange> broken;
  private final Function<ProposedChange, String> message;
  private final String messageSource;

  private Check(
      String name,
      String fact,
      Predicate<ProposedChange> broken,
      Function<ProposedChange, String> message,
      String messageSource) {
    this.name = name;
    this.fact = fact;
    this.broken = broken;
    this.message = message;
    this.messageSource = messageSource;
  }

  /** A check whose message does not depend on what was sent. */
  static Check of(String name, String fact, Predicate<ProposedChange> broken, String message) {
    return new Check(name, fact, broken, change -> message, OUR_WORDING);
  }

  /** A check whose message names what was sent. */
  static Check naming(
      String name,
      String fact,
      Predicate<ProposedChange> broken,
      Function<ProposedChange, String> message) {
    return new Check(name, fact, broken, message, OUR_WORDING);
  }

  /**
   * This row with its message taken from an answer of the service seen in {@code where} (a public
   * report quoting the error), rather than in our own words.
   */
  Check recordedIn(String where) {
    return new Check(name, fact, broken, message, "recorded from the service in " + where);
  }

  /** The row's short name, which tests cite. */
  String name() {
    return name;
  }

  /** What the service's documentation says, in our words. */
  String fact() {
    return fact;
  }

  /** Whether the message is the service's, and where it was seen; or that it is ours. */
  String messageSource() {
    return messageSource;
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

package dev.apigw.micrometer;

import dev.apigw.core.metrics.AttemptMetrics;
import dev.apigw.core.metrics.CallMetrics;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** The tags of the meters, each read from the metrics with a value from a small set. */
final class CallTags {
  static final String SERVICE = "service";
  static final String OPERATION = "operation";
  static final String OUTCOME = "outcome";
  static final String STATUS = "status";
  static final String ERROR = "error";

  /** The keys the publisher sets, which its extra tags must not use. */
  static final Set<String> KEYS = Set.of(SERVICE, OPERATION, OUTCOME, STATUS, ERROR);

  /** The value of {@code status} and {@code error} when there is none. */
  static final String NONE = "none";

  private CallTags() {}

  /** {@code service} and {@code operation}, after the publisher's extra tags. */
  static Tags operation(Tags extraTags, CallMetrics metrics) {
    return extraTags.and(SERVICE, metrics.serviceId(), OPERATION, metrics.operationName());
  }

  static Tags call(Tags operation, CallMetrics metrics) {
    List<AttemptMetrics> attempts = metrics.attempts();
    OptionalInt lastStatus =
        attempts.isEmpty() ? OptionalInt.empty() : attempts.get(attempts.size() - 1).statusCode();
    return operation.and(
        OUTCOME,
        metrics.outcome().tagValue(),
        STATUS,
        status(lastStatus),
        ERROR,
        metrics.errorType().orElse(NONE));
  }

  static Tags attempt(Tags operation, AttemptMetrics attempt) {
    return operation.and(
        OUTCOME, attempt.outcome().tagValue(), STATUS, status(attempt.statusCode()));
  }

  private static String status(OptionalInt statusCode) {
    return statusCode.isPresent() ? Integer.toString(statusCode.getAsInt()) : NONE;
  }
}

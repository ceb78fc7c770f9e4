package dev.apigw.core.metrics;

/** The outcome a status alone tells, for metrics built without one. */
final class Outcomes {
  private Outcomes() {}

  static Outcome of(int statusCode) {
    if (statusCode == 0) {
      return Outcome.FAILURE;
    }
    if (statusCode == 429) {
      return Outcome.THROTTLED;
    }
    if (statusCode >= 500) {
      return Outcome.SERVER_ERROR;
    }
    return statusCode >= 400 ? Outcome.CLIENT_ERROR : Outcome.SUCCESS;
  }
}

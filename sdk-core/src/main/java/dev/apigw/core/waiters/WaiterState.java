package dev.apigw.core.waiters;

/** What an acceptor decides when it matches an attempt's outcome. */
public enum WaiterState {
  /** The resource reached the state waited for: the wait ends with a {@link WaiterResult}. */
  SUCCESS,
  /** The resource can no longer reach it: the wait ends with a {@link WaiterFailureException}. */
  FAILURE,
  /** Not there yet: poll again after the delay. */
  RETRY
}

/**
 * Retrying, whole: the retry stage and the decisions both call styles share ({@code
 * RetryAttempts}), which failures are retried ({@code FailureClassifier}), the backoff, the retry
 * quota, the adaptive rate limiter, the clock offset a clock-skew error teaches ({@code ClockSkew},
 * {@code ClockOffset}), and the retry settings read from outside the code. Internal: not part of
 * the SDK's API.
 */
@NullMarked
package dev.apigw.core.internal.retry;

import org.jspecify.annotations.NullMarked;

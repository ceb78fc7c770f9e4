/**
 * Retry strategies with the AWS SDKs' semantics: {@link
 * dev.apigw.core.retry.RetryStrategy#standard()} (the default), {@link
 * dev.apigw.core.retry.RetryStrategy#adaptive()} and {@link
 * dev.apigw.core.retry.RetryStrategy#none()}.
 */
@NullMarked
package dev.apigw.core.retry;

import org.jspecify.annotations.NullMarked;

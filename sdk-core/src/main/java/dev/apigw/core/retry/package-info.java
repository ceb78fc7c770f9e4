/**
 * Retry strategies with the AWS SDKs' semantics: {@link
 * dev.apigw.core.retry.RetryStrategy#standard()} (the default), {@link
 * dev.apigw.core.retry.RetryStrategy#adaptive()} and {@link
 * dev.apigw.core.retry.RetryStrategy#none()}.
 */
package dev.apigw.core.retry;

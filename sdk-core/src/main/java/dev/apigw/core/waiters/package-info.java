/**
 * Waiting for what the service provisions: the waiters' definitions, their per-call {@link
 * dev.apigw.core.waiters.WaiterOverrides}, the {@link dev.apigw.core.waiters.WaiterResult} of a
 * wait and the {@link dev.apigw.core.waiters.WaiterFailureException} that ends one.
 */
@NullMarked
package dev.apigw.core.waiters;

import org.jspecify.annotations.NullMarked;

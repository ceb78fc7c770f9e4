/**
 * Execution interceptors: code of yours that every call of a client (or one call, through its
 * {@link dev.apigw.core.RequestOverrideConfiguration}) runs at fixed points, to add a header, log
 * or measure. {@link dev.apigw.core.interceptor.ExecutionInterceptor} has the hooks, {@link
 * dev.apigw.core.interceptor.ExecutionContext} what they are told of the call.
 */
@NullMarked
package dev.apigw.core.interceptor;

import org.jspecify.annotations.NullMarked;

/**
 * The polling engine behind both waiters, blocking and asynchronous. Not API: it may change in any
 * release.
 */
@NullMarked
package dev.apigw.core.waiters.internal;

import org.jspecify.annotations.NullMarked;

/**
 * The model's constraints on request members and the service's documented limits and quotas, as the
 * emulator enforces them. Not API: it may change in any release.
 */
@NullMarked
package dev.apigw.testkit.internal.constraints;

import org.jspecify.annotations.NullMarked;

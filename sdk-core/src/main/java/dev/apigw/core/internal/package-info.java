/**
 * The runtime's seams on the outside world (environment, clock, sleeping, scheduling), so that
 * tests can replace them. Not API: it may change in any release.
 */
@NullMarked
package dev.apigw.core.internal;

import org.jspecify.annotations.NullMarked;

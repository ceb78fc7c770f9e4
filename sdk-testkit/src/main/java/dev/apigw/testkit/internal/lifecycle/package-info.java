/**
 * The status tables of what the service provisions and how the emulator moves a resource through
 * them. Not API: it may change in any release.
 */
@NullMarked
package dev.apigw.testkit.internal.lifecycle;

import org.jspecify.annotations.NullMarked;

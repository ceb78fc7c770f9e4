/**
 * The instance metadata service's client and the region chain that reads it. Not API: it may change
 * in any release.
 */
@NullMarked
package dev.apigw.core.internal.metadata;

import org.jspecify.annotations.NullMarked;

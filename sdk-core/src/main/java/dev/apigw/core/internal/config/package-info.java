/**
 * How a client's settings are resolved from the builder, the system properties, the environment and
 * the profile file, each with where it came from. Not API: it may change in any release.
 */
@NullMarked
package dev.apigw.core.internal.config;

import org.jspecify.annotations.NullMarked;

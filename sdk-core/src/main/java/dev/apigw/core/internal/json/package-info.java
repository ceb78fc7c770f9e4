/**
 * Reading and writing the service's JSON with jackson-core's streaming API, for the generated
 * codecs. Not API: it may change in any release.
 */
@NullMarked
package dev.apigw.core.internal.json;

import org.jspecify.annotations.NullMarked;

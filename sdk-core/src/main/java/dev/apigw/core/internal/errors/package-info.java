/**
 * An error response turned into the service's typed exception: the error code and message found in
 * the headers or the body (JSON, or XML from a proxy) and the stage that does it. Internal: not
 * part of the SDK's API.
 */
@NullMarked
package dev.apigw.core.internal.errors;

import org.jspecify.annotations.NullMarked;

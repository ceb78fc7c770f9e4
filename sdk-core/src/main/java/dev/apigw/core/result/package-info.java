/**
 * What every result of an operation is: {@link dev.apigw.core.result.SdkResult}, with the {@link
 * dev.apigw.core.result.ResponseMetadata} of the response it came from (its status and request id).
 */
@NullMarked
package dev.apigw.core.result;

import org.jspecify.annotations.NullMarked;

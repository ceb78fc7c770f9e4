/**
 * The exceptions of the SDK: {@link dev.apigw.core.exception.SdkException} at the root, {@link
 * dev.apigw.core.exception.ServiceException} for the service's errors, {@link
 * dev.apigw.core.exception.SdkClientException} for the client's own, and the timeouts.
 */
@NullMarked
package dev.apigw.core.exception;

import org.jspecify.annotations.NullMarked;

package dev.apigw.core.http;

import java.io.IOException;

/**
 * Turns a successful (2xx) response into an operation's result. The runtime wraps any exception
 * thrown here in an {@link dev.apigw.core.exception.SdkClientException} that names the operation.
 */
@FunctionalInterface
public interface ResponseDecoder<T> {
  /** The result this response holds; never null. */
  T decode(SdkHttpResponse response) throws IOException;
}

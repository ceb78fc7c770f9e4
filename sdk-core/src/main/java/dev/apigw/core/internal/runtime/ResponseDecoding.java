package dev.apigw.core.internal.runtime;

import dev.apigw.core.exception.ApiCallTimeoutException;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.http.ResponseDecoder;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.Ticker;
import dev.apigw.core.internal.pipeline.CallContext;
import dev.apigw.core.internal.pipeline.CallFailures;
import dev.apigw.core.internal.pipeline.CallMeter;
import java.io.IOException;

/**
 * The last step of a call: a successful response decoded into the operation's result, within the
 * call's deadline. A decoder's failure is the call's, named with the operation; it is not retried.
 */
final class ResponseDecoding {
  private final Ticker ticker;

  ResponseDecoding(Ticker ticker) {
    this.ticker = ticker;
  }

  <T> T decode(SdkHttpResponse response, ResponseDecoder<T> decoder, CallContext context) {
    String operation = context.operationName();
    context.record().decoding(response.metadata());
    CallMeter meter = context.record().meter();
    long start = meter.now();
    T result;
    try {
      result = decoder.decode(response);
    } catch (IOException | RuntimeException e) {
      meter.decoded(start);
      response.releaseBody();
      if (e instanceof SdkException) {
        throw context.record().finish((SdkException) e);
      }
      throw context
          .record()
          .finish(
              new SdkClientException(
                  operation
                      + ": the response body could not be decoded: "
                      + CallFailures.describe(e),
                  e));
    }
    meter.decoded(start);
    response.releaseBody();
    if (result == null) {
      throw context
          .record()
          .finish(
              new SdkClientException(
                  operation
                      + ": the response body could not be decoded: the decoder returned null"));
    }
    if (context.callNanosLeft(ticker.nanoTime()) < 0) {
      throw context
          .record()
          .finish(new ApiCallTimeoutException(operation, context.apiCallTimeout(), null));
    }
    return result;
  }
}

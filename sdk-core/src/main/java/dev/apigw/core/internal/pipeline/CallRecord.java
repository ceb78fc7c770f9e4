package dev.apigw.core.internal.pipeline;

import dev.apigw.core.exception.SdkException;
import dev.apigw.core.result.ResponseMetadata;
import java.util.List;

/**
 * What the retry stage leaves behind for the steps after the pipeline, once an attempt succeeded:
 * how many attempts it took and how the earlier ones failed, so that a failure to decode the
 * response still tells the whole story; the metadata of the response decoded; and the call's {@link
 * CallMeter}. One per call, used by one thread at a time.
 */
public final class CallRecord {
  private final CallMeter meter;
  private int attempts;
  private List<SdkException> earlierFailures = List.of();
  private ResponseMetadata metadata = ResponseMetadata.none();

  public CallRecord(CallMeter meter) {
    this.meter = meter;
  }

  /** What the call's stages measure for its metric publishers; {@link CallMeter#NONE} for none. */
  public CallMeter meter() {
    return meter;
  }

  /** The call succeeded at attempt {@code attempt} after {@code earlier} failures. */
  public void succeeded(int attempt, List<SdkException> earlier) {
    this.attempts = attempt;
    this.earlierFailures = List.copyOf(earlier);
  }

  /** How many attempts the call made until one succeeded; 0 before then. */
  public int attempts() {
    return attempts;
  }

  /** The response that is decoded had this metadata. */
  public void decoding(ResponseMetadata responseMetadata) {
    this.metadata = responseMetadata;
  }

  /** The metadata of the response decoded; {@link ResponseMetadata#none()} before then. */
  public ResponseMetadata metadata() {
    return metadata;
  }

  /**
   * Finishes an exception thrown after the pipeline returned: the attempts made and the earlier
   * failures as suppressed exceptions. Does nothing when no attempt was recorded.
   */
  public <E extends SdkException> E finish(E failure) {
    if (attempts > 0) {
      earlierFailures.forEach(failure::addSuppressed);
      failure.recordAttempts(attempts, null);
    }
    return failure;
  }
}

package dev.apigw.core.result;

/** A decoded successful response. */
public interface SdkResult {
  /** The HTTP status and request id of the response this result came from. */
  ResponseMetadata responseMetadata();
}

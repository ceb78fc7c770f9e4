package dev.apigw.opentelemetry;

import io.opentelemetry.api.common.AttributeKey;
import java.util.List;

/**
 * The names this module gives its spans, metrics and attributes: OpenTelemetry's semantic
 * conventions for AWS SDK client spans and RPC client metrics where they name something, {@code
 * apigw.} names where they do not.
 */
final class SemanticConventions {
  /** The one value of {@link #RPC_SYSTEM} the AWS SDK conventions allow. */
  static final String AWS_API = "aws-api";

  static final AttributeKey<String> RPC_SYSTEM = AttributeKey.stringKey("rpc.system");
  static final AttributeKey<String> RPC_SERVICE = AttributeKey.stringKey("rpc.service");
  static final AttributeKey<String> RPC_METHOD = AttributeKey.stringKey("rpc.method");
  static final AttributeKey<String> CLOUD_REGION = AttributeKey.stringKey("cloud.region");
  static final AttributeKey<String> AWS_REQUEST_ID = AttributeKey.stringKey("aws.request_id");
  static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE =
      AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  /** The event a span gets before each attempt after the first. */
  static final String RETRY_EVENT = "retry";

  /** On a retry event: the attempt about to be sent, from 2. */
  static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("apigw.attempt");

  /** On a retry event: the HTTP status of the attempt before, when one came back. */
  static final AttributeKey<Long> PREVIOUS_STATUS_CODE =
      AttributeKey.longKey("apigw.previous_status_code");

  static final String CALL_DURATION = "rpc.client.call.duration";
  static final String ATTEMPTS = "apigw.client.attempts";
  static final String RETRIES = "apigw.client.retries";

  /**
   * The buckets the RPC conventions advise for {@link #CALL_DURATION}, in seconds: from 5 ms to 10
   * s.
   */
  static final List<Double> CALL_DURATION_BUCKETS =
      List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);

  private SemanticConventions() {}

  /**
   * The value of {@link #ERROR_TYPE} for a failure: its class's full name, as the conventions ask
   * of an exception type.
   */
  static String errorType(Throwable failure) {
    return failure.getClass().getName();
  }
}

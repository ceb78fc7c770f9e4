package dev.apigw.core.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.exception.ApiCallAttemptTimeoutException;
import dev.apigw.core.exception.ApiCallTimeoutException;
import dev.apigw.core.exception.ErrorDetails;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.ServiceException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FailureClassifierTest {
  @ParameterizedTest(name = "HTTP {0} {1}: {2}")
  @CsvSource({
    "500, , TRANSIENT",
    "502, , TRANSIENT",
    "503, , TRANSIENT",
    "504, , TRANSIENT",
    "429, , THROTTLING",
    "429, TooManyRequestsException, THROTTLING",
    "400, , NOT_RETRYABLE",
    "401, , NOT_RETRYABLE",
    "403, AccessDeniedException, NOT_RETRYABLE",
    "404, NotFoundException, NOT_RETRYABLE",
    "409, ConflictException, NOT_RETRYABLE",
    "501, , NOT_RETRYABLE",
    "505, , NOT_RETRYABLE",
    "509, , NOT_RETRYABLE",
    "307, , NOT_RETRYABLE",
    "400, BadRequestException, NOT_RETRYABLE",
  })
  void statusesAreSortedAsTheAwsSdksDo(int status, String code, Failure expected) {
    assertThat(FailureClassifier.classify(service(status, code))).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "RequestThrottledException",
        "TooManyRequestsException",
        "ProvisionedThroughputExceededException",
        "TransactionInProgressException",
        "RequestLimitExceeded",
        "BandwidthLimitExceeded",
        "LimitExceededException",
        "RequestThrottled",
        "SlowDown",
        "PriorRequestNotComplete",
        "EC2ThrottledException"
      })
  void everyThrottlingCodeIsThrottlingWhateverTheStatus(String code) {
    assertThat(FailureClassifier.classify(service(400, code))).isEqualTo(Failure.THROTTLING);
    assertThat(FailureClassifier.isThrottling(service(400, code))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "RequestTimeout",
        "RequestTimeoutException",
        "InternalError",
        "InternalFailure",
        "ServiceUnavailable"
      })
  void everyTransientCodeIsTransientWhateverTheStatus(String code) {
    assertThat(FailureClassifier.classify(service(400, code))).isEqualTo(Failure.TRANSIENT);
    assertThat(FailureClassifier.isThrottling(service(400, code))).isFalse();
  }

  @org.junit.jupiter.api.Test
  void clientFailuresAreRetriedOnlyWhenTheySayTheyMayBe() {
    assertThat(
            FailureClassifier.classify(
                new SdkClientException("refused", new ConnectException(), true)))
        .isEqualTo(Failure.TRANSIENT);
    assertThat(
            FailureClassifier.classify(
                new SdkClientException("cut short", new EOFException(), true)))
        .isEqualTo(Failure.TRANSIENT);
    assertThat(
            FailureClassifier.classify(
                new SdkClientException("read", new SocketTimeoutException(), true)))
        .isEqualTo(Failure.TIMEOUT);
    assertThat(
            FailureClassifier.classify(
                new ApiCallAttemptTimeoutException(
                    "Op", Duration.ofSeconds(1), new InterruptedIOException("timeout"))))
        .isEqualTo(Failure.TIMEOUT);
    assertThat(
            FailureClassifier.classify(
                new ApiCallTimeoutException(
                    "Op", Duration.ofSeconds(1), new InterruptedIOException("timeout"))))
        .isEqualTo(Failure.NOT_RETRYABLE);
    assertThat(
            FailureClassifier.classify(
                new SdkClientException("interrupted", new InterruptedIOException())))
        .isEqualTo(Failure.NOT_RETRYABLE);
    assertThat(
            FailureClassifier.classify(
                new SdkClientException("could not decode", new IOException())))
        .isEqualTo(Failure.NOT_RETRYABLE);
    assertThat(FailureClassifier.classify(new SdkClientException("no credentials")))
        .isEqualTo(Failure.NOT_RETRYABLE);
  }

  private static ServiceException service(int status, String code) {
    return new ServiceException(ErrorDetails.of(status, code, "message", "req-1", ""));
  }
}

package dev.apigw.core.internal.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.sigv4.SigV4Signer;
import dev.apigw.core.auth.sigv4.SignableRequest;
import dev.apigw.core.http.NameValue;
import dev.apigw.core.http.SdkHttpResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SigningStageTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "https://apigateway.us-east-1.amazonaws.com/v2/apis, apigateway.us-east-1.amazonaws.com",
    "https://apigateway.us-east-1.amazonaws.com:443/, apigateway.us-east-1.amazonaws.com",
    "https://example.com:8443/, example.com:8443",
    "http://127.0.0.1:80/, 127.0.0.1",
    "http://127.0.0.1:8080/, 127.0.0.1:8080",
    "http://[::1]:8080/, [::1]:8080",
    "http://[::1]/, [::1]",
    "http://EXAMPLE.com/, example.com",
  })
  void hostHeaderIsWhatOkHttpSends(String url, String expected) {
    assertThat(SigningStage.hostHeader(HttpUrl.get(url))).isEqualTo(expected);
  }

  @Test
  void signsThePathQueryContentTypeAmzHeadersAndBodyOfTheFinalRequest() throws IOException {
    Request request =
        new Request.Builder()
            .url(
                "http://127.0.0.1:8080/base/v2/tags/arn%3Aaws%3A%2Fx?tagKeys=a&tagKeys=b%20c&plus=%2B&empty=")
            .header("Content-Type", "application/json")
            .header("X-Amz-Meta-Thing", "m")
            .header("User-Agent", "apigw-java/1 java/17")
            .header("X-Other", "o")
            .method("POST", RequestBody.create("{}".getBytes(UTF_8), (MediaType) null))
            .build();

    SignableRequest signable = SigningStage.signable(request);

    assertThat(signable.method()).isEqualTo("POST");
    assertThat(signable.host()).isEqualTo("127.0.0.1:8080");
    assertThat(signable.path()).isEqualTo("/base/v2/tags/arn%3Aaws%3A%2Fx");
    assertThat(signable.queryParameters())
        .containsExactly(
            NameValue.of("tagKeys", "a"),
            NameValue.of("tagKeys", "b c"),
            NameValue.of("plus", "+"),
            NameValue.of("empty", ""));
    assertThat(signable.headers())
        .containsExactly(
            NameValue.of("Content-Type", "application/json"),
            NameValue.of("X-Amz-Meta-Thing", "m"));
    assertThat(signable.payloadHash())
        .isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
  }

  @Test
  void signsTheContentTypeOkHttpWillSendWhenTheBodyHasOne() throws IOException {
    Request request =
        new Request.Builder()
            .url("http://127.0.0.1/v2/apis")
            .header("Content-Type", "text/plain")
            .post(RequestBody.create("{}", MediaType.get("application/json; charset=utf-8")))
            .build();

    SignableRequest signable = SigningStage.signable(request);

    assertThat(signable.headers())
        .containsExactly(NameValue.of("Content-Type", "application/json; charset=utf-8"));
  }

  @Test
  void signsAtTheClockPlusTheAttemptsClockOffset() {
    SigningStage stage =
        SigningStage.create(
            SigV4Signer.create("apigateway", "us-east-1"),
            () -> Credentials.of("AKID", "SECRET"),
            Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC));
    CallContext call = CallContext.start("GetApis", 0, Duration.ofMinutes(2));
    List<String> dates = new ArrayList<>();
    CallStage.Next recorder =
        (request, context) -> {
          dates.add(request.header("X-Amz-Date"));
          return SdkHttpResponse.of(200, List.of(), new byte[0]);
        };
    Request request = new Request.Builder().url("http://127.0.0.1/v2/apis").build();

    stage.execute(request, call.forAttempt(1, 3), recorder);
    stage.execute(
        request,
        call.forAttempt(2, 3)
            .withClockOffset(Duration.ofMinutes(-61))
            .withAttemptTimeout(0, Duration.ofSeconds(30)),
        recorder);

    assertThat(dates).containsExactly("20260601T120000Z", "20260601T105900Z");
  }

  @Test
  void rejectsNullArguments() {
    SigV4Signer signer = SigV4Signer.create("apigateway", "us-east-1");
    assertThatThrownBy(() -> SigningStage.create(null, () -> null, Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("signer must not be null");
    assertThatThrownBy(() -> SigningStage.create(signer, null, Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("credentialsProvider must not be null");
    assertThatThrownBy(() -> SigningStage.create(signer, () -> null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clock must not be null");
  }
}

package dev.apigw.core.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.result.ResponseMetadata;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class SdkHttpResponseTest {
  @Test
  void findsHeadersCaseInsensitivelyFirstValueFirst() {
    SdkHttpResponse response =
        SdkHttpResponse.of(
            200,
            List.of(
                NameValue.of("X-Multi", "one"),
                NameValue.of("x-multi", "two"),
                NameValue.of("Content-Type", "text/plain")),
            null);

    assertThat(response.header("X-MULTI")).contains("one");
    assertThat(response.headerValues("x-Multi")).containsExactly("one", "two");
    assertThat(response.header("Missing")).isEmpty();
    assertThat(response.headers()).hasSize(3);
  }

  @Test
  void bodyIsNeverNullAndIsACopy() {
    SdkHttpResponse empty = SdkHttpResponse.of(204, List.of(), null);
    byte[] source = "héllo".getBytes(UTF_8);
    SdkHttpResponse full = SdkHttpResponse.of(200, List.of(), source);

    source[0] = 'X';
    full.body()[1] = 'Y';

    assertThat(empty.body()).isEmpty();
    assertThat(empty.bodyAsString()).isEmpty();
    assertThat(full.bodyAsString()).isEqualTo("héllo");
    assertThat(full.bodyLength()).isEqualTo(6);
  }

  @Test
  void metadataTakesTheRequestIdFromEitherHeader() {
    SdkHttpResponse amzn =
        SdkHttpResponse.of(
            200,
            List.of(
                NameValue.of("x-amz-request-id", "other"),
                NameValue.of("X-Amzn-RequestId", "main")),
            null);
    SdkHttpResponse fallback =
        SdkHttpResponse.of(404, List.of(NameValue.of("X-Amz-Request-Id", "fallback")), null);
    SdkHttpResponse blank =
        SdkHttpResponse.of(
            500,
            List.of(NameValue.of("x-amzn-RequestId", " "), NameValue.of("x-amz-request-id", "r2")),
            null);
    SdkHttpResponse none = SdkHttpResponse.of(500, List.of(), null);

    assertThat(amzn.metadata()).isEqualTo(ResponseMetadata.of(200, "main"));
    assertThat(fallback.metadata()).isEqualTo(ResponseMetadata.of(404, "fallback"));
    assertThat(blank.metadata().requestId()).contains("r2");
    assertThat(none.metadata().requestId()).isEmpty();
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> SdkHttpResponse.of(42, List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("statusCode must be");
    assertThatThrownBy(() -> SdkHttpResponse.of(200, null, null))
        .hasMessage("headers must not be null");
    assertThatThrownBy(
            () -> SdkHttpResponse.of(200, java.util.Arrays.asList((NameValue) null), null))
        .hasMessage("headers[0] must not be null");
  }

  @Test
  void isSuccessfulOnlyFor2xx() {
    assertThat(SdkHttpResponse.of(200, List.of(), null).isSuccessful()).isTrue();
    assertThat(SdkHttpResponse.of(299, List.of(), null).isSuccessful()).isTrue();
    assertThat(SdkHttpResponse.of(199, List.of(), null).isSuccessful()).isFalse();
    assertThat(SdkHttpResponse.of(300, List.of(), null).isSuccessful()).isFalse();
  }

  /** A body larger than one segment, so reads cross segment boundaries. */
  private static String bigBody() {
    StringBuilder text = new StringBuilder("{\"items\":[");
    for (int i = 0; i < 2_000; i++) {
      text.append(i == 0 ? "" : ",").append("\"route-").append(i).append('"');
    }
    return text.append("]}").toString();
  }

  @Test
  void aWrappedBufferIsReadInPlaceAndAgainUntilReleased() throws Exception {
    String text = bigBody();
    Buffer buffer = new Buffer().writeUtf8(text);
    SdkHttpResponse response =
        SdkHttpResponse.wrap(
            200, new ArrayList<>(List.of(NameValue.of("x-amzn-RequestId", "r-1"))), buffer);

    assertThat(response.bodyLength()).isEqualTo(text.length());
    for (int round = 0; round < 2; round++) {
      try (InputStream in = response.bodyStream()) {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] chunk = new byte[1_000]; // smaller than a segment, and not a divisor of its size
        for (int n = in.read(chunk, 0, chunk.length);
            n != -1;
            n = in.read(chunk, 0, chunk.length)) {
          read.write(chunk, 0, n);
        }
        assertThat(read.toString(UTF_8)).as("read " + (round + 1)).isEqualTo(text);
      }
    }
    try (InputStream in = response.bodyStream()) {
      assertThat(in.read()).isEqualTo('{');
      assertThat(in.available()).isEqualTo(text.length() - 1);
    }
    assertThat(response.bodyAsString()).isEqualTo(text);
    assertThat(new String(response.body(), UTF_8)).isEqualTo(text);
    assertThat(buffer.size()).as("reading never consumes the buffer").isEqualTo(text.length());

    response.releaseBody();
    assertThat(buffer.size()).isZero();
    assertThat(response.bodyLength()).isZero();
    assertThat(response.body()).isEmpty();
    response.releaseBody(); // idempotent
    assertThat(response.toString()).contains("body=" + text.length() + " bytes");
  }
}

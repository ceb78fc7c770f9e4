package dev.apigw.core.auth.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.http.NameValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignableRequestTest {
  private static final String EMPTY_HASH =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  @Test
  void keepsEverythingInOrderWithRepeatedNames() {
    SignableRequest request =
        SignableRequest.builder()
            .method("DELETE")
            .host("apigateway.us-east-1.amazonaws.com")
            .path("/v2/tags/arn%3Aaws")
            .addQueryParameter("tagKeys", "b")
            .addQueryParameter("tagKeys", "a")
            .addHeader("X-One", "1")
            .addHeader("x-one", "2")
            .build();

    assertThat(request.method()).isEqualTo("DELETE");
    assertThat(request.host()).isEqualTo("apigateway.us-east-1.amazonaws.com");
    assertThat(request.path()).isEqualTo("/v2/tags/arn%3Aaws");
    assertThat(request.queryParameters())
        .containsExactly(NameValue.of("tagKeys", "b"), NameValue.of("tagKeys", "a"));
    assertThat(request.headers())
        .containsExactly(NameValue.of("X-One", "1"), NameValue.of("x-one", "2"));
  }

  @Test
  void defaultsToTheRootPathAndTheHashOfNoPayload() {
    SignableRequest request = SignableRequest.builder().method("GET").host("h").build();

    assertThat(request.path()).isEqualTo("/");
    assertThat(request.payloadHash()).isEqualTo(EMPTY_HASH);
  }

  @Test
  void hashesThePayload() {
    SignableRequest request =
        SignableRequest.builder()
            .method("POST")
            .host("h")
            .payload(
                "{\"routeKey\":\"GET /pets\",\"target\":\"integrations/i9j8k7\"}"
                    .getBytes(StandardCharsets.UTF_8))
            .build();

    assertThat(request.payloadHash())
        .isEqualTo("12e84b60f9d2b6f26f558b8d9fb5603beaf818d1f805d01e74cca50ae4b681e7");
  }

  @Test
  void takesAPrecomputedPayloadHash() {
    SignableRequest request =
        SignableRequest.builder()
            .method("POST")
            .host("h")
            .payloadHash("12e84b60f9d2b6f26f558b8d9fb5603beaf818d1f805d01e74cca50ae4b681e7")
            .build();

    assertThat(request.payloadHash())
        .isEqualTo("12e84b60f9d2b6f26f558b8d9fb5603beaf818d1f805d01e74cca50ae4b681e7");
  }

  @Test
  void isNotChangedByTheListsItWasBuiltFromNorByItsBuilder() {
    List<NameValue> headers = new ArrayList<>(List.of(NameValue.of("A", "1")));
    SignableRequest.Builder builder =
        SignableRequest.builder().method("GET").host("h").headers(headers);
    SignableRequest request = builder.build();

    headers.add(NameValue.of("B", "2"));
    builder.addHeader("C", "3");

    assertThat(request.headers()).containsExactly(NameValue.of("A", "1"));
    assertThatThrownBy(() -> request.headers().add(NameValue.of("D", "4")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toBuilderCopiesWithChanges() {
    SignableRequest request =
        SignableRequest.builder()
            .method("GET")
            .host("h")
            .path("/a")
            .addQueryParameter("q", "1")
            .addHeader("X", "y")
            .payload(new byte[] {1})
            .build();

    SignableRequest copy = request.toBuilder().method("PUT").build();

    assertThat(copy.method()).isEqualTo("PUT");
    assertThat(copy.host()).isEqualTo("h");
    assertThat(copy.path()).isEqualTo("/a");
    assertThat(copy.queryParameters()).isEqualTo(request.queryParameters());
    assertThat(copy.headers()).isEqualTo(request.headers());
    assertThat(copy.payloadHash()).isEqualTo(request.payloadHash());
  }

  @Test
  void buildFailsNamingTheMissingMember() {
    assertThatThrownBy(() -> SignableRequest.builder().host("h").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SignableRequest.method is required but was not set");
    assertThatThrownBy(() -> SignableRequest.builder().method("GET").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SignableRequest.host is required but was not set");
  }

  @Test
  void settersRejectBadArgumentsNamingThem() {
    SignableRequest.Builder builder = SignableRequest.builder();

    assertThatThrownBy(() -> builder.method(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("method must not be blank");
    assertThatThrownBy(() -> builder.host(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("host must not be null");
    assertThatThrownBy(() -> builder.path("v2/apis"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path must be empty or start with '/'");
    assertThatThrownBy(() -> builder.path("/v2/apis?maxResults=1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("path must not contain '?'");
    assertThatThrownBy(() -> builder.addHeader("Bad Name", "v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("header name");
    assertThatThrownBy(() -> builder.addHeader("X", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must not be null (name: X)");
    assertThatThrownBy(() -> builder.addQueryParameter(null, "v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be null");
    assertThatThrownBy(() -> builder.payload(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("payload must not be null");
    assertThatThrownBy(() -> builder.payloadHash("ABC"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("payloadHash must be");
  }

  @Test
  void toStringShowsHeaderNamesButNoValues() {
    SignableRequest request =
        SignableRequest.builder()
            .method("POST")
            .host("h")
            .path("/a")
            .addHeader("X-Amz-Security-Token", "the-token")
            .addHeader("Content-Type", "application/json")
            .build();

    String text = request.toString();

    assertThat(text)
        .contains("POST")
        .contains("X-Amz-Security-Token")
        .contains("Content-Type")
        .doesNotContain("the-token")
        .doesNotContain("application/json");
  }

  @Test
  void aNameValuePairHidesASessionTokenValue() {
    NameValue token = NameValue.of("x-amz-SECURITY-token", "the-token");
    NameValue other = NameValue.of("Content-Type", "application/json");

    String tokenText = token.toString();
    String otherText = other.toString();

    assertThat(tokenText).isEqualTo("x-amz-SECURITY-token=<redacted>");
    assertThat(otherText).isEqualTo("Content-Type=application/json");
  }
}

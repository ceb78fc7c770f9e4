package dev.apigw.core.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpRequestSpecTest {
  @Test
  void keepsEverythingInOrder() {
    HttpRequestSpec spec =
        HttpRequestSpec.builder("DELETE", "/v2/tags/arn%3Aaws")
            .query("tagKeys", "b")
            .query("tagKeys", "a")
            .query("other", "x y")
            .header("X-One", "1")
            .header("X-One", "2")
            .build();

    assertThat(spec.method()).isEqualTo("DELETE");
    assertThat(spec.encodedPath()).isEqualTo("/v2/tags/arn%3Aaws");
    assertThat(spec.queryParameters())
        .containsExactly(
            NameValue.of("tagKeys", "b"),
            NameValue.of("tagKeys", "a"),
            NameValue.of("other", "x y"));
    assertThat(spec.headers())
        .containsExactly(NameValue.of("X-One", "1"), NameValue.of("X-One", "2"));
    assertThat(spec.header("x-one")).contains("1");
    assertThat(spec.body()).isEmpty();
  }

  @Test
  void jsonBodySetsTheBodyAndTheContentType() {
    byte[] json = "{\"name\":\"pets\"}".getBytes(UTF_8);

    HttpRequestSpec spec = HttpRequestSpec.builder("POST", "/v2/apis").jsonBody(json).build();

    assertThat(spec.body()).hasValueSatisfying(body -> assertThat(body).isEqualTo(json));
    assertThat(spec.headers()).containsExactly(NameValue.of("Content-Type", "application/json"));
  }

  @Test
  void jsonBodyReplacesAnEarlierContentType() {
    HttpRequestSpec spec =
        HttpRequestSpec.builder("PUT", "/v2/apis/a1")
            .header("content-type", "text/plain")
            .jsonBody(new byte[0])
            .build();

    assertThat(spec.headers()).containsExactly(NameValue.of("Content-Type", "application/json"));
    assertThat(spec.body()).hasValueSatisfying(body -> assertThat(body).isEmpty());
  }

  @Test
  void isImmutable() {
    byte[] json = "{}".getBytes(UTF_8);
    HttpRequestSpec.Builder builder =
        HttpRequestSpec.builder("POST", "/v2/apis").query("a", "1").jsonBody(json);
    HttpRequestSpec spec = builder.build();

    json[0] = 'X';
    builder.query("b", "2").header("X-Late", "v");
    spec.body().orElseThrow()[1] = 'Y';

    assertThat(spec.queryParameters()).containsExactly(NameValue.of("a", "1"));
    assertThat(spec.headers()).extracting(NameValue::name).containsExactly("Content-Type");
    assertThat(new String(spec.body().orElseThrow(), UTF_8)).isEqualTo("{}");
    assertThatThrownBy(() -> spec.queryParameters().add(NameValue.of("c", "3")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "v2/apis",
        "",
        "/v2/apis?x=1",
        "/v2/apis#f",
        "/v2/my api",
        "/v2/%ZZ",
        "/v2/%4",
        "/v2/ü",
        "/v2/./apis",
        "/v2/../apis",
        "/v2/%2e%2E/apis",
        "/v2/apis/.."
      })
  void rejectsAnInvalidEncodedPath(String path) {
    assertThatThrownBy(() -> HttpRequestSpec.builder("GET", path))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("encodedPath ");
  }

  @Test
  void acceptsEncodedLabelsAndSubDelimiters() {
    assertThat(
            HttpRequestSpec.builder("GET", "/v2/apis/a%20b/routes/$default:x@y")
                .build()
                .encodedPath())
        .isEqualTo("/v2/apis/a%20b/routes/$default:x@y");
  }

  @Test
  void rejectsBadArgumentsNamingThem() {
    assertThatThrownBy(() -> HttpRequestSpec.builder(null, "/"))
        .hasMessage("method must not be null");
    assertThatThrownBy(() -> HttpRequestSpec.builder("", "/"))
        .hasMessage("method must not be empty");
    assertThatThrownBy(() -> HttpRequestSpec.builder("G ET", "/"))
        .hasMessageStartingWith("method must be an HTTP token");
    assertThatThrownBy(() -> HttpRequestSpec.builder("GET", null))
        .hasMessage("encodedPath must not be null");
    HttpRequestSpec.Builder builder = HttpRequestSpec.builder("GET", "/");
    assertThatThrownBy(() -> builder.query(null, "v"))
        .hasMessage("query parameter name must not be null");
    assertThatThrownBy(() -> builder.query("", "v"))
        .hasMessage("query parameter name must not be empty");
    assertThatThrownBy(() -> builder.query("maxResults", null))
        .hasMessage("value of query parameter maxResults must not be null");
    assertThatThrownBy(() -> builder.header(null, "v")).hasMessage("header name must not be null");
    assertThatThrownBy(() -> builder.header("X Bad", "v"))
        .hasMessage("header name must be an HTTP token: X Bad");
    assertThatThrownBy(() -> builder.header("X-Ok", null))
        .hasMessage("value of header X-Ok must not be null");
    assertThatThrownBy(() -> builder.jsonBody(null)).hasMessage("json must not be null");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Host", "authorization", "X-Amz-Date", "x-amz-security-token", "Content-Length"})
  void rejectsHeadersTheRuntimeSets(String name) {
    assertThatThrownBy(() -> HttpRequestSpec.builder("GET", "/").header(name, "v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("header " + name + " is set by the client runtime, not by the request");
  }

  @Test
  void rejectsAnInvalidHeaderValueWithoutShowingIt() {
    assertThatThrownBy(
            () -> HttpRequestSpec.builder("GET", "/").header("X-Token", "secret\r\nInjected: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "value of header X-Token must be printable ASCII; it has an invalid character at index 6");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD"})
  void rejectsABodyOnMethodsThatCannotHaveOne(String method) {
    HttpRequestSpec.Builder builder =
        HttpRequestSpec.builder(method, "/v2/apis").jsonBody("{}".getBytes(UTF_8));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a " + method + " request must not have a body (/v2/apis)");
  }

  @Test
  void toStringShowsNamesButNoValues() {
    HttpRequestSpec spec =
        HttpRequestSpec.builder("POST", "/v2/apis")
            .query("nextToken", "tok-value")
            .header("X-Api-Key", "key-value")
            .jsonBody("{\"secret\":1}".getBytes(UTF_8))
            .build();

    assertThat(spec.toString())
        .contains("POST /v2/apis", "nextToken", "X-Api-Key", "12 bytes")
        .doesNotContain("tok-value", "key-value", "secret");
  }

  @Test
  void nameValueHidesCredentialHeadersInToString() {
    assertThat(NameValue.of("X-Amz-Security-Token", "tok").toString())
        .isEqualTo("X-Amz-Security-Token=<redacted>");
    assertThat(NameValue.of("Authorization", "AWS4 sig").toString())
        .isEqualTo("Authorization=<redacted>");
    assertThat(NameValue.of("maxResults", "10").toString()).isEqualTo("maxResults=10");
    assertThatThrownBy(() -> NameValue.of(null, "v")).hasMessage("name must not be null");
    assertThatThrownBy(() -> NameValue.of("n", null))
        .hasMessage("value must not be null (name: n)");
  }
}

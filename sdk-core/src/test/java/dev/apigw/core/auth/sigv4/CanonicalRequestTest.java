package dev.apigw.core.auth.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.http.NameValue;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalRequestTest {
  private static final String EMPTY_HASH =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  @Nested
  class CanonicalUri {
    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(
        delimiter = '|',
        quoteCharacter = '"',
        value = {
          // the HTTP layer's encoding is encoded again
          "/v2/tags/arn%3Aaws%3Aapigateway%3A%3A%2Fapis%2Fa1 | /v2/tags/arn%253Aaws%253Aapigateway%253A%253A%252Fapis%252Fa1",
          "/v2/apis/a%2Fb                                      | /v2/apis/a%252Fb",
          "/v2/apis/my%20api                                   | /v2/apis/my%2520api",
          "/v2/apis/%C3%BC                                     | /v2/apis/%25C3%25BC",
          // raw characters are encoded once
          "/v2/apis/my api                                     | /v2/apis/my%20api",
          "/ሴ                                                  | /%E1%88%B4",
          "/caf\u00e9                                          | /caf%C3%A9",
          "/a:b+c$d@e=f&g,h;i*j'k(l)m!n                        | /a%3Ab%2Bc%24d%40e%3Df%26g%2Ch%3Bi%2Aj%27k%28l%29m%21n",
          "/-._~AZaz09                                         | /-._~AZaz09",
          "/v2/apis                                            | /v2/apis",
          "/v2/apis/                                           | /v2/apis/",
        })
    void encodesEverySegmentPerRfc3986(String path, String expected) {
      String canonical = CanonicalRequest.canonicalUri(path);

      assertThat(canonical).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(
        delimiter = '|',
        quoteCharacter = '"',
        value = {
          "\"\"                      | /",
          "/                         | /",
          "//                        | /",
          "//example//               | /example/",
          "/a//b///c                 | /a/b/c",
          "/./                       | /",
          "/./example                | /example",
          "/example/..               | /",
          "/example1/example2/../..  | /",
          "/a/b/.                    | /a/b",
          "/a/b/..                   | /a",
          "/a/b/../                  | /a/",
          "/a/./b/../../c/           | /c/",
          "/../a                     | /../a",
          "/a/../../b                | /../b",
          "/a/..b/.c/...             | /a/..b/.c/...",
          "/a/%2E%2E/b               | /a/%252E%252E/b",
        })
    void removesDotSegmentsAndDuplicateSlashes(String path, String expected) {
      String canonical = CanonicalRequest.canonicalUri(path);

      assertThat(canonical).isEqualTo(expected);
    }
  }

  @Nested
  class CanonicalQueryString {
    @Test
    void encodesSpaceAsPercent20AndPlusAsPercent2B() {
      List<NameValue> query = List.of(NameValue.of("nextToken", "a b+c/d=e&f"));

      String canonical = CanonicalRequest.canonicalQueryString(query);

      assertThat(canonical).isEqualTo("nextToken=a%20b%2Bc%2Fd%3De%26f");
    }

    @Test
    void sortsByNameThenValueKeepingRepeatedNames() {
      List<NameValue> query =
          List.of(
              NameValue.of("tagKeys", "b"),
              NameValue.of("maxResults", "10"),
              NameValue.of("tagKeys", "a"),
              NameValue.of("tagKeys", "a"));

      String canonical = CanonicalRequest.canonicalQueryString(query);

      assertThat(canonical).isEqualTo("maxResults=10&tagKeys=a&tagKeys=a&tagKeys=b");
    }

    @Test
    void sortsByTheEncodedFormSoUppercaseComesFirst() {
      List<NameValue> query =
          List.of(
              NameValue.of("b", "1"),
              NameValue.of("B", "2"),
              NameValue.of("ሴ", "3"),
              NameValue.of("_", "4"));

      String canonical = CanonicalRequest.canonicalQueryString(query);

      assertThat(canonical).isEqualTo("%E1%88%B4=3&B=2&_=4&b=1");
    }

    @Test
    void anEmptyValueKeepsItsEqualsSignAndAnEmptyNameIsNotSigned() {
      List<NameValue> query = List.of(NameValue.of("maxResults", ""), NameValue.of("", "x"));

      String canonical = CanonicalRequest.canonicalQueryString(query);

      assertThat(canonical).isEqualTo("maxResults=");
    }

    @Test
    void noParametersGiveAnEmptyString() {
      String canonical = CanonicalRequest.canonicalQueryString(List.of());

      assertThat(canonical).isEmpty();
    }
  }

  @Nested
  class CanonicalHeaders {
    @Test
    void lowercasesSortsTrimsAndFoldsWhitespace() {
      List<NameValue> headers =
          List.of(
              NameValue.of("X-Amz-Date", "20150830T123600Z"),
              NameValue.of("Host", "example.amazonaws.com"),
              NameValue.of("My-Header2", "  \"a   b \t  c\"  "));

      String canonical = CanonicalRequest.canonicalHeaders(headers);

      assertThat(canonical)
          .isEqualTo(
              "host:example.amazonaws.com\nmy-header2:\"a b c\"\nx-amz-date:20150830T123600Z\n");
    }

    @Test
    void foldsAMultiLineValueIntoOneLine() {
      List<NameValue> headers =
          List.of(NameValue.of("My-Header1", "value1\n  value2\r\n     value3"));

      String canonical = CanonicalRequest.canonicalHeaders(headers);

      assertThat(canonical).isEqualTo("my-header1:value1 value2 value3\n");
    }

    @Test
    void joinsRepeatedNamesWithCommasInTheirOriginalOrderWhateverTheirCase() {
      List<NameValue> headers =
          List.of(
              NameValue.of("My-Header1", "value4"),
              NameValue.of("host", "h"),
              NameValue.of("my-header1", " value1 "),
              NameValue.of("MY-HEADER1", "value3"));

      String canonical = CanonicalRequest.canonicalHeaders(headers);
      String signed = CanonicalRequest.signedHeaders(headers);

      assertThat(canonical).isEqualTo("host:h\nmy-header1:value4,value1,value3\n");
      assertThat(signed).isEqualTo("host;my-header1");
    }

    @Test
    void keepsTheCaseOfValuesAndAnEmptyValue() {
      List<NameValue> headers =
          List.of(NameValue.of("My-Header1", "VALUE1"), NameValue.of("X-Empty", " "));

      String canonical = CanonicalRequest.canonicalHeaders(headers);

      assertThat(canonical).isEqualTo("my-header1:VALUE1\nx-empty:\n");
    }

    @Test
    void signedHeadersAreTheSortedLowercaseNames() {
      List<NameValue> headers =
          List.of(
              NameValue.of("X-Amz-Date", "d"),
              NameValue.of("Content-Type", "c"),
              NameValue.of("Host", "h"));

      String signed = CanonicalRequest.signedHeaders(headers);

      assertThat(signed).isEqualTo("content-type;host;x-amz-date");
    }
  }

  @Nested
  class Create {
    @Test
    void joinsThePartsWithLineFeeds() {
      List<NameValue> query =
          List.of(NameValue.of("Param2", "value2"), NameValue.of("Param1", "value1"));
      List<NameValue> headers =
          List.of(
              NameValue.of("Host", "example.amazonaws.com"),
              NameValue.of("X-Amz-Date", "20150830T123600Z"));

      CanonicalRequest canonical = CanonicalRequest.create("GET", "/", query, headers, EMPTY_HASH);

      assertThat(canonical.value())
          .isEqualTo(
              "GET\n/\nParam1=value1&Param2=value2\n"
                  + "host:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
                  + EMPTY_HASH);
      assertThat(canonical.sha256Hex()).isEqualTo(Hashing.sha256Hex(canonical.value()));
      assertThat(canonical.signedHeaders()).isEqualTo("host;x-amz-date");
    }

    @Test
    void toStringShowsNoHeaderValue() {
      List<NameValue> headers =
          List.of(
              NameValue.of("Host", "example.amazonaws.com"),
              NameValue.of("X-Amz-Security-Token", "the-token"));

      CanonicalRequest canonical =
          CanonicalRequest.create("POST", "/a", List.of(), headers, EMPTY_HASH);

      assertThat(canonical.value()).contains("x-amz-security-token:the-token");
      assertThat(canonical.toString())
          .contains("POST")
          .contains("/a")
          .contains("host;x-amz-security-token")
          .doesNotContain("the-token");
    }

    @Test
    void argumentErrorsNameTheArgument() {
      List<NameValue> headers = List.of(NameValue.of("Host", "h"));

      assertThatThrownBy(() -> CanonicalRequest.create(" ", "/", List.of(), headers, EMPTY_HASH))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("method must not be blank");
      assertThatThrownBy(() -> CanonicalRequest.create("GET", null, List.of(), headers, EMPTY_HASH))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("path must not be null");
      assertThatThrownBy(() -> CanonicalRequest.create("GET", "/", null, headers, EMPTY_HASH))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("queryParameters must not be null");
      assertThatThrownBy(
              () -> CanonicalRequest.create("GET", "/", List.of(), List.of(), EMPTY_HASH))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("headers must not be empty");
      assertThatThrownBy(() -> CanonicalRequest.canonicalUri(null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("path must not be null");
    }
  }
}

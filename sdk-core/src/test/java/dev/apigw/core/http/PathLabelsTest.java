package dev.apigw.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathLabelsTest {
  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "a1b2c3                                     | a1b2c3",
        "AZaz09-._~                                 | AZaz09-._~",
        "a/b                                        | a%2Fb",
        "a?b                                        | a%3Fb",
        "a#b                                        | a%23b",
        "100%                                       | 100%25",
        "%2F                                        | %252F",
        "\"my api\"                                 | my%20api",
        "a+b                                        | a%2Bb",
        "a:b@c                                      | a%3Ab%40c",
        "a;b=c&d,e                                  | a%3Bb%3Dc%26d%2Ce",
        "!$'()*                                     | %21%24%27%28%29%2A",
        "[x]{y}\\^`                                 | %5Bx%5D%7By%7D%5C%5E%60",
        "...                                        | ...",
        ".a                                         | .a",
        "ü                                          | %C3%BC",
        "日本                                       | %E6%97%A5%E6%9C%AC",
        "😀                                         | %F0%9F%98%80",
        "arn:aws:apigateway:us-east-1::/apis/a1     | arn%3Aaws%3Aapigateway%3Aus-east-1%3A%3A%2Fapis%2Fa1",
      })
  void encodesAsOnePathSegment(String value, String expected) {
    assertThat(PathLabels.encode("ApiId", value)).isEqualTo(expected);
  }

  @Test
  void encodesControlCharactersAndTabs() {
    assertThat(PathLabels.encode("ApiId", "a\tb\nc\u007f")).isEqualTo("a%09b%0Ac%7F");
  }

  @Test
  void encodesEveryAsciiCharacterButTheUnreservedOnes() {
    for (char c = 0; c < 128; c++) {
      String encoded = PathLabels.encode("ApiId", "x" + c);
      boolean unreserved = Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0;
      assertThat(encoded)
          .as("character %d", (int) c)
          .isEqualTo(unreserved ? "x" + c : String.format("x%%%02X", (int) c));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", ".."})
  void rejectsSegmentsThatWouldChangeThePathNamingTheMember(String value) {
    assertThatThrownBy(() -> PathLabels.encode("StageName", value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("StageName must not be");
  }

  @Test
  void rejectsNullNamingTheMember() {
    assertThatThrownBy(() -> PathLabels.encode("RouteId", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RouteId must not be null: it is part of the request path");
  }
}

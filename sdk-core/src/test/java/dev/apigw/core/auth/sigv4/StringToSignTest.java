package dev.apigw.core.auth.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.http.NameValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringToSignTest {
  private static final String HASH =
      "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63";
  private static final CredentialScope SCOPE =
      CredentialScope.of(Instant.parse("2015-08-30T12:36:00Z"), "us-east-1", "service");

  @Test
  void isAlgorithmDateScopeAndHashOnFourLines() {
    String stringToSign = StringToSign.create("20150830T123600Z", SCOPE, HASH);

    assertThat(stringToSign)
        .isEqualTo(
            "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n" + HASH);
  }

  @Test
  void hashesTheCanonicalRequest() {
    CanonicalRequest canonical =
        CanonicalRequest.create(
            "GET",
            "/",
            List.of(),
            List.of(
                NameValue.of("Host", "example.amazonaws.com"),
                NameValue.of("X-Amz-Date", "20150830T123600Z")),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

    String stringToSign = StringToSign.create("20150830T123600Z", SCOPE, canonical);

    assertThat(stringToSign).endsWith("\n" + HASH);
  }

  @Test
  void rejectsADateOfAnotherDayThanTheScope() {
    assertThatThrownBy(() -> StringToSign.create("20150831T000000Z", SCOPE, HASH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("20150830");
  }

  @Test
  void rejectsMalformedInputsNamingThem() {
    assertThatThrownBy(() -> StringToSign.create("2015-08-30T12:36:00Z", SCOPE, HASH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("amzDate");
    assertThatThrownBy(() -> StringToSign.create("20150830T123600Z", SCOPE, HASH.toUpperCase()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("canonicalRequestHash");
    assertThatThrownBy(() -> StringToSign.create("20150830T123600Z", null, HASH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scope must not be null");
  }
}

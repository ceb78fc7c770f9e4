package dev.apigw.core.auth.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignatureTest {
  private static final CredentialScope SCOPE =
      CredentialScope.of(Instant.parse("2015-08-30T12:36:00Z"), "us-east-1", "service");
  private static final SigningKey KEY =
      SigningKey.derive("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", SCOPE);

  @Test
  void isTheLowercaseHexHmacOfTheStringToSign() {
    // The string to sign and the signature of the SigV4 test suite's get-vanilla case.
    String stringToSign =
        "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
            + "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63";

    String signature = Signature.compute(KEY, stringToSign);

    assertThat(signature)
        .isEqualTo("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
  }

  @Test
  void changesWithTheStringToSign() {
    String signature = Signature.compute(KEY, "a");

    String other = Signature.compute(KEY, "b");

    assertThat(signature).matches("[0-9a-f]{64}").isNotEqualTo(other);
  }

  @Test
  void rejectsNullsNamingThem() {
    assertThatThrownBy(() -> Signature.compute(null, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("signingKey must not be null");
    assertThatThrownBy(() -> Signature.compute(KEY, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stringToSign must not be null");
  }
}

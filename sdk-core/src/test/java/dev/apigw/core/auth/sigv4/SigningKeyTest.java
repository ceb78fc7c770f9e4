package dev.apigw.core.auth.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SigningKeyTest {
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

  @Test
  void derivesTheKeyOfAwsDocumentedExample() {
    CredentialScope scope =
        CredentialScope.of(Instant.parse("2015-08-30T12:36:00Z"), "us-east-1", "iam");

    SigningKey key = SigningKey.derive(SECRET, scope);

    assertThat(Hashing.hex(key.bytes()))
        .isEqualTo("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9");
  }

  @Test
  void dependsOnEveryScopeElement() {
    Instant time = Instant.parse("2015-08-30T12:36:00Z");
    String base =
        Hashing.hex(
            SigningKey.derive(SECRET, CredentialScope.of(time, "us-east-1", "iam")).bytes());

    String otherService =
        Hashing.hex(
            SigningKey.derive(SECRET, CredentialScope.of(time, "us-east-1", "sts")).bytes());
    String otherRegion =
        Hashing.hex(
            SigningKey.derive(SECRET, CredentialScope.of(time, "eu-west-1", "iam")).bytes());
    String otherDay =
        Hashing.hex(
            SigningKey.derive(
                    SECRET,
                    CredentialScope.of(Instant.parse("2015-08-31T12:36:00Z"), "us-east-1", "iam"))
                .bytes());

    assertThat(otherService).isNotEqualTo(base);
    assertThat(otherRegion).isNotEqualTo(base);
    assertThat(otherDay).isNotEqualTo(base);
  }

  @Test
  void toStringShowsTheScopeButNeitherTheKeyNorTheSecret() {
    SigningKey key =
        SigningKey.derive(
            SECRET, CredentialScope.of(Instant.parse("2015-08-30T12:36:00Z"), "us-east-1", "iam"));

    String text = key.toString();

    assertThat(text)
        .contains("20150830/us-east-1/iam/aws4_request")
        .doesNotContain(SECRET)
        .doesNotContain(Hashing.hex(key.bytes()));
  }

  @Test
  void rejectsAMissingSecretOrScopeNamingIt() {
    CredentialScope scope =
        CredentialScope.of(Instant.parse("2015-08-30T12:36:00Z"), "us-east-1", "iam");

    assertThatThrownBy(() -> SigningKey.derive(" ", scope))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secretAccessKey must not be blank");
    assertThatThrownBy(() -> SigningKey.derive(SECRET, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scope must not be null");
  }
}

package dev.apigw.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialsTest {
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final String TOKEN = "IQoJb3JpZ2luX2VjEXAMPLETOKEN";

  @Test
  void keepsTheValuesGiven() {
    Credentials credentials = Credentials.of("AKIDEXAMPLE", SECRET, TOKEN);

    assertThat(credentials.accessKeyId()).isEqualTo("AKIDEXAMPLE");
    assertThat(credentials.secretAccessKey()).isEqualTo(SECRET);
    assertThat(credentials.sessionToken()).contains(TOKEN);
  }

  @Test
  void longTermCredentialsHaveNoSessionToken() {
    Credentials credentials = Credentials.of("AKIDEXAMPLE", SECRET);

    assertThat(credentials.sessionToken()).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void aNullOrBlankSessionTokenMeansNone(String token) {
    Credentials credentials = Credentials.of("AKIDEXAMPLE", SECRET, token);

    assertThat(credentials.sessionToken()).isEmpty();
    assertThat(credentials).isEqualTo(Credentials.of("AKIDEXAMPLE", SECRET));
  }

  @Test
  void removesSurroundingWhitespaceAsTheAwsSdkDoes() {
    Credentials credentials =
        Credentials.of(" AKIDEXAMPLE\n", "\t" + SECRET + " ", " " + TOKEN + "\n");

    assertThat(credentials).isEqualTo(Credentials.of("AKIDEXAMPLE", SECRET, TOKEN));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void rejectsAMissingAccessKeyIdNamingIt(String accessKeyId) {
    assertThatThrownBy(() -> Credentials.of(accessKeyId, SECRET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("accessKeyId must not be");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void rejectsAMissingSecretAccessKeyNamingIt(String secretAccessKey) {
    assertThatThrownBy(() -> Credentials.of("AKIDEXAMPLE", secretAccessKey, TOKEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("secretAccessKey must not be");
  }

  @Test
  void toStringShowsTheKeyIdAndWhetherATokenIsPresentButNoSecret() {
    Credentials withToken = Credentials.of("AKIDEXAMPLE", SECRET, TOKEN);
    Credentials withoutToken = Credentials.of("AKIDEXAMPLE", SECRET);

    String withTokenText = withToken.toString();
    String withoutTokenText = withoutToken.toString();

    assertThat(withTokenText)
        .contains("AKIDEXAMPLE")
        .contains("sessionToken=present")
        .doesNotContain(SECRET)
        .doesNotContain(TOKEN);
    assertThat(withoutTokenText)
        .contains("AKIDEXAMPLE")
        .contains("sessionToken=absent")
        .doesNotContain(SECRET);
  }

  @Test
  void equalWhenAllThreeValuesAreEqual() {
    Credentials credentials = Credentials.of("AKIDEXAMPLE", SECRET, TOKEN);

    assertThat(credentials)
        .isEqualTo(Credentials.of("AKIDEXAMPLE", SECRET, TOKEN))
        .hasSameHashCodeAs(Credentials.of("AKIDEXAMPLE", SECRET, TOKEN))
        .isNotEqualTo(Credentials.of("AKIDEXAMPLE", SECRET))
        .isNotEqualTo(Credentials.of("AKIDEXAMPLE", SECRET + "x", TOKEN))
        .isNotEqualTo(Credentials.of("AKIDOTHER", SECRET, TOKEN));
  }
}

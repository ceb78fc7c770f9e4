package dev.apigw.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CredentialsProviderTest {
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

  @Test
  void ofAlwaysReturnsTheGivenCredentials() {
    Credentials credentials = Credentials.of("AKIDEXAMPLE", SECRET);
    CredentialsProvider provider = CredentialsProvider.of(credentials);

    Credentials first = provider.resolveCredentials();
    Credentials second = provider.resolveCredentials();

    assertThat(first).isSameAs(credentials);
    assertThat(second).isSameAs(credentials);
  }

  @Test
  void ofRejectsNullNamingTheArgument() {
    assertThatThrownBy(() -> CredentialsProvider.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("credentials must not be null");
  }

  @Test
  void aLambdaIsAProvider() {
    CredentialsProvider provider = () -> Credentials.of("AKIDEXAMPLE", SECRET, "token");

    Credentials credentials = provider.resolveCredentials();

    assertThat(credentials.sessionToken()).contains("token");
  }

  @Test
  void theConstantProviderShowsNoSecret() {
    CredentialsProvider provider =
        CredentialsProvider.of(Credentials.of("AKIDEXAMPLE", SECRET, "the-token"));

    String text = provider.toString();

    assertThat(text).contains("AKIDEXAMPLE").doesNotContain(SECRET).doesNotContain("the-token");
  }
}

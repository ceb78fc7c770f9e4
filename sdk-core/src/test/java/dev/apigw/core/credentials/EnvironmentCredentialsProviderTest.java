package dev.apigw.core.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.exception.SdkClientException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentCredentialsProviderTest {
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final String TOKEN = "IQoJb3JpZ2luX2VjEXAMPLETOKEN";

  private final Map<String, String> environment = new HashMap<>();

  @Test
  void readsTheKeyIdAndTheSecret() {
    environment.put("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
    environment.put("AWS_SECRET_ACCESS_KEY", SECRET);
    EnvironmentCredentialsProvider provider =
        EnvironmentCredentialsProvider.create(environment::get);

    Credentials credentials = provider.resolveCredentials();

    assertThat(credentials).isEqualTo(Credentials.of("AKIDEXAMPLE", SECRET));
  }

  @Test
  void readsTheSessionTokenWhenSet() {
    environment.put("AWS_ACCESS_KEY_ID", "ASIAEXAMPLE");
    environment.put("AWS_SECRET_ACCESS_KEY", SECRET);
    environment.put("AWS_SESSION_TOKEN", TOKEN);
    EnvironmentCredentialsProvider provider =
        EnvironmentCredentialsProvider.create(environment::get);

    Credentials credentials = provider.resolveCredentials();

    assertThat(credentials).isEqualTo(Credentials.of("ASIAEXAMPLE", SECRET, TOKEN));
  }

  @Test
  void readsTheEnvironmentOnEveryCall() {
    environment.put("AWS_ACCESS_KEY_ID", "AKIDFIRST");
    environment.put("AWS_SECRET_ACCESS_KEY", SECRET);
    EnvironmentCredentialsProvider provider =
        EnvironmentCredentialsProvider.create(environment::get);
    Credentials first = provider.resolveCredentials();
    environment.put("AWS_ACCESS_KEY_ID", "AKIDSECOND");

    Credentials second = provider.resolveCredentials();

    assertThat(first.accessKeyId()).isEqualTo("AKIDFIRST");
    assertThat(second.accessKeyId()).isEqualTo("AKIDSECOND");
  }

  @Test
  void bothMissingNamesBothVariables() {
    EnvironmentCredentialsProvider provider =
        EnvironmentCredentialsProvider.create(environment::get);

    assertThatThrownBy(provider::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set");
  }

  @Test
  void aMissingSecretIsNamedAndTheOtherValuesAreNotShown() {
    environment.put("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
    environment.put("AWS_SESSION_TOKEN", TOKEN);
    EnvironmentCredentialsProvider provider =
        EnvironmentCredentialsProvider.create(environment::get);

    assertThatThrownBy(provider::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("AWS_SECRET_ACCESS_KEY is not set")
        .hasMessageNotContaining("AWS_ACCESS_KEY_ID")
        .hasMessageNotContaining("AKIDEXAMPLE")
        .hasMessageNotContaining(TOKEN);
  }

  @Test
  void aBlankKeyIdCountsAsMissingAndTheSecretIsNotShown() {
    environment.put("AWS_ACCESS_KEY_ID", "   ");
    environment.put("AWS_SECRET_ACCESS_KEY", SECRET);
    EnvironmentCredentialsProvider provider =
        EnvironmentCredentialsProvider.create(environment::get);

    assertThatThrownBy(provider::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("AWS_ACCESS_KEY_ID is not set")
        .hasMessageNotContaining("AWS_SECRET_ACCESS_KEY")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void aBlankSessionTokenMeansNone() {
    environment.put("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
    environment.put("AWS_SECRET_ACCESS_KEY", SECRET);
    environment.put("AWS_SESSION_TOKEN", "");
    EnvironmentCredentialsProvider provider =
        EnvironmentCredentialsProvider.create(environment::get);

    Credentials credentials = provider.resolveCredentials();

    assertThat(credentials.sessionToken()).isEmpty();
  }

  @Test
  void createRejectsANullEnvironmentNamingIt() {
    assertThatThrownBy(() -> EnvironmentCredentialsProvider.create(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("environment must not be null");
  }

  @Test
  void theDefaultProviderReadsTheProcessEnvironment() {
    EnvironmentCredentialsProvider provider = EnvironmentCredentialsProvider.create();
    boolean set =
        isSet(System.getenv("AWS_ACCESS_KEY_ID")) && isSet(System.getenv("AWS_SECRET_ACCESS_KEY"));

    if (set) {
      assertThat(provider.resolveCredentials().accessKeyId())
          .isEqualTo(System.getenv("AWS_ACCESS_KEY_ID").trim());
    } else {
      assertThatThrownBy(provider::resolveCredentials).isInstanceOf(SdkClientException.class);
    }
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}

package dev.apigw.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.interceptor.ExecutionInterceptor;
import dev.apigw.core.retry.RetryStrategy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestOverrideConfigurationTest {
  private static final Credentials SECRET_CREDENTIALS =
      Credentials.of("AKIDSECRETLOOKING", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "TOKEN123");

  private static final class Recording implements ExecutionInterceptor {}

  @Test
  void anEmptyOneSetsNothing() {
    RequestOverrideConfiguration none = RequestOverrideConfiguration.builder().build();

    assertThat(none.apiCallTimeout()).isEmpty();
    assertThat(none.apiCallAttemptTimeout()).isEmpty();
    assertThat(none.retryStrategy()).isEmpty();
    assertThat(none.credentialsProvider()).isEmpty();
    assertThat(none.headers()).isEmpty();
    assertThat(none.rawQueryParameters()).isEmpty();
    assertThat(none.executionInterceptors()).isEmpty();
    assertThat(none).hasToString("RequestOverrideConfiguration{}");
  }

  @Test
  void holdsWhatWasSetAndCopiesWithToBuilder() {
    CredentialsProvider provider = CredentialsProvider.of(SECRET_CREDENTIALS);
    ExecutionInterceptor first = new Recording();
    ExecutionInterceptor second = new ExecutionInterceptor() {};
    RequestOverrideConfiguration overrides =
        RequestOverrideConfiguration.builder()
            .apiCallTimeout(Duration.ofSeconds(7))
            .apiCallAttemptTimeout(Duration.ofSeconds(2))
            .retryStrategy(RetryStrategy.none())
            .credentialsProvider(provider)
            .putHeader("X-Trace", "one")
            .putHeader("x-trace", "two")
            .putHeader("X-Other", "three")
            .putRawQueryParameter("debug", "a b")
            .putRawQueryParameter("debug", "c")
            .putRawQueryParameter("empty", "")
            .addExecutionInterceptor(first)
            .addExecutionInterceptor(second)
            .build();

    assertThat(overrides.apiCallTimeout()).contains(Duration.ofSeconds(7));
    assertThat(overrides.apiCallAttemptTimeout()).contains(Duration.ofSeconds(2));
    assertThat(overrides.retryStrategy()).contains(RetryStrategy.none());
    assertThat(overrides.credentialsProvider()).containsSame(provider);
    assertThat(overrides.headers())
        .containsExactly(Map.entry("x-trace", "two"), Map.entry("X-Other", "three"));
    assertThat(overrides.rawQueryParameters())
        .containsExactly(Map.entry("debug", "c"), Map.entry("empty", ""));
    assertThat(overrides.executionInterceptors()).containsExactly(first, second);

    RequestOverrideConfiguration copy = overrides.toBuilder().build();
    assertThat(copy).isEqualTo(overrides).hasSameHashCodeAs(overrides);
    RequestOverrideConfiguration changed =
        overrides.toBuilder().apiCallTimeout(null).putHeader("X-More", "4").build();
    assertThat(changed.apiCallTimeout()).isEmpty();
    assertThat(changed.headers()).containsKeys("x-trace", "X-Other", "X-More");
    assertThat(overrides.headers()).doesNotContainKey("X-More");
    assertThat(changed).isNotEqualTo(overrides);
  }

  @Test
  void itsCollectionsCannotBeChanged() {
    RequestOverrideConfiguration overrides =
        RequestOverrideConfiguration.builder()
            .putHeader("X-A", "1")
            .putRawQueryParameter("a", "1")
            .addExecutionInterceptor(new Recording())
            .build();

    assertThatThrownBy(() -> overrides.headers().put("X-B", "2"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> overrides.rawQueryParameters().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> overrides.executionInterceptors().add(new Recording()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toStringShowsNamesAndClassesButNoValueThatMayBeSecret() {
    RequestOverrideConfiguration overrides =
        RequestOverrideConfiguration.builder()
            .apiCallTimeout(Duration.ofSeconds(7))
            .credentialsProvider(CredentialsProvider.of(SECRET_CREDENTIALS))
            .putHeader("X-Api-Key", "header-secret-value")
            .putRawQueryParameter("token", "query-secret-value")
            .addExecutionInterceptor(new Recording())
            .build();

    assertThat(overrides.toString())
        .contains(
            "apiCallTimeout=PT7S",
            "headers=[X-Api-Key]",
            "rawQueryParameters=[token]",
            "executionInterceptors=[" + Recording.class.getName() + "]",
            "credentialsProvider=")
        .doesNotContain(
            "header-secret-value",
            "query-secret-value",
            "AKIDSECRETLOOKING",
            "wJalrXUtnFEMI",
            "TOKEN123");
  }

  @Test
  void settersCheckTheirArgumentsAtOnceWithoutShowingAValue() {
    RequestOverrideConfiguration.Builder builder = RequestOverrideConfiguration.builder();

    assertThatThrownBy(() -> builder.apiCallTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apiCallTimeout must be positive");
    assertThatThrownBy(() -> builder.apiCallAttemptTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apiCallAttemptTimeout must be positive");
    assertThatThrownBy(() -> builder.putHeader("Authorization", "AWS4 whatever"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("set by the client runtime");
    assertThatThrownBy(() -> builder.putHeader("X-Bad", "line\nbreak-secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> builder.putHeader("Bad Name", "v"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.putHeader("X-A", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.putRawQueryParameter("", "v"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.putRawQueryParameter("a", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.addExecutionInterceptor(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interceptor must not be null");
    assertThat(builder.build()).isEqualTo(RequestOverrideConfiguration.builder().build());
  }

  @Test
  void aTimeoutTooLongToCountIsKeptCountable() {
    RequestOverrideConfiguration overrides =
        RequestOverrideConfiguration.builder()
            .apiCallTimeout(Duration.ofSeconds(Long.MAX_VALUE))
            .build();

    assertThat(overrides.apiCallTimeout()).contains(Duration.ofNanos(Long.MAX_VALUE));
  }

  @Test
  void interceptorsKeepTheirOrder() {
    List<ExecutionInterceptor> interceptors =
        List.of(new Recording(), new Recording(), new Recording());
    RequestOverrideConfiguration.Builder builder = RequestOverrideConfiguration.builder();
    interceptors.forEach(builder::addExecutionInterceptor);

    assertThat(builder.build().executionInterceptors()).containsExactlyElementsOf(interceptors);
  }
}

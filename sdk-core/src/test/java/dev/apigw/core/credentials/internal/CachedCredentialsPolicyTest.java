package dev.apigw.core.credentials.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.exception.SdkClientException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CachedCredentialsPolicyTest {
  private static final Instant NOW = Instant.parse("2026-06-01T06:00:00Z");
  private static final String SECRET = "cacheSecretEXAMPLE";

  private final MutableClock clock = new MutableClock(NOW);
  private final Deque<Supplier<Credentials>> answers = new ArrayDeque<>();
  private int loads;

  private Credentials load() {
    loads++;
    Supplier<Credentials> next = answers.poll();
    if (next == null) {
      throw new AssertionError("no answer left");
    }
    return next.get();
  }

  private void answer(String accessKeyId, Instant expiration) {
    answers.add(() -> Credentials.of(accessKeyId, SECRET, "token", expiration));
  }

  private void fail() {
    answers.add(
        () -> {
          throw new SdkClientException("the source is down");
        });
  }

  private CachedCredentials cache(RefreshPolicy policy) {
    return CachedCredentials.of("test source", this::load, clock, policy);
  }

  @Test
  void credentialsWithoutExpirationAreLoadedOnce() {
    answers.add(() -> Credentials.of("AKIA", SECRET));
    CachedCredentials cache = CachedCredentials.of("test source", this::load);

    cache.resolveCredentials();
    cache.resolveCredentials();

    assertThat(loads).isEqualTo(1);
  }

  @Test
  void theDefaultTimingPrefetchesFiveMinutesBeforeExpiry() {
    answer("ONE", NOW.plus(Duration.ofHours(1)));
    answer("TWO", NOW.plus(Duration.ofHours(2)));
    CachedCredentials cache =
        CachedCredentials.of(
            "test source",
            this::load,
            clock,
            CachedCredentials.DEFAULT_PREFETCH,
            CachedCredentials.DEFAULT_STALE);
    cache.resolveCredentials();
    clock.advance(Duration.ofMinutes(54));
    assertThat(cache.resolveCredentials().accessKeyId()).isEqualTo("ONE");

    clock.advance(Duration.ofMinutes(1));

    assertThat(cache.resolveCredentials().accessKeyId()).isEqualTo("TWO");
  }

  @Test
  void aFailedPrefetchKeepsTheCachedCredentialsAndWaitsBeforeTryingAgain() {
    answer("ONE", NOW.plus(Duration.ofHours(1)));
    fail();
    answer("TWO", NOW.plus(Duration.ofHours(2)));
    CachedCredentials cache = cache(RefreshPolicy.container(() -> 0));
    cache.resolveCredentials();
    clock.advance(Duration.ofMinutes(45)); // prefetch time: 15 minutes before expiry

    assertThat(cache.resolveCredentials().accessKeyId()).isEqualTo("ONE");
    assertThat(cache.resolveCredentials().accessKeyId()).isEqualTo("ONE");
    assertThat(loads).isEqualTo(2);
    clock.advance(CachedCredentials.RETRY_PAUSE);
    assertThat(cache.resolveCredentials().accessKeyId()).isEqualTo("TWO");
  }

  @Test
  void afterExpiryAFailureIsThrownExceptForTheInstanceProfile() {
    answer("ONE", NOW.plus(Duration.ofHours(1)));
    fail();
    CachedCredentials cache = cache(RefreshPolicy.container(() -> 0));
    cache.resolveCredentials();
    clock.advance(Duration.ofHours(2));

    assertThatThrownBy(cache::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessage("the source is down");
  }

  @Test
  void theInstanceProfileKeepsExpiredCredentialsWithAGrowingBackoff() {
    answer("ONE", NOW.plus(Duration.ofHours(1)));
    fail();
    fail();
    answer("TWO", NOW.plus(Duration.ofHours(7)));
    CachedCredentials cache = cache(RefreshPolicy.instanceProfile(() -> 0.5));
    cache.resolveCredentials();
    clock.advance(Duration.ofHours(2));

    assertThat(cache.resolveCredentials().accessKeyId()).isEqualTo("ONE"); // retry in 1 ms + 49 ms
    clock.advance(Duration.ofMillis(49));
    assertThat(cache.resolveCredentials().accessKeyId()).isEqualTo("ONE");
    assertThat(loads).isEqualTo(2);
    clock.advance(Duration.ofMillis(1));
    assertThat(cache.resolveCredentials().accessKeyId())
        .isEqualTo("ONE"); // second failure: 1 ms + 99 ms
    assertThat(loads).isEqualTo(3);
    clock.advance(Duration.ofMillis(100));

    assertThat(cache.resolveCredentials().accessKeyId()).isEqualTo("TWO");
  }

  @Test
  void withoutCachedCredentialsTheFirstFailureIsThrownWhateverThePolicy() {
    fail();

    assertThatThrownBy(cache(RefreshPolicy.instanceProfile())::resolveCredentials)
        .isInstanceOf(SdkClientException.class);
  }

  @Test
  void aLoaderReturningNullIsAFailure() {
    answers.add(() -> null);

    assertThatThrownBy(cache(RefreshPolicy.process())::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("test source returned no credentials");
  }

  @Test
  void toStringNamesTheSourceAndPolicyNotTheCredentials() {
    answer("ONE", NOW.plus(Duration.ofHours(1)));
    CachedCredentials cache = cache(RefreshPolicy.container());
    cache.resolveCredentials();

    assertThat(cache.toString())
        .isEqualTo("CachedCredentials{test source, RefreshPolicy{container}}")
        .doesNotContain(SECRET);
  }
}

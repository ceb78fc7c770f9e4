package dev.apigw.core.credentials.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.exception.SdkClientException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CachedCredentialsTest {
  private static final Instant START = Instant.parse("2026-12-01T12:00:00Z");
  private final MutableClock clock = new MutableClock(START);

  private static Credentials expiringAt(String id, Instant expiration) {
    return Credentials.of(id, "secret-" + id, "token-" + id, expiration);
  }

  /** Hands out AKID1, AKID2, … each valid for an hour from the clock's now. */
  private final class Issuer implements Supplier<Credentials> {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public Credentials get() {
      int n = calls.incrementAndGet();
      return expiringAt("AKID" + n, clock.instant().plus(Duration.ofHours(1)));
    }
  }

  @Test
  void loadsOnceAndServesFromTheCacheUntilThePrefetchWindow() {
    Issuer issuer = new Issuer();
    CachedCredentials cache =
        CachedCredentials.of("test", issuer, clock, Duration.ofMinutes(5), Duration.ofMinutes(1));
    assertThat(issuer.calls).hasValue(0); // nothing at creation
    assertThat(cache.resolveCredentials().accessKeyId()).isEqualTo("AKID1");
    clock.advance(Duration.ofMinutes(54));
    assertThat(cache.resolveCredentials().accessKeyId()).isEqualTo("AKID1");
    assertThat(issuer.calls).hasValue(1);
    clock.advance(Duration.ofMinutes(1).plusSeconds(1)); // 4m59s before expiry: prefetch
    assertThat(cache.resolveCredentials().accessKeyId()).isEqualTo("AKID2");
    assertThat(issuer.calls).hasValue(2);
  }

  @Test
  void credentialsWithoutExpirationAreLoadedOnce() {
    AtomicInteger calls = new AtomicInteger();
    CachedCredentials cache =
        CachedCredentials.of(
            "test",
            () -> {
              calls.incrementAndGet();
              return Credentials.of("AKID", "secret");
            },
            clock,
            Duration.ofMinutes(5),
            Duration.ofMinutes(1));
    for (int i = 0; i < 5; i++) {
      cache.resolveCredentials();
      clock.advance(Duration.ofDays(30));
    }
    assertThat(calls).hasValue(1);
  }

  @Test
  void aFailedPrefetchKeepsServingTheCachedCredentialsAndPausesBeforeTryingAgain() {
    AtomicInteger calls = new AtomicInteger();
    Instant expiry = START.plus(Duration.ofHours(1));
    CachedCredentials cache =
        CachedCredentials.of(
            "test",
            () -> {
              if (calls.incrementAndGet() == 1) {
                return expiringAt("FIRST", expiry);
              }
              throw new SdkClientException("STS is down");
            },
            clock,
            Duration.ofMinutes(5),
            Duration.ofMinutes(1));
    cache.resolveCredentials();
    clock.advance(Duration.ofMinutes(56)); // prefetch window
    assertThat(cache.resolveCredentials().accessKeyId()).isEqualTo("FIRST");
    assertThat(cache.resolveCredentials().accessKeyId()).isEqualTo("FIRST");
    assertThat(calls).as("one failed refresh, then a pause").hasValue(2);
    clock.advance(CachedCredentials.RETRY_PAUSE);
    assertThat(cache.resolveCredentials().accessKeyId()).isEqualTo("FIRST");
    assertThat(calls).hasValue(3);
  }

  @Test
  void aFailedRefreshInTheStaleWindowServesUnexpiredCredentialsThenFailsOnceTheyExpire() {
    AtomicInteger calls = new AtomicInteger();
    Instant expiry = START.plus(Duration.ofHours(1));
    CachedCredentials cache =
        CachedCredentials.of(
            "test",
            () -> {
              if (calls.incrementAndGet() == 1) {
                return expiringAt("FIRST", expiry);
              }
              throw new SdkClientException("STS is down");
            },
            clock,
            Duration.ofMinutes(5),
            Duration.ofMinutes(1));
    cache.resolveCredentials();
    clock.advance(Duration.ofMinutes(59).plusSeconds(30)); // 30 s before expiry: stale
    assertThat(cache.resolveCredentials().accessKeyId()).isEqualTo("FIRST");
    clock.advance(Duration.ofSeconds(31)); // expired
    assertThatThrownBy(cache::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessage("STS is down");
  }

  @Test
  void theFirstLoadFailingIsThrownAndRetriedOnTheNextCall() {
    AtomicInteger calls = new AtomicInteger();
    CachedCredentials cache =
        CachedCredentials.of(
            "test",
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw new SdkClientException("not yet");
              }
              return Credentials.of("AKID", "secret");
            },
            clock,
            Duration.ofMinutes(5),
            Duration.ofMinutes(1));
    assertThatThrownBy(cache::resolveCredentials).hasMessage("not yet");
    assertThat(cache.resolveCredentials().accessKeyId()).isEqualTo("AKID");
  }

  @Test
  void credentialsIssuedWithLessThanTheStaleMarginAreUsedUntilTheyExpire() {
    AtomicInteger calls = new AtomicInteger();
    Supplier<Credentials> shortLived =
        () -> expiringAt("SHORT" + calls.incrementAndGet(), clock.instant().plusSeconds(30));
    CachedCredentials cache =
        CachedCredentials.of(
            "test", shortLived, clock, Duration.ofMinutes(5), Duration.ofMinutes(1));
    assertThat(cache.resolveCredentials().accessKeyId()).isEqualTo("SHORT1");
    assertThat(cache.resolveCredentials().accessKeyId()).isEqualTo("SHORT1");
    clock.advance(Duration.ofSeconds(31));
    assertThat(cache.resolveCredentials().accessKeyId()).isEqualTo("SHORT2");
  }

  @Test
  void staleCredentialsAreRefreshedOnceUnder32ConcurrentCallers() throws Exception {
    // Stale: every caller waits for the one refresh and gets its credentials.
    assertOneRefreshUnderLoad(Duration.ofMinutes(59).plusSeconds(30), "AKID2");
  }

  @Test
  void prefetchedCredentialsAreRefreshedOnceUnder32ConcurrentCallers() throws Exception {
    // Prefetch: one caller refreshes, the others go on with the cached credentials meanwhile.
    assertOneRefreshUnderLoad(Duration.ofMinutes(57), "AKID1", "AKID2");
  }

  private void assertOneRefreshUnderLoad(Duration advance, String... allowed) throws Exception {
    AtomicInteger calls = new AtomicInteger();
    CachedCredentials cache =
        CachedCredentials.of(
            "test",
            () -> {
              int n = calls.incrementAndGet();
              if (n > 1) {
                sleep(50); // a slow STS: every caller arrives while this refresh is in flight
              }
              return expiringAt("AKID" + n, clock.instant().plus(Duration.ofHours(1)));
            },
            clock,
            Duration.ofMinutes(5),
            Duration.ofMinutes(1));
    cache.resolveCredentials();
    clock.advance(advance);
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return cache.resolveCredentials().accessKeyId();
                }));
      }
      start.countDown();
      for (Future<String> result : results) {
        assertThat(result.get(10, TimeUnit.SECONDS)).isIn((Object[]) allowed);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(calls).as("one initial load and exactly one refresh").hasValue(2);
    assertThat(cache.resolveCredentials().accessKeyId()).isEqualTo("AKID2");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> CachedCredentials.of(" ", () -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(
            () ->
                CachedCredentials.of(
                    "x", () -> null, clock, Duration.ofMinutes(1), Duration.ofMinutes(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stale");
  }

  @Test
  void aLoaderReturningNullFailsClearly() {
    CachedCredentials cache = CachedCredentials.of("the-source", () -> null);
    assertThatThrownBy(cache::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("the-source returned no credentials");
  }
}

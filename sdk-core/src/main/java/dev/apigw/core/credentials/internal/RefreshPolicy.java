package dev.apigw.core.credentials.internal;

import dev.apigw.core.lang.Arguments;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * When the credentials cache ({@code CachedCredentials}) refreshes what its loader returned, and
 * whether it keeps serving credentials past their expiry while refreshing fails. Each source of
 * temporary credentials has its own, taken from what the AWS SDK for Java v2 (2.41.18) schedules
 * for that source:
 *
 * <ul>
 *   <li>{@link #beforeExpiry}: prefetch and stale at fixed margins before expiry (5 and 1 minutes
 *       by default, as the SDK's STS-based providers).
 *   <li>{@link #container()}: stale 1 minute before expiry; prefetch at the earlier of one hour
 *       after loading and 15 minutes before expiry; credentials without an expiration are reloaded
 *       after an hour.
 *   <li>{@link #instanceProfile()}: stale 1 second before expiry; prefetch after half the remaining
 *       lifetime but at least 5 minutes after loading (an hour when there is no expiration, never
 *       when already expired); and static stability: credentials the metadata service hands out
 *       already expired are used for another 1 to 10 minutes, and when a refresh fails after the
 *       cached credentials expired they stay in use and the refresh is tried again after a short
 *       backoff (up to 100 ms × 2<sup>failures−1</sup>, at most 10 s).
 *   <li>{@link #process()}: stale at expiry, prefetch 15 seconds before.
 * </ul>
 *
 * <p>For the SDK-derived policies the prefetch instant is spread, as the SDK does, at random
 * between its nominal value and one minute before the stale instant, so that many processes do not
 * refresh at once; and credentials that arrive already stale are used for one second (for the
 * instance profile: 1 to 10 minutes) before the next try. Immutable and thread-safe.
 */
public final class RefreshPolicy {
  /**
   * How long a failed refresh waits before the next try while the cached credentials are still
   * good.
   */
  static final Duration RETRY_PAUSE = Duration.ofSeconds(10);

  private static final Duration ONE_MINUTE = Duration.ofMinutes(1);
  private static final Duration MAX_FAILURE_BACKOFF = Duration.ofSeconds(10);

  private enum Kind {
    BEFORE_EXPIRY,
    CONTAINER,
    INSTANCE_PROFILE,
    PROCESS
  }

  private final Kind kind;
  private final Duration prefetch;
  private final Duration stale;
  private final DoubleSupplier random;

  private RefreshPolicy(Kind kind, Duration prefetch, Duration stale, DoubleSupplier random) {
    this.kind = kind;
    this.prefetch = prefetch;
    this.stale = stale;
    this.random = random;
  }

  /**
   * Prefetch from {@code prefetch} before expiry, block for a refresh from {@code stale} before
   * expiry; credentials that arrive with less than {@code stale} left are used until they expire.
   * {@code stale} must not be longer than {@code prefetch}.
   */
  public static RefreshPolicy beforeExpiry(Duration prefetch, Duration stale) {
    Arguments.requireNonNull(prefetch, "prefetch");
    Arguments.requireNonNull(stale, "stale");
    if (stale.isNegative() || prefetch.compareTo(stale) < 0) {
      throw new IllegalArgumentException(
          "stale must be between zero and prefetch: stale=" + stale + ", prefetch=" + prefetch);
    }
    return new RefreshPolicy(Kind.BEFORE_EXPIRY, prefetch, stale, () -> 0);
  }

  /** The timing of the SDK's container (ECS, EKS Pod Identity) credentials provider. */
  public static RefreshPolicy container() {
    return container(RefreshPolicy::nextRandom);
  }

  /** As {@link #container()}, drawing jitter from {@code random} (values in [0, 1)); for tests. */
  public static RefreshPolicy container(DoubleSupplier random) {
    return new RefreshPolicy(
        Kind.CONTAINER,
        Duration.ofMinutes(15),
        ONE_MINUTE,
        Arguments.requireNonNull(random, "random"));
  }

  /**
   * The timing of the SDK's instance profile (EC2 instance metadata) credentials provider, with
   * static stability.
   */
  public static RefreshPolicy instanceProfile() {
    return instanceProfile(RefreshPolicy::nextRandom);
  }

  /**
   * As {@link #instanceProfile()}, drawing jitter from {@code random} (values in [0, 1)); for
   * tests.
   */
  public static RefreshPolicy instanceProfile(DoubleSupplier random) {
    return new RefreshPolicy(
        Kind.INSTANCE_PROFILE,
        Duration.ofMinutes(5),
        Duration.ofSeconds(1),
        Arguments.requireNonNull(random, "random"));
  }

  /** The timing of the SDK's process credentials provider ({@code credential_process}). */
  public static RefreshPolicy process() {
    return process(RefreshPolicy::nextRandom);
  }

  /** As {@link #process()}, drawing jitter from {@code random} (values in [0, 1)); for tests. */
  public static RefreshPolicy process(DoubleSupplier random) {
    return new RefreshPolicy(
        Kind.PROCESS,
        Duration.ofSeconds(15),
        Duration.ZERO,
        Arguments.requireNonNull(random, "random"));
  }

  /** The instants at which credentials loaded at {@code now} are prefetched and go stale. */
  Schedule schedule(@Nullable Instant expiration, Instant now) {
    if (kind == Kind.BEFORE_EXPIRY) {
      return beforeExpirySchedule(expiration, now);
    }
    Instant staleAt = nominalStaleAt(expiration);
    Instant prefetchAt = jittered(nominalPrefetchAt(expiration, now), staleAt);
    if (!now.isBefore(staleAt)) {
      staleAt =
          kind == Kind.INSTANCE_PROFILE
              ? now.plus(ONE_MINUTE).plusMillis(draw(Duration.ofMinutes(9)))
              : now.plusSeconds(1);
    }
    return new Schedule(prefetchAt, staleAt);
  }

  /** Whether credentials stay in use past their expiry while refreshing them fails. */
  boolean keepsExpiredCredentials() {
    return kind == Kind.INSTANCE_PROFILE;
  }

  /**
   * When to try again after {@code consecutiveFailures} failed refreshes of expired credentials
   * (from 1).
   */
  Instant nextTryAfterFailure(Instant now, int consecutiveFailures) {
    int shift = Math.min(Math.max(consecutiveFailures, 1) - 1, 20);
    Duration ceiling = Duration.ofMillis(100L << shift);
    if (ceiling.compareTo(MAX_FAILURE_BACKOFF) > 0) {
      ceiling = MAX_FAILURE_BACKOFF;
    }
    return now.plusMillis(1).plusMillis(draw(ceiling.minusMillis(1)));
  }

  private Instant nominalStaleAt(@Nullable Instant expiration) {
    return expiration == null ? Instant.MAX : expiration.minus(stale);
  }

  private Instant nominalPrefetchAt(@Nullable Instant expiration, Instant now) {
    switch (kind) {
      case CONTAINER:
        {
          Instant inAnHour = now.plus(Duration.ofHours(1));
          if (expiration == null) {
            return inAnHour;
          }
          Instant beforeExpiry = expiration.minus(prefetch);
          return beforeExpiry.isBefore(inAnHour) ? beforeExpiry : inAnHour;
        }
      case INSTANCE_PROFILE:
        {
          if (expiration == null) {
            return now.plus(Duration.ofHours(1));
          }
          Duration left = Duration.between(now, expiration);
          if (left.isNegative()) {
            return Instant.MAX;
          }
          Duration half = left.dividedBy(2);
          return now.plus(half.compareTo(prefetch) > 0 ? half : prefetch);
        }
      case PROCESS:
        return expiration == null ? Instant.MAX : expiration.minus(prefetch);
      default:
        throw new AssertionError(kind);
    }
  }

  /** The prefetch instant moved later at random, up to one minute before the stale instant. */
  private Instant jittered(Instant prefetchAt, Instant staleAt) {
    if (prefetchAt.equals(Instant.MAX)) {
      return prefetchAt;
    }
    Instant latest = staleAt.equals(Instant.MAX) ? Instant.MAX : staleAt.minus(ONE_MINUTE);
    if (!prefetchAt.isBefore(latest)) {
      return prefetchAt;
    }
    Duration room =
        latest.equals(Instant.MAX) ? Duration.ofDays(366) : Duration.between(prefetchAt, latest);
    if (room.toDays() > 365) {
      room = Duration.ofMinutes(5);
    }
    return prefetchAt.plusMillis(draw(room));
  }

  private long draw(Duration range) {
    long millis = range.toMillis();
    if (millis <= 0) {
      return 0;
    }
    double value = random.getAsDouble();
    if (!(value >= 0) || value >= 1) {
      value = 0;
    }
    return (long) (value * millis);
  }

  private Schedule beforeExpirySchedule(@Nullable Instant expiration, Instant now) {
    if (expiration == null) {
      return new Schedule(Instant.MAX, Instant.MAX);
    }
    Instant staleAt = expiration.minus(stale);
    if (!staleAt.isAfter(now)) {
      // Issued with less than the stale margin left: use them while they work instead of reloading
      // on every call.
      staleAt = expiration;
    }
    Instant prefetchAt = expiration.minus(prefetch);
    if (!prefetchAt.isAfter(now)) {
      Instant soon = now.plus(RETRY_PAUSE);
      prefetchAt = soon.isBefore(staleAt) ? soon : staleAt;
    }
    return new Schedule(prefetchAt, staleAt);
  }

  private static double nextRandom() {
    return ThreadLocalRandom.current().nextDouble();
  }

  @Override
  public String toString() {
    switch (kind) {
      case BEFORE_EXPIRY:
        return "RefreshPolicy{prefetch=" + prefetch + ", stale=" + stale + "}";
      case CONTAINER:
        return "RefreshPolicy{container}";
      case INSTANCE_PROFILE:
        return "RefreshPolicy{instanceProfile}";
      default:
        return "RefreshPolicy{process}";
    }
  }

  /** When to prefetch and when to block for a refresh; {@link Instant#MAX} for never. */
  static final class Schedule {
    final Instant prefetchAt;
    final Instant staleAt;

    Schedule(Instant prefetchAt, Instant staleAt) {
      this.prefetchAt = prefetchAt.isAfter(staleAt) ? staleAt : prefetchAt;
      this.staleAt = staleAt;
    }
  }
}

package dev.apigw.core.credentials.internal;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.lang.Arguments;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caches what a loader of temporary credentials returns and refreshes it ahead of expiry, on the
 * timing of a {@link RefreshPolicy}: from the prefetch instant (by default 5 minutes before expiry)
 * one caller refreshes while the others keep the cached credentials; from the stale instant (by
 * default 1 minute before expiry) callers wait for a refresh, one refresh for all of them. By
 * default credentials without an expiration are loaded once.
 *
 * <p>A refresh that fails while the cached credentials have not expired keeps serving them (logged
 * at WARN, without any secret) and is tried again after a short pause rather than on every call;
 * once they have expired, the failure is thrown, unless the policy keeps expired credentials (the
 * instance profile's static stability), in which case they stay in use and the refresh is tried
 * again after the policy's backoff. Thread-safe.
 */
public final class CachedCredentials implements CredentialsProvider {
  public static final Duration DEFAULT_PREFETCH = Duration.ofMinutes(5);
  public static final Duration DEFAULT_STALE = Duration.ofMinutes(1);

  /** See {@link RefreshPolicy#RETRY_PAUSE}. */
  static final Duration RETRY_PAUSE = RefreshPolicy.RETRY_PAUSE;

  private static final Logger LOG = LoggerFactory.getLogger("dev.apigw.credentials");

  private final String name;
  private final Supplier<Credentials> loader;
  private final Clock clock;
  private final RefreshPolicy policy;
  private final ReentrantLock refreshLock = new ReentrantLock();
  private volatile @Nullable Cached cached;

  /**
   * Failed refreshes in a row while expired credentials were kept; guarded by {@link #refreshLock}.
   */
  private int expiredFailures;

  private CachedCredentials(
      String name, Supplier<Credentials> loader, Clock clock, RefreshPolicy policy) {
    this.name = name;
    this.loader = loader;
    this.clock = clock;
    this.policy = policy;
  }

  /**
   * A cache around {@code loader} with the default timing and the system clock.
   *
   * @param name the source's name, for logs and {@link #toString()}
   */
  public static CachedCredentials of(String name, Supplier<Credentials> loader) {
    return of(name, loader, Clock.systemUTC(), DEFAULT_PREFETCH, DEFAULT_STALE);
  }

  /** A cache with explicit timing; {@code stale} must not be longer than {@code prefetch}. */
  public static CachedCredentials of(
      String name, Supplier<Credentials> loader, Clock clock, Duration prefetch, Duration stale) {
    return of(name, loader, clock, RefreshPolicy.beforeExpiry(prefetch, stale));
  }

  /** A cache on the timing of {@code policy}, such as {@link RefreshPolicy#container()}. */
  public static CachedCredentials of(
      String name, Supplier<Credentials> loader, Clock clock, RefreshPolicy policy) {
    Arguments.requireNonBlank(name, "name");
    Arguments.requireNonNull(loader, "loader");
    Arguments.requireNonNull(clock, "clock");
    Arguments.requireNonNull(policy, "policy");
    return new CachedCredentials(name, loader, clock, policy);
  }

  @Override
  public Credentials resolveCredentials() {
    Cached current = cached;
    Instant now = clock.instant();
    if (current != null && now.isBefore(current.prefetchAt)) {
      return current.credentials;
    }
    if (current != null && now.isBefore(current.staleAt)) {
      // Prefetch: whoever gets the lock refreshes; nobody waits for it.
      if (refreshLock.tryLock()) {
        try {
          if (cached == current) {
            refresh(current, now);
          }
        } finally {
          refreshLock.unlock();
        }
      }
      return cached.credentials;
    }
    refreshLock.lock();
    try {
      Cached latest = cached;
      Instant afterWait = clock.instant();
      if (latest != current && latest != null && afterWait.isBefore(latest.staleAt)) {
        return latest.credentials; // another caller refreshed while this one waited
      }
      return refresh(latest, afterWait).credentials;
    } finally {
      refreshLock.unlock();
    }
  }

  /**
   * Loads new credentials; on failure keeps {@code previous} while it has not expired, and past
   * that when the policy keeps expired credentials. Called under the lock.
   */
  private Cached refresh(@Nullable Cached previous, Instant now) {
    Credentials loaded;
    try {
      loaded = loader.get();
      if (loaded == null) {
        throw new SdkClientException(name + " returned no credentials");
      }
    } catch (RuntimeException e) {
      if (previous != null && previous.usableAt(now)) {
        LOG.warn(
            "Refreshing credentials from {} failed; the cached credentials stay in use until {}: {}",
            name,
            previous.credentials.expiration().map(Instant::toString).orElse("they are replaced"),
            describe(e));
        Instant retryAt = now.plus(RETRY_PAUSE);
        Cached kept = previous.retryingAt(now, retryAt);
        cached = kept;
        return kept;
      }
      if (previous != null && policy.keepsExpiredCredentials()) {
        expiredFailures++;
        Instant retryAt = policy.nextTryAfterFailure(now, expiredFailures);
        LOG.warn(
            "Refreshing credentials from {} failed ({} in a row); the expired credentials stay in use and the"
                + " refresh is tried again from {}: {}",
            name,
            expiredFailures,
            retryAt,
            describe(e));
        Cached kept = new Cached(previous.credentials, retryAt, retryAt);
        cached = kept;
        return kept;
      }
      throw e;
    }
    expiredFailures = 0;
    RefreshPolicy.Schedule schedule = policy.schedule(loaded.expiration().orElse(null), now);
    Cached fresh = new Cached(loaded, schedule.prefetchAt, schedule.staleAt);
    cached = fresh;
    if (loaded.expiration().map(expiration -> !expiration.isAfter(now)).orElse(false)) {
      LOG.warn(
          "{} returned credentials that expired at {}; they are used until the next refresh at {}",
          name,
          loaded.expiration().get(),
          schedule.staleAt);
    } else {
      LOG.debug("Loaded credentials from {} ({})", name, loaded);
    }
    return fresh;
  }

  private static String describe(RuntimeException e) {
    return e instanceof SdkClientException ? e.getMessage() : e.getClass().getName();
  }

  @Override
  public String toString() {
    return "CachedCredentials{" + name + ", " + policy + "}";
  }

  /** Cached credentials and the instants at which to prefetch and to refresh them. */
  private static final class Cached {
    final Credentials credentials;
    final Instant prefetchAt;
    final Instant staleAt;

    Cached(Credentials credentials, Instant prefetchAt, Instant staleAt) {
      this.credentials = credentials;
      this.prefetchAt = prefetchAt;
      this.staleAt = staleAt;
    }

    boolean usableAt(Instant now) {
      return credentials.expiration().map(now::isBefore).orElse(true);
    }

    /**
     * The same credentials, with no refresh tried before {@code retryAt} (nor blocking anyone past
     * their expiry).
     */
    Cached retryingAt(Instant now, Instant retryAt) {
      if (staleAt.isAfter(now)) {
        return new Cached(credentials, min(retryAt, staleAt), staleAt);
      }
      Instant next = min(retryAt, credentials.expiration().orElse(Instant.MAX));
      return new Cached(credentials, next, next);
    }

    private static Instant min(Instant a, Instant b) {
      return a.isBefore(b) ? a : b;
    }
  }
}

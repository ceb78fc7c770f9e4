package dev.apigw.core.internal.auth;

import dev.apigw.core.Arguments;
import dev.apigw.core.Nullable;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.exception.SdkClientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caches what a loader of temporary credentials returns and refreshes it ahead of expiry, with the AWS SDKs'
 * timing: from {@code prefetch} before expiry (5 minutes by default) one caller refreshes while the others keep
 * the cached credentials; from {@code stale} before expiry (1 minute by default) callers wait for a refresh, one
 * refresh for all of them. Credentials without an expiration are loaded once.
 *
 * <p>A refresh that fails while the cached credentials have not expired keeps serving them (logged at WARN, without
 * any secret) and is tried again after a short pause rather than on every call; once they have expired, the failure
 * is thrown. Thread-safe.
 */
public final class CachedCredentials implements CredentialsProvider {
  public static final Duration DEFAULT_PREFETCH = Duration.ofMinutes(5);
  public static final Duration DEFAULT_STALE = Duration.ofMinutes(1);
  /** How long a failed refresh waits before the next try while the cached credentials are still good. */
  static final Duration RETRY_PAUSE = Duration.ofSeconds(10);
  private static final Logger LOG = LoggerFactory.getLogger("dev.apigw.credentials");

  private final String name;
  private final Supplier<Credentials> loader;
  private final Clock clock;
  private final Duration prefetch;
  private final Duration stale;
  private final ReentrantLock refreshLock = new ReentrantLock();
  private volatile @Nullable Cached cached;

  private CachedCredentials(String name, Supplier<Credentials> loader, Clock clock, Duration prefetch,
      Duration stale) {
    this.name = name;
    this.loader = loader;
    this.clock = clock;
    this.prefetch = prefetch;
    this.stale = stale;
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
  public static CachedCredentials of(String name, Supplier<Credentials> loader, Clock clock, Duration prefetch,
      Duration stale) {
    Arguments.requireNonBlank(name, "name");
    Arguments.requireNonNull(loader, "loader");
    Arguments.requireNonNull(clock, "clock");
    Arguments.requireNonNull(prefetch, "prefetch");
    Arguments.requireNonNull(stale, "stale");
    if (stale.isNegative() || prefetch.compareTo(stale) < 0) {
      throw new IllegalArgumentException("stale must be between zero and prefetch: stale=" + stale + ", prefetch="
          + prefetch);
    }
    return new CachedCredentials(name, loader, clock, prefetch, stale);
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

  /** Loads new credentials; on failure keeps {@code previous} while it has not expired. Called under the lock. */
  private Cached refresh(@Nullable Cached previous, Instant now) {
    Credentials loaded;
    try {
      loaded = loader.get();
      if (loaded == null) {
        throw new SdkClientException(name + " returned no credentials");
      }
    } catch (RuntimeException e) {
      if (previous != null && previous.usableAt(now)) {
        LOG.warn("Refreshing credentials from {} failed; the cached credentials stay in use until {}: {}", name,
            previous.credentials.expiration().map(Instant::toString).orElse("they are replaced"), describe(e));
        Instant retryAt = now.plus(RETRY_PAUSE);
        Cached kept = previous.retryingAt(now, retryAt);
        cached = kept;
        return kept;
      }
      throw e;
    }
    Cached fresh = Cached.of(loaded, now, prefetch, stale);
    cached = fresh;
    LOG.debug("Loaded credentials from {} ({})", name, loaded);
    return fresh;
  }

  private static String describe(RuntimeException e) {
    return e instanceof SdkClientException ? e.getMessage() : e.getClass().getName();
  }

  @Override
  public String toString() {
    return "CachedCredentials{" + name + "}";
  }

  /** Cached credentials and the instants at which to prefetch and to refresh them. */
  private static final class Cached {
    final Credentials credentials;
    final Instant prefetchAt;
    final Instant staleAt;

    private Cached(Credentials credentials, Instant prefetchAt, Instant staleAt) {
      this.credentials = credentials;
      this.prefetchAt = prefetchAt;
      this.staleAt = staleAt;
    }

    static Cached of(Credentials credentials, Instant now, Duration prefetch, Duration stale) {
      Instant expiration = credentials.expiration().orElse(null);
      if (expiration == null) {
        return new Cached(credentials, Instant.MAX, Instant.MAX);
      }
      Instant staleAt = expiration.minus(stale);
      if (!staleAt.isAfter(now)) {
        // Issued with less than the stale margin left: use them while they work instead of reloading on every call.
        staleAt = expiration;
      }
      Instant prefetchAt = expiration.minus(prefetch);
      if (!prefetchAt.isAfter(now)) {
        prefetchAt = min(now.plus(RETRY_PAUSE), staleAt);
      }
      return new Cached(credentials, prefetchAt, staleAt);
    }

    boolean usableAt(Instant now) {
      return credentials.expiration().map(now::isBefore).orElse(true);
    }

    /** The same credentials, with no refresh tried before {@code retryAt} (nor blocking anyone past their expiry). */
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

package dev.apigw.core.paging;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.pipeline.Completions;
import java.util.Collections;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscription: a walk over the pages that hands on what {@code expand} makes of each (the page
 * itself, or its items) as the subscriber asks for them.
 *
 * <p>All signals and all state but the fields marked volatile belong to the thread in {@link
 * #drain}, which {@link #pending} makes one at a time: whoever finds it zero runs the loop, and
 * anyone arriving meanwhile (a request, a page landing, a cancel) only bumps it, so the loop looks
 * again. That also keeps a subscriber that requests from inside {@code onNext}, or fetches that
 * complete at once, from growing the stack.
 */
final class PageWalk<P, T> implements Flow.Subscription {
  private static final Logger LOG = LoggerFactory.getLogger("dev.apigw.core.paging.AsyncPaginator");

  private final Flow.Subscriber<? super T> subscriber;
  private final Function<P, Iterator<? extends T>> expand;
  private final PagedCall<P, ?, Function<String, CompletableFuture<P>>> call;
  private final PageTokens tokens;
  private final AtomicLong demand = new AtomicLong();
  private final AtomicInteger pending = new AtomicInteger();

  private volatile boolean cancelled;
  private volatile @Nullable Throwable badDemand;
  private volatile @Nullable CompletableFuture<P> inFlight;
  private volatile boolean landed;
  private volatile @Nullable P landedPage;
  private volatile @Nullable Throwable landedFailure;

  private boolean done;
  private Iterator<? extends T> current = Collections.emptyIterator();

  PageWalk(
      PagedCall<P, ?, Function<String, CompletableFuture<P>>> call,
      Flow.Subscriber<? super T> subscriber,
      Function<P, Iterator<? extends T>> expand) {
    this.call = call;
    this.tokens = call.newWalk();
    this.subscriber = subscriber;
    this.expand = expand;
  }

  /** Signals {@code onSubscribe}, holding the loop so that no other signal overlaps it. */
  void start() {
    pending.set(1);
    try {
      subscriber.onSubscribe(this);
    } catch (RuntimeException | Error e) {
      subscriberFailed("onSubscribe; its subscription is cancelled", e);
      cancelled = true;
    }
    loop();
  }

  @Override
  public void request(long n) {
    if (n <= 0) {
      badDemand =
          new IllegalArgumentException(
              call.operationName
                  + ": request("
                  + n
                  + "): the demand must be positive (Reactive Streams rule 3.9)");
    } else {
      demand.getAndUpdate(d -> d + n < 0 ? Long.MAX_VALUE : d + n);
    }
    drain();
  }

  @Override
  public void cancel() {
    cancelled = true;
    cancelInFlight();
    drain();
  }

  private void drain() {
    if (pending.getAndIncrement() == 0) {
      loop();
    }
  }

  private void loop() {
    int missed = 1;
    do {
      step();
      missed = pending.addAndGet(-missed);
    } while (missed != 0);
  }

  /** Does all there is to do now. */
  private void step() {
    while (!done) {
      if (cancelled) {
        done = true;
        current = Collections.emptyIterator();
        cancelInFlight(); // a fetch started while cancel() looked
        return;
      }
      Throwable refused = badDemand;
      if (refused != null) {
        cancelInFlight();
        fail(refused);
        return;
      }
      if (landed) {
        if (!takeLandedPage()) {
          return;
        }
        continue;
      }
      long wanted = demand.get();
      boolean hasNext;
      T next = null;
      try {
        hasNext = current.hasNext();
        if (hasNext && wanted > 0) {
          next = current.next();
        }
      } catch (RuntimeException | Error e) {
        fail(e);
        return;
      }
      if (hasNext) {
        if (wanted == 0) {
          return;
        }
        if (next == null) {
          fail(new SdkClientException(call.operationName + ": a page holds a null item"));
          return;
        }
        if (wanted != Long.MAX_VALUE) {
          demand.decrementAndGet();
        }
        try {
          subscriber.onNext(next);
        } catch (RuntimeException | Error e) {
          subscriberFailed("onNext; its subscription is cancelled", e);
          cancel();
        }
        continue;
      }
      if (inFlight != null) {
        return; // the next page is on its way
      }
      boolean more;
      try {
        more = tokens.hasMore();
      } catch (SdkClientException repeatedToken) {
        if (demand.get() > 0) {
          fail(repeatedToken);
        }
        return;
      }
      if (!more) {
        done = true;
        try {
          subscriber.onComplete();
        } catch (RuntimeException | Error e) {
          subscriberFailed("onComplete", e);
        }
        return;
      }
      if (demand.get() == 0) {
        return;
      }
      fetch();
    }
  }

  private void fetch() {
    CompletableFuture<P> page;
    try {
      page = call.fetchPage.apply(tokens.token());
    } catch (RuntimeException | Error e) {
      fail(e);
      return;
    }
    if (page == null) {
      fail(new SdkClientException(call.operationName + ": fetching a page returned no future"));
      return;
    }
    inFlight = page;
    page.whenComplete(
        (result, failure) -> {
          landedPage = result;
          landedFailure = failure == null ? null : Completions.unwrap(failure);
          landed = true;
          drain();
        });
  }

  /** Takes the page that arrived; false when the walk ended with it. */
  private boolean takeLandedPage() {
    landed = false;
    inFlight = null;
    P page = landedPage;
    Throwable failure = landedFailure;
    landedPage = null;
    landedFailure = null;
    if (failure != null) {
      fail(failure);
      return false;
    }
    try {
      call.fetched(tokens, page);
      Iterator<? extends T> expanded = expand.apply(page);
      current = expanded == null ? Collections.emptyIterator() : expanded;
    } catch (RuntimeException | Error e) {
      fail(e);
      return false;
    }
    return true;
  }

  private void cancelInFlight() {
    CompletableFuture<P> fetching = inFlight;
    if (fetching != null) {
      fetching.cancel(true);
    }
  }

  private void fail(Throwable failure) {
    done = true;
    current = Collections.emptyIterator();
    try {
      subscriber.onError(failure);
    } catch (RuntimeException | Error e) {
      subscriberFailed("onError", e);
    }
  }

  private void subscriberFailed(String where, Throwable e) {
    LOG.warn("{}: a subscriber failed in {}", call.operationName, where, e);
  }
}

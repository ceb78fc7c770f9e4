package dev.apigw.core.paging;

import dev.apigw.core.Nullable;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.pipeline.Completions;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages of a paginated operation of an asynchronous client, as a {@link Flow.Publisher}: each
 * subscription walks the pages from the starting token, following each page's {@code NextToken} as
 * {@link Paginator} does, and stops at the same loop guard.
 *
 * <p>Demand drives it: nothing is fetched until a page (or, from {@link #items()}, an item beyond
 * those already fetched) is requested, and at most one page is in flight at a time, so a slow
 * subscriber holds at most one page. Cancelling a subscription cancels the page in flight, and with
 * it the HTTP call. The last page is followed by {@code onComplete} without waiting for more
 * demand; a failed fetch, a fetch that gives no page, and a token the service repeats (reported
 * when the page after it is asked for) end the subscription with {@code onError}. Signals come on
 * the threads that complete the fetches (the client's completion executor), one at a time.
 *
 * <p>Every subscription starts over at the starting token. Immutable and thread-safe as long as the
 * functions given are.
 *
 * @param <P> the page (result) type
 * @param <I> the item type
 */
public final class AsyncPaginator<P, I> implements Flow.Publisher<P> {
  private static final Logger LOG = LoggerFactory.getLogger(AsyncPaginator.class);

  private final String operationName;
  private final @Nullable String firstToken;
  private final Function<String, CompletableFuture<P>> fetchPage;
  private final Function<P, Optional<String>> nextToken;
  private final Function<P, List<I>> items;

  private AsyncPaginator(
      String operationName,
      @Nullable String firstToken,
      Function<String, CompletableFuture<P>> fetchPage,
      Function<P, Optional<String>> nextToken,
      Function<P, List<I>> items) {
    this.operationName = operationName;
    this.firstToken = firstToken;
    this.fetchPage = fetchPage;
    this.nextToken = nextToken;
    this.items = items;
  }

  /**
   * A paginator.
   *
   * @param operationName the operation, such as {@code GetRoutes}, for exception messages
   * @param firstToken where to start: null (or empty) for the first page, else a token from an
   *     earlier page
   * @param fetchPage starts fetching the page for a token; gets null for the first page
   * @param nextToken the token of the page after a page; empty (or an empty string) when it is the
   *     last
   * @param items the items of a page
   * @throws IllegalArgumentException naming the argument when one that must not be is null
   */
  public static <P, I> AsyncPaginator<P, I> create(
      String operationName,
      @Nullable String firstToken,
      Function<String, CompletableFuture<P>> fetchPage,
      Function<P, Optional<String>> nextToken,
      Function<P, List<I>> items) {
    PageTokens.checkArguments(operationName, fetchPage, nextToken, items);
    String start = PageTokens.startToken(firstToken);
    return new AsyncPaginator<>(operationName, start, fetchPage, nextToken, items);
  }

  /** The operation these pages come from. */
  public String operationName() {
    return operationName;
  }

  /** The token the first page is fetched with; empty for the very first page. */
  public Optional<String> firstToken() {
    return Optional.ofNullable(firstToken);
  }

  /**
   * Starts a walk over the pages for {@code subscriber}; nothing is fetched before it requests.
   *
   * @throws NullPointerException when {@code subscriber} is null, as Reactive Streams requires
   */
  @Override
  public void subscribe(Flow.Subscriber<? super P> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    new Walk<P>(subscriber, page -> Collections.singletonList(page).iterator()).start();
  }

  /**
   * The items of all pages, one {@code onNext} per item: a page is fetched only when an item is
   * requested beyond those of the pages already fetched.
   */
  public Flow.Publisher<I> items() {
    return subscriber -> {
      Objects.requireNonNull(subscriber, "subscriber");
      new Walk<I>(subscriber, this::itemsOf).start();
    };
  }

  /**
   * Runs {@code action} on every item of every page, in order, one page in flight at a time.
   *
   * @return a future that completes when the last page's items are done, or exceptionally with the
   *     failure of a fetch or of {@code action} (after which nothing more is fetched); cancelling
   *     it stops the walk and cancels the page in flight
   * @throws IllegalArgumentException when {@code action} is null
   */
  public CompletableFuture<Void> forEach(Consumer<? super I> action) {
    PageTokens.requireNonNull(action, "action");
    CompletableFuture<Void> done = new CompletableFuture<>();
    items()
        .subscribe(
            new Flow.Subscriber<I>() {
              private @Nullable Flow.Subscription subscription;

              @Override
              public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                done.whenComplete(
                    (ignored, failure) -> {
                      if (done.isCancelled()) {
                        s.cancel();
                      }
                    });
                s.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(I item) {
                try {
                  action.accept(item);
                } catch (RuntimeException | Error e) {
                  subscription.cancel();
                  done.completeExceptionally(e);
                }
              }

              @Override
              public void onError(Throwable failure) {
                done.completeExceptionally(failure);
              }

              @Override
              public void onComplete() {
                done.complete(null);
              }
            });
    return done;
  }

  @Override
  public String toString() {
    return "AsyncPaginator{"
        + operationName
        + (firstToken == null ? "" : ", starting at a token")
        + "}";
  }

  private Iterator<I> itemsOf(P page) {
    List<I> pageItems = items.apply(page);
    return pageItems == null ? Collections.emptyIterator() : pageItems.iterator();
  }

  /**
   * One subscription: a walk over the pages that hands on what {@code expand} makes of each (the
   * page itself, or its items) as the subscriber asks for them.
   *
   * <p>All signals and all state but the fields marked volatile belong to the thread in {@link
   * #drain}, which {@link #pending} makes one at a time: whoever finds it zero runs the loop, and
   * anyone arriving meanwhile (a request, a page landing, a cancel) only bumps it, so the loop
   * looks again. That also keeps a subscriber that requests from inside {@code onNext}, or fetches
   * that complete at once, from growing the stack.
   */
  private final class Walk<T> implements Flow.Subscription {
    private final Flow.Subscriber<? super T> subscriber;
    private final Function<P, Iterator<? extends T>> expand;
    private final PageTokens tokens = new PageTokens(operationName, firstToken);
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

    Walk(Flow.Subscriber<? super T> subscriber, Function<P, Iterator<? extends T>> expand) {
      this.subscriber = subscriber;
      this.expand = expand;
    }

    /** Signals {@code onSubscribe}, holding the loop so that no other signal overlaps it. */
    void start() {
      pending.set(1);
      try {
        subscriber.onSubscribe(this);
      } catch (RuntimeException | Error e) {
        LOG.warn(
            "{}: a subscriber failed in onSubscribe; its subscription is cancelled",
            operationName,
            e);
        cancelled = true;
      }
      loop();
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        badDemand =
            new IllegalArgumentException(
                operationName
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
      CompletableFuture<P> fetching = inFlight;
      if (fetching != null) {
        fetching.cancel(true);
      }
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
            fail(new SdkClientException(operationName + ": a page holds a null item"));
            return;
          }
          if (wanted != Long.MAX_VALUE) {
            demand.decrementAndGet();
          }
          try {
            subscriber.onNext(next);
          } catch (RuntimeException | Error e) {
            LOG.warn(
                "{}: a subscriber failed in onNext; its subscription is cancelled",
                operationName,
                e);
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
            LOG.warn("{}: a subscriber failed in onComplete", operationName, e);
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
        page = fetchPage.apply(tokens.token());
      } catch (RuntimeException | Error e) {
        fail(e);
        return;
      }
      if (page == null) {
        fail(new SdkClientException(operationName + ": fetching a page returned no future"));
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
        tokens.fetched(page, page == null ? null : nextToken.apply(page));
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
        LOG.warn("{}: a subscriber failed in onError", operationName, e);
      }
    }
  }
}

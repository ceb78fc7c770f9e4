package dev.apigw.core.paging;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

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
  private final PagedCall<P, I, Function<String, CompletableFuture<P>>> call;

  private AsyncPaginator(PagedCall<P, I, Function<String, CompletableFuture<P>>> call) {
    this.call = call;
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
    return new AsyncPaginator<>(
        PagedCall.of(operationName, firstToken, fetchPage, nextToken, items));
  }

  /** The operation these pages come from. */
  public String operationName() {
    return call.operationName;
  }

  /** The token the first page is fetched with; empty for the very first page. */
  public Optional<String> firstToken() {
    return Optional.ofNullable(call.firstToken);
  }

  /**
   * Starts a walk over the pages for {@code subscriber}; nothing is fetched before it requests.
   *
   * @throws NullPointerException when {@code subscriber} is null, as Reactive Streams requires
   */
  @Override
  public void subscribe(Flow.Subscriber<? super P> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    new PageWalk<P, P>(call, subscriber, page -> Collections.singletonList(page).iterator())
        .start();
  }

  /**
   * The items of all pages, one {@code onNext} per item: a page is fetched only when an item is
   * requested beyond those of the pages already fetched.
   */
  public Flow.Publisher<I> items() {
    return subscriber -> {
      Objects.requireNonNull(subscriber, "subscriber");
      new PageWalk<P, I>(call, subscriber, call::itemsOf).start();
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
              private Flow.@Nullable Subscription subscription;

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
    return call.describe("AsyncPaginator");
  }
}

package dev.apigw.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.paging.PaginatorTest.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous paginator against a fake service whose pages complete when the test says so:
 * demand drives every fetch, one page is in flight at a time, cancelling stops the walk and the
 * page in flight, and {@code NextToken} is followed with the blocking paginator's loop guard.
 */
class AsyncPaginatorTest {
  /** Serves pages by token; each fetch stays open until {@link #complete} or {@link #fail}. */
  static final class FakeService {
    final Map<String, Page> pages = new HashMap<>();
    final List<String> requestedTokens = new CopyOnWriteArrayList<>();
    final List<CompletableFuture<Page>> fetches = new CopyOnWriteArrayList<>();
    boolean completeAtOnce;

    FakeService page(String token, Page page) {
      pages.put(token, page);
      return this;
    }

    CompletableFuture<Page> fetch(String token) {
      requestedTokens.add(String.valueOf(token));
      CompletableFuture<Page> future = new CompletableFuture<>();
      fetches.add(future);
      if (completeAtOnce) {
        future.complete(pages.get(token));
      }
      return future;
    }

    /** Completes the latest fetch with the page for the token it asked for. */
    void complete() {
      int last = fetches.size() - 1;
      String token = requestedTokens.get(last);
      fetches.get(last).complete(pages.get("null".equals(token) ? null : token));
    }

    void fail(RuntimeException failure) {
      fetches.get(fetches.size() - 1).completeExceptionally(failure);
    }

    AsyncPaginator<Page, String> paginator(String firstToken) {
      return AsyncPaginator.create(
          "GetRoutes",
          firstToken,
          this::fetch,
          page -> Optional.ofNullable(page.nextToken),
          page -> page.items);
    }
  }

  /** Records every signal; requests only what the test asks for. */
  static final class Recorder<T> implements Flow.Subscriber<T> {
    final List<Object> signals = new CopyOnWriteArrayList<>();
    Flow.Subscription subscription;

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
    }

    @Override
    public void onNext(T item) {
      signals.add(item);
    }

    @Override
    public void onError(Throwable failure) {
      signals.add(failure);
    }

    @Override
    public void onComplete() {
      signals.add("complete");
    }
  }

  private final FakeService service =
      new FakeService()
          .page(null, new Page("t1", "a", "b"))
          .page("t1", new Page("t2", "c"))
          .page("t2", new Page(null, "d", "e"));

  @Test
  void nothingIsFetchedBeforeTheFirstRequest() {
    Recorder<Page> pages = new Recorder<>();

    service.paginator(null).subscribe(pages);

    assertThat(pages.subscription).isNotNull();
    assertThat(service.requestedTokens).isEmpty();
  }

  @Test
  void aDemandOfOneFetchesExactlyOnePage() {
    Recorder<Page> pages = new Recorder<>();
    service.paginator(null).subscribe(pages);

    pages.subscription.request(1);
    service.complete();

    assertThat(service.requestedTokens).containsExactly("null");
    assertThat(pages.signals).hasSize(1);
    assertThat(((Page) pages.signals.get(0)).items).containsExactly("a", "b");
  }

  @Test
  void onlyOnePageIsInFlightWhateverTheDemand() {
    Recorder<Page> pages = new Recorder<>();
    service.paginator(null).subscribe(pages);

    pages.subscription.request(Long.MAX_VALUE);

    assertThat(service.fetches).hasSize(1);
    service.complete();
    assertThat(service.fetches).hasSize(2);
    assertThat(service.requestedTokens).containsExactly("null", "t1");
    service.complete();
    service.complete();
    assertThat(service.requestedTokens).containsExactly("null", "t1", "t2");
    assertThat(pages.signals).hasSize(4).last().isEqualTo("complete");
  }

  @Test
  void theLastPageIsFollowedByCompletionWithoutMoreDemand() {
    Recorder<Page> pages = new Recorder<>();
    service.completeAtOnce = true;
    service.paginator("t2").subscribe(pages);

    pages.subscription.request(1);

    assertThat(service.requestedTokens).containsExactly("t2");
    assertThat(pages.signals).hasSize(2).last().isEqualTo("complete");
  }

  @Test
  void cancellingAfterTwoPagesFetchesNoThird() {
    Recorder<Page> pages = new Recorder<>();
    service.completeAtOnce = true;
    service.paginator(null).subscribe(pages);

    pages.subscription.request(2);
    pages.subscription.cancel();
    pages.subscription.request(5);

    assertThat(service.requestedTokens).containsExactly("null", "t1");
    assertThat(pages.signals).hasSize(2);
  }

  @Test
  void cancellingCancelsThePageInFlightAndSignalsNothingMore() {
    Recorder<Page> pages = new Recorder<>();
    service.paginator(null).subscribe(pages);
    pages.subscription.request(1);

    pages.subscription.cancel();

    assertThat(service.fetches.get(0)).isCancelled();
    assertThat(pages.signals).isEmpty();
  }

  @Test
  void itemsHonourTheirOwnDemandAndFetchTheNextPageOnlyWhenNeeded() {
    Recorder<String> items = new Recorder<>();
    service.paginator(null).items().subscribe(items);

    items.subscription.request(1);
    service.complete();
    assertThat(items.signals).containsExactly("a");

    items.subscription.request(1);
    assertThat(items.signals).containsExactly("a", "b");
    assertThat(service.fetches).as("b was in the first page").hasSize(1);

    items.subscription.request(2);
    assertThat(service.fetches).hasSize(2);
    service.complete();
    assertThat(items.signals).containsExactly("a", "b", "c");
    service.complete();
    assertThat(items.signals).containsExactly("a", "b", "c", "d");

    items.subscription.request(1);
    assertThat(items.signals).containsExactly("a", "b", "c", "d", "e", "complete");
    assertThat(service.requestedTokens).containsExactly("null", "t1", "t2");
  }

  @Test
  void forEachRunsOnEveryItemAndCompletes() throws Exception {
    service.completeAtOnce = true;
    List<String> seen = new ArrayList<>();

    CompletableFuture<Void> done = service.paginator(null).forEach(seen::add);

    done.get(1, TimeUnit.SECONDS);
    assertThat(seen).containsExactly("a", "b", "c", "d", "e");
  }

  @Test
  void forEachFailsWithTheActionsFailureAndFetchesNoMore() {
    service.completeAtOnce = true;
    IllegalStateException boom = new IllegalStateException("boom");

    CompletableFuture<Void> done =
        service
            .paginator(null)
            .forEach(
                item -> {
                  if (item.equals("c")) {
                    throw boom;
                  }
                });

    assertThatThrownBy(done::join).isInstanceOf(CompletionException.class).hasCause(boom);
    assertThat(service.requestedTokens).containsExactly("null", "t1");
  }

  @Test
  void cancellingForEachsFutureCancelsThePageInFlight() {
    CompletableFuture<Void> done = service.paginator(null).forEach(item -> {});
    assertThat(service.fetches).hasSize(1);

    done.cancel(true);

    assertThat(service.fetches.get(0)).isCancelled();
    assertThat(service.fetches).hasSize(1);
  }

  @Test
  void aFailedFetchEndsTheWalkWithItsFailureUnwrapped() {
    Recorder<Page> pages = new Recorder<>();
    service.paginator(null).subscribe(pages);
    pages.subscription.request(3);
    service.complete();
    SdkClientException failure = new SdkClientException("GetRoutes: the request failed");

    service.fail(failure);

    assertThat(pages.signals).hasSize(2);
    assertThat(pages.signals.get(1)).isSameAs(failure);
    pages.subscription.request(1);
    assertThat(service.fetches).hasSize(2);
  }

  @Test
  void aRepeatedTokenIsReportedWhenThePageAfterItIsAskedFor() {
    FakeService looping =
        new FakeService().page(null, new Page("t1", "a")).page("t1", new Page("t1", "b"));
    looping.completeAtOnce = true;
    Recorder<Page> pages = new Recorder<>();
    looping.paginator(null).subscribe(pages);

    pages.subscription.request(2);
    assertThat(pages.signals).hasSize(2).allMatch(Page.class::isInstance);

    pages.subscription.request(1);
    assertThat(pages.signals).hasSize(3);
    assertThat(pages.signals.get(2)).isInstanceOf(SdkClientException.class);
    assertThat(((Throwable) pages.signals.get(2)).getMessage())
        .startsWith("GetRoutes: the service repeated a pagination token");
    assertThat(looping.requestedTokens).containsExactly("null", "t1");
  }

  @Test
  void aFetchThatGivesNoPageOrNoFutureFailsNamingTheOperation() {
    FakeService empty = new FakeService();
    empty.completeAtOnce = true;
    Recorder<Page> pages = new Recorder<>();
    empty.paginator(null).subscribe(pages);
    pages.subscription.request(1);
    assertThat(((Throwable) pages.signals.get(0)).getMessage())
        .isEqualTo("GetRoutes: fetching a page returned null");

    Recorder<Page> noFuture = new Recorder<>();
    AsyncPaginator.<Page, String>create("GetRoutes", null, token -> null, p -> null, p -> null)
        .subscribe(noFuture);
    noFuture.subscription.request(1);
    assertThat(((Throwable) noFuture.signals.get(0)).getMessage())
        .isEqualTo("GetRoutes: fetching a page returned no future");
  }

  @Test
  void aNonPositiveRequestIsAnErrorAsRule39Says() {
    Recorder<Page> pages = new Recorder<>();
    service.paginator(null).subscribe(pages);

    pages.subscription.request(0);

    assertThat(pages.signals).singleElement().isInstanceOf(IllegalArgumentException.class);
    assertThat(service.requestedTokens).isEmpty();
  }

  @Test
  void aSubscriberThatRequestsFromOnNextDoesNotGrowTheStack() {
    FakeService many = new FakeService();
    for (int i = 0; i < 20_000; i++) {
      many.page(i == 0 ? null : "t" + i, new Page(i == 19_999 ? null : "t" + (i + 1), "x" + i));
    }
    many.completeAtOnce = true;
    List<String> seen = new ArrayList<>();
    CompletableFuture<Void> done = new CompletableFuture<>();

    many.paginator(null)
        .items()
        .subscribe(
            new Flow.Subscriber<String>() {
              Flow.Subscription subscription;

              @Override
              public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(1);
              }

              @Override
              public void onNext(String item) {
                seen.add(item);
                subscription.request(1);
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

    assertThat(done).isCompleted();
    assertThat(seen).hasSize(20_000);
  }

  @Test
  void everySubscriptionStartsOverAndBadArgumentsAreNamed() {
    service.completeAtOnce = true;
    AsyncPaginator<Page, String> paginator = service.paginator("");
    paginator.forEach(item -> {}).join();
    paginator.forEach(item -> {}).join();

    assertThat(service.requestedTokens).containsExactly("null", "t1", "t2", "null", "t1", "t2");
    assertThat(paginator.firstToken()).isEmpty();
    assertThatThrownBy(() -> paginator.subscribe(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> paginator.forEach(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("action must not be null");
    assertThatThrownBy(
            () ->
                AsyncPaginator.create(
                    "GetRoutes", null, null, page -> Optional.empty(), page -> List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fetchPage must not be null");
  }
}

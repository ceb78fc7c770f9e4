package dev.apigw.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.exception.SdkClientException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PaginatorTest {
  /** A page of a fake service: its items and its next token (null when absent). */
  static final class Page {
    final List<String> items;
    final String nextToken;

    Page(String nextToken, String... items) {
      this.items = Arrays.asList(items);
      this.nextToken = nextToken;
    }

    @Override
    public String toString() {
      return items + "->" + nextToken;
    }
  }

  /** Serves pages by the token asked for, recording every request. */
  static final class FakeService {
    final Map<String, Page> pages = new HashMap<>();
    final List<String> requestedTokens = new ArrayList<>();

    FakeService page(String token, Page page) {
      pages.put(token, page);
      return this;
    }

    Page fetch(String token) {
      requestedTokens.add(token);
      Page page = pages.get(token);
      if (page == null) {
        throw new AssertionError("no page for token " + token);
      }
      return page;
    }

    Paginator<Page, String> paginator(String firstToken) {
      return Paginator.create(
          "GetRoutes",
          firstToken,
          this::fetch,
          page -> Optional.ofNullable(page.nextToken),
          page -> page.items);
    }
  }

  private final FakeService service =
      new FakeService()
          .page(null, new Page("t1", "a", "b"))
          .page("t1", new Page("t2", "c", "d"))
          .page("t2", new Page(null, "e"));

  @Test
  void walksThreePagesInOrderFollowingTheTokens() {
    List<Page> pages = new ArrayList<>();
    service.paginator(null).forEach(pages::add);

    assertThat(pages)
        .extracting(page -> page.items)
        .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e"));
    assertThat(service.requestedTokens).containsExactly(null, "t1", "t2");
  }

  @Test
  void fetchesNothingUntilIterated() {
    Paginator<Page, String> paginator = service.paginator(null);
    Iterator<Page> iterator = paginator.iterator();
    paginator.items().iterator();
    paginator.stream().map(page -> page.items);
    paginator.itemStream().filter(item -> true);

    assertThat(service.requestedTokens).isEmpty();

    assertThat(iterator.hasNext()).isTrue();
    assertThat(service.requestedTokens).containsExactly((String) null);
    iterator.next();
    assertThat(service.requestedTokens).containsExactly((String) null);
  }

  @Test
  void fetchesOnePageAtATime() {
    Iterator<Page> iterator = service.paginator(null).iterator();

    iterator.next();
    iterator.hasNext();
    iterator.hasNext();

    assertThat(service.requestedTokens).containsExactly(null, "t1");
  }

  @Test
  void itemsFlattenAllPages() {
    List<String> items = new ArrayList<>();
    service.paginator(null).items().forEach(items::add);

    assertThat(items).containsExactly("a", "b", "c", "d", "e");
  }

  @Test
  void itemStreamFetchesOnlyThePagesItConsumes() {
    List<String> firstThree =
        service.paginator(null).itemStream().limit(3).collect(Collectors.toList());

    assertThat(firstThree).containsExactly("a", "b", "c");
    assertThat(service.requestedTokens).containsExactly(null, "t1");
  }

  @Test
  void itemStreamLimitedToOnePagesItemsFetchesOnePage() {
    assertThat(service.paginator(null).itemStream().limit(2).count()).isEqualTo(2);

    assertThat(service.requestedTokens).containsExactly((String) null);
  }

  @Test
  void streamFindFirstFetchesOnePage() {
    Optional<Page> first = service.paginator(null).stream().findFirst();

    assertThat(first).hasValueSatisfying(page -> assertThat(page.items).containsExactly("a", "b"));
    assertThat(service.requestedTokens).containsExactly((String) null);
  }

  @Test
  void streamsOfEverythingSeeEverything() {
    assertThat(service.paginator(null).stream().count()).isEqualTo(3);
    assertThat(service.paginator(null).itemStream().collect(Collectors.joining()))
        .isEqualTo("abcde");
    assertThat(service.paginator(null).itemStream().parallel().collect(Collectors.joining()))
        .isEqualTo("abcde");
  }

  @Test
  void resumesFromAToken() {
    List<String> items = service.paginator("t1").itemStream().collect(Collectors.toList());

    assertThat(items).containsExactly("c", "d", "e");
    assertThat(service.requestedTokens).containsExactly("t1", "t2");
  }

  @Test
  void anEmptyFirstTokenMeansTheFirstPage() {
    assertThat(service.paginator("").itemStream().count()).isEqualTo(5);
    assertThat(service.requestedTokens.get(0)).isNull();
  }

  @Test
  void stopsWhenTheNextTokenIsEmpty() {
    FakeService emptyToken =
        new FakeService().page(null, new Page("t1", "a")).page("t1", new Page("", "b"));

    assertThat(emptyToken.paginator(null).itemStream().collect(Collectors.toList()))
        .containsExactly("a", "b");
    assertThat(emptyToken.requestedTokens).containsExactly(null, "t1");
  }

  @Test
  void stopsWhenThereIsNoNextTokenOnTheFirstPage() {
    FakeService single = new FakeService().page(null, new Page(null, "only"));

    assertThat(single.paginator(null).stream().count()).isEqualTo(1);
    assertThat(single.requestedTokens).containsExactly((String) null);
  }

  @Test
  void skipsPagesWithoutItemsButFollowsTheirTokens() {
    FakeService sparse =
        new FakeService()
            .page(null, new Page("t1"))
            .page("t1", new Page("t2"))
            .page("t2", new Page(null, "x"));

    assertThat(sparse.paginator(null).itemStream().collect(Collectors.toList()))
        .containsExactly("x");
    assertThat(sparse.paginator(null).stream().count()).isEqualTo(3);
  }

  @Test
  void aTokenThatLeadsBackToAnEarlierPageIsAnErrorNotALoop() {
    FakeService cycling =
        new FakeService()
            .page(null, new Page("t1", "a"))
            .page("t1", new Page("t2", "b"))
            .page("t2", new Page("t1", "c"));

    assertThatThrownBy(() -> cycling.paginator(null).itemStream().collect(Collectors.toList()))
        .isInstanceOf(SdkClientException.class)
        .hasMessageStartingWith("GetRoutes: ")
        .hasMessageContaining("repeated a pagination token");
    assertThat(cycling.requestedTokens).containsExactly(null, "t1", "t2");
  }

  @Test
  void aRepeatedTokenIsAnErrorNotALoop() {
    FakeService stuck =
        new FakeService().page(null, new Page("t1", "a")).page("t1", new Page("t1", "b"));
    Iterator<Page> iterator = stuck.paginator(null).iterator();

    assertThat(iterator.next().items).containsExactly("a");
    assertThat(iterator.next().items).containsExactly("b");
    assertThatThrownBy(iterator::hasNext)
        .isInstanceOf(SdkClientException.class)
        .hasMessageStartingWith("GetRoutes: ")
        .hasMessageContaining("repeated a pagination token");
    assertThatThrownBy(iterator::next).isInstanceOf(SdkClientException.class);
    assertThat(stuck.requestedTokens).containsExactly(null, "t1");
  }

  @Test
  void aRepeatedTokenStopsStreamsToo() {
    FakeService stuck = new FakeService().page("t9", new Page("t9", "a"));

    assertThatThrownBy(() -> stuck.paginator("t9").itemStream().count())
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("GetRoutes");
    assertThat(stuck.requestedTokens).containsExactly("t9");
  }

  @Test
  void iteratingAgainStartsOver() {
    Paginator<Page, String> paginator = service.paginator(null);

    List<String> first = paginator.itemStream().collect(Collectors.toList());
    List<String> second = new ArrayList<>();
    paginator.items().forEach(second::add);

    assertThat(second).isEqualTo(first).containsExactly("a", "b", "c", "d", "e");
    assertThat(service.requestedTokens).containsExactly(null, "t1", "t2", null, "t1", "t2");
  }

  @Test
  void nextAfterTheLastPageThrowsNoSuchElement() {
    Iterator<Page> iterator = service.paginator("t2").iterator();
    iterator.next();

    assertThat(iterator.hasNext()).isFalse();
    assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
    Iterator<String> items = service.paginator("t2").items().iterator();
    items.next();
    assertThatThrownBy(items::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void toleratesNullOptionalsAndNullItemLists() {
    Paginator<Page, String> paginator =
        Paginator.create("GetApis", null, token -> new Page(null, "a"), page -> null, page -> null);

    assertThat(paginator.stream().count()).isEqualTo(1);
    assertThat(paginator.itemStream().count()).isZero();
  }

  @Test
  void aNullPageIsAClientException() {
    Paginator<Page, String> paginator =
        Paginator.create(
            "GetApis", null, token -> null, page -> Optional.empty(), page -> page.items);

    assertThatThrownBy(() -> paginator.iterator().hasNext())
        .isInstanceOf(SdkClientException.class)
        .hasMessage("GetApis: fetching a page returned null");
  }

  @Test
  void rejectsNullArgumentsNamingThem() {
    assertThatThrownBy(
            () -> Paginator.create(null, null, t -> 1, p -> Optional.empty(), p -> List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("operationName must not be null");
    assertThatThrownBy(
            () -> Paginator.create("Op", null, null, p -> Optional.empty(), p -> List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fetchPage must not be null");
    assertThatThrownBy(
            () -> Paginator.<Integer, Integer>create("Op", null, t -> 1, null, p -> List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nextToken must not be null");
    assertThatThrownBy(
            () ->
                Paginator.<Integer, Integer>create("Op", null, t -> 1, p -> Optional.empty(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("items must not be null");
  }

  @Test
  void exposesItsOperationAndStart() {
    assertThat(service.paginator("t1").operationName()).isEqualTo("GetRoutes");
    assertThat(service.paginator("t1").firstToken()).contains("t1");
    assertThat(service.paginator(null).firstToken()).isEmpty();
  }
}

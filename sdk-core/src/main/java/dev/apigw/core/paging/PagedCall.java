package dev.apigw.core.paging;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What both paginators are made of: the operation, the token to start at, how a page is fetched
 * ({@code F}: at once for the blocking paginator, as a future for the asynchronous one), and how a
 * page gives its next token and its items. Immutable.
 */
final class PagedCall<P, I, F> {
  final String operationName;
  final @Nullable String firstToken;
  final F fetchPage;
  private final Function<P, Optional<String>> nextToken;
  private final Function<P, List<I>> items;

  private PagedCall(
      String operationName,
      @Nullable String firstToken,
      F fetchPage,
      Function<P, Optional<String>> nextToken,
      Function<P, List<I>> items) {
    this.operationName = operationName;
    this.firstToken = firstToken;
    this.fetchPage = fetchPage;
    this.nextToken = nextToken;
    this.items = items;
  }

  /**
   * Checks a paginator's arguments and keeps them.
   *
   * @throws IllegalArgumentException naming the argument that is null (or the blank operation name)
   */
  static <P, I, F> PagedCall<P, I, F> of(
      String operationName,
      @Nullable String firstToken,
      F fetchPage,
      Function<P, Optional<String>> nextToken,
      Function<P, List<I>> items) {
    PageTokens.checkArguments(operationName, fetchPage, nextToken, items);
    return new PagedCall<>(
        operationName, PageTokens.startToken(firstToken), fetchPage, nextToken, items);
  }

  /** A new walk's place among the pages. */
  PageTokens newWalk() {
    return new PageTokens(operationName, firstToken);
  }

  /** Records a fetched page (null for none) and its next token in a walk. */
  void fetched(PageTokens walk, @Nullable P page) {
    walk.fetched(page, page == null ? null : nextToken.apply(page));
  }

  Iterator<I> itemsOf(P page) {
    List<I> pageItems = items.apply(page);
    return pageItems == null ? Collections.emptyIterator() : pageItems.iterator();
  }

  /** {@code kind{operation}}, and whether it starts at a token; never the token itself. */
  String describe(String kind) {
    return kind + "{" + operationName + (firstToken == null ? "" : ", starting at a token") + "}";
  }
}

package dev.apigw.core.paging;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The pages of a paginated operation that continues with a {@code NextToken}, fetched lazily.
 *
 * <p>Nothing is fetched until iteration starts, then one page per call, each fetched only when it
 * is needed: first the page for the starting token (null for the first page), then the page for
 * each page's next token, until a page has no next token or an empty one. When a page's next token
 * is one this walk has already fetched with (the token of that same page, or of any earlier one: a
 * loop), that page is still returned, but asking for the one after it fails with an {@link
 * dev.apigw.core.exception.SdkClientException} naming the operation, instead of requesting the same
 * pages forever; so does a fetch that returns null. Every {@link #iterator()} (and every stream)
 * starts over at the starting token.
 *
 * <p>Immutable and thread-safe as long as the functions given are; each iterator is for one thread.
 *
 * @param <P> the page (result) type
 * @param <I> the item type
 */
public final class Paginator<P, I> implements Iterable<P> {
  private final PagedCall<P, I, Function<String, P>> call;

  private Paginator(PagedCall<P, I, Function<String, P>> call) {
    this.call = call;
  }

  /**
   * A paginator.
   *
   * @param operationName the operation, such as {@code GetRoutes}, for exception messages
   * @param firstToken where to start: null (or empty) for the first page, else a token from an
   *     earlier page
   * @param fetchPage fetches the page for a token; gets null for the first page
   * @param nextToken the token of the page after a page; empty (or an empty string) when it is the
   *     last
   * @param items the items of a page
   * @throws IllegalArgumentException naming the argument when one that must not be is null
   */
  public static <P, I> Paginator<P, I> create(
      String operationName,
      @Nullable String firstToken,
      Function<String, P> fetchPage,
      Function<P, Optional<String>> nextToken,
      Function<P, List<I>> items) {
    return new Paginator<>(PagedCall.of(operationName, firstToken, fetchPage, nextToken, items));
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
   * A new iteration over the pages, starting at the starting token. Fetches nothing until first
   * used.
   */
  @Override
  public Iterator<P> iterator() {
    return new PageIterator();
  }

  /** The items of all pages, fetched as lazily as the pages; every iterator starts over. */
  public Iterable<I> items() {
    return ItemIterator::new;
  }

  /** The pages as a sequential stream that fetches only the pages it consumes. */
  public Stream<P> stream() {
    return StreamSupport.stream(new LazySpliterator<>(iterator()), false);
  }

  /** The items of all pages as a sequential stream that fetches only the pages it consumes. */
  public Stream<I> itemStream() {
    return StreamSupport.stream(new LazySpliterator<>(new ItemIterator()), false);
  }

  @Override
  public String toString() {
    return call.describe("Paginator");
  }

  /** Walks the pages; fetches a page only in {@link #hasNext()} when none is waiting. */
  private final class PageIterator implements Iterator<P> {
    private final PageTokens tokens = call.newWalk();

    /** A fetched page not yet returned by {@link #next()}. */
    private @Nullable P pending;

    @Override
    public boolean hasNext() {
      if (pending != null) {
        return true;
      }
      if (!tokens.hasMore()) {
        return false;
      }
      P page = call.fetchPage.apply(tokens.token());
      call.fetched(tokens, page);
      pending = page;
      return true;
    }

    @Override
    public P next() {
      if (!hasNext()) {
        throw new NoSuchElementException(call.operationName + ": no more pages");
      }
      P page = pending;
      pending = null;
      return page;
    }
  }

  /** Walks the items of the pages, fetching the next page only when the current one is used up. */
  private final class ItemIterator implements Iterator<I> {
    private final Iterator<P> pages = iterator();
    private Iterator<I> current = Collections.emptyIterator();

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (!pages.hasNext()) {
          return false;
        }
        current = call.itemsOf(pages.next());
      }
      return true;
    }

    @Override
    public I next() {
      if (!hasNext()) {
        throw new NoSuchElementException(call.operationName + ": no more items");
      }
      return current.next();
    }
  }

  /**
   * A spliterator that pulls one element at a time from an iterator and never splits, so a stream
   * reads no further ahead than it consumes (unlike {@code Spliterators.spliteratorUnknownSize},
   * which reads ahead in batches when split).
   */
  private static final class LazySpliterator<T> implements Spliterator<T> {
    private final Iterator<T> iterator;

    LazySpliterator(Iterator<T> iterator) {
      this.iterator = iterator;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      Objects.requireNonNull(action, "action");
      if (!iterator.hasNext()) {
        return false;
      }
      action.accept(iterator.next());
      return true;
    }

    @Override
    public @Nullable Spliterator<T> trySplit() {
      return null;
    }

    @Override
    public long estimateSize() {
      return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
      return ORDERED;
    }
  }
}

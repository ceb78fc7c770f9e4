package dev.apigw.core.paging;

import dev.apigw.core.exception.SdkClientException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where one walk over the pages is: the token of the next page, whether there is one, and the
 * tokens already fetched with, to stop at a service that leads back to one (a loop). Shared by the
 * blocking and the asynchronous paginators, so both follow {@code NextToken} alike. For one walk,
 * used by one thread at a time.
 */
final class PageTokens {
  private final String operationName;

  /** The token the next page is fetched with; null for the first page. */
  private @Nullable String token;

  /** Whether the next page is still to be fetched (false once the last page was seen). */
  private boolean more = true;

  private final Set<String> used = new HashSet<>();

  /**
   * Whether the last page fetched named, as its next token, one this walk had already fetched with.
   */
  private boolean repeated;

  PageTokens(String operationName, @Nullable String firstToken) {
    this.operationName = operationName;
    this.token = firstToken;
  }

  /**
   * Checks a paginator's arguments.
   *
   * @throws IllegalArgumentException naming the argument that is null (or the blank operation name)
   */
  static void checkArguments(
      @Nullable String operationName,
      @Nullable Object fetchPage,
      @Nullable Object nextToken,
      @Nullable Object items) {
    if (operationName == null || operationName.isBlank()) {
      throw new IllegalArgumentException(
          "operationName must not be " + (operationName == null ? "null" : "blank"));
    }
    requireNonNull(fetchPage, "fetchPage");
    requireNonNull(nextToken, "nextToken");
    requireNonNull(items, "items");
  }

  static void requireNonNull(@Nullable Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }

  /** The token a walk starts with: null (the first page) for none or an empty one. */
  static @Nullable String startToken(@Nullable String firstToken) {
    return firstToken == null || firstToken.isEmpty() ? null : firstToken;
  }

  /**
   * Whether another page is to be fetched.
   *
   * @throws SdkClientException when the page before led back to a token already used
   */
  boolean hasMore() {
    if (repeated) {
      throw new SdkClientException(
          operationName
              + ": the service repeated a pagination token (NextToken) it"
              + " had already been sent; stopping instead of requesting the same pages again");
    }
    return more;
  }

  /** The token to fetch the next page with; null for the first page. */
  @Nullable String token() {
    return token;
  }

  /**
   * A page arrived for {@link #token()}; {@code next} is its next token (empty, null or an empty
   * string for the last page).
   *
   * @throws SdkClientException naming the operation when the page is null, after which the walk is
   *     over
   */
  void fetched(@Nullable Object page, @Nullable Optional<String> next) {
    if (page == null) {
      more = false;
      throw new SdkClientException(operationName + ": fetching a page returned null");
    }
    String nextValue = next == null ? null : next.filter(value -> !value.isEmpty()).orElse(null);
    if (token != null) {
      used.add(token);
    }
    repeated = nextValue != null && used.contains(nextValue);
    token = nextValue;
    more = nextValue != null;
  }
}

/**
 * Lazy paging over the operations that page: {@link dev.apigw.core.paging.Paginator} for the
 * blocking client and {@link dev.apigw.core.paging.AsyncPaginator}, a {@code Flow.Publisher}, for
 * the asynchronous one.
 */
@NullMarked
package dev.apigw.core.paging;

import org.jspecify.annotations.NullMarked;

package dev.apigw.core.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reactivestreams.FlowAdapters;
import org.reactivestreams.Publisher;
import org.reactivestreams.tck.PublisherVerification;
import org.reactivestreams.tck.TestEnvironment;
import org.testng.ITestResult;
import org.testng.TestListenerAdapter;
import org.testng.TestNG;

/**
 * The Reactive Streams TCK (its {@code PublisherVerification}, on TestNG, driven from here) on
 * {@link AsyncPaginator#items()} over a fake service of numbered pages: once with pages that arrive
 * on another thread, as a client's do, and once with pages that are there at once, which is where a
 * publisher recurses if it can. The page publisher runs on the same subscription, one element a
 * page, but cannot be put through the TCK: it always has a first page, and the TCK asks for a
 * publisher of none.
 */
class AsyncPaginatorTckTest {
  @Test
  void theItemPublisherPassesTheReactiveStreamsTck() {
    TestListenerAdapter results = new TestListenerAdapter();
    TestNG testng = new TestNG(false);
    testng.setUseDefaultListeners(false);
    testng.setVerbose(0);
    testng.setTestClasses(new Class<?>[] {PagesFromAnotherThread.class, PagesAtOnce.class});
    testng.addListener(results);

    testng.run();

    assertThat(describe(results.getFailedTests())).as("TCK rules failed").isEmpty();
    assertThat(describe(results.getConfigurationFailures())).as("TCK set-up failed").isEmpty();
    // Skipped by the TCK itself: the rules it marks untested, and the two about a publisher that
    // fails before any demand (ours fails only when asked for a page, so it has none to give).
    assertThat(names(results.getSkippedTests()))
        .allSatisfy(
            name ->
                assertThat(name)
                    .matches(
                        "untested_.*|optional_spec104_mustSignalOnErrorWhenFails"
                            + "|required_spec109_mayRejectCallsToSubscribe.*"))
        .hasSize(2 * 9);
    assertThat(results.getPassedTests()).hasSize(2 * 29);
  }

  private static List<String> describe(List<ITestResult> failed) {
    List<String> lines = new ArrayList<>();
    for (ITestResult result : failed) {
      lines.add(
          result.getTestClass().getRealClass().getSimpleName()
              + "."
              + result.getName()
              + ": "
              + result.getThrowable());
    }
    return lines;
  }

  private static List<String> names(List<ITestResult> results) {
    return results.stream().map(ITestResult::getName).collect(Collectors.toList());
  }

  /** A fake service of numbered items, three to a page, each page's index as its token. */
  static final class Pages {
    final List<Long> items;
    final Optional<String> next;

    private Pages(List<Long> items, Optional<String> next) {
      this.items = items;
      this.next = next;
    }

    /**
     * A paginator over {@code elements} items; the pages complete on {@code executor}, or at once
     * when it is null.
     */
    static AsyncPaginator<Pages, Long> of(long elements, ExecutorService executor) {
      return AsyncPaginator.create(
          "GetRoutes",
          null,
          token -> {
            long index = token == null ? 0 : Long.parseLong(token);
            long first = index * 3;
            List<Long> items = new ArrayList<>();
            for (long i = first; i < Math.min(elements, first + 3); i++) {
              items.add(i);
            }
            Pages page =
                new Pages(
                    items,
                    first + 3 < elements
                        ? Optional.of(Long.toString(index + 1))
                        : Optional.empty());
            return executor == null
                ? CompletableFuture.completedFuture(page)
                : CompletableFuture.supplyAsync(() -> page, executor);
          },
          page -> page.next,
          page -> page.items);
    }
  }

  /** Pages arrive on a thread of their own. */
  public static final class PagesFromAnotherThread extends PublisherVerification<Long> {
    private final ExecutorService pages =
        Executors.newFixedThreadPool(
            2,
            task -> {
              Thread thread = new Thread(task, "tck-pages");
              thread.setDaemon(true);
              return thread;
            });

    public PagesFromAnotherThread() {
      super(new TestEnvironment(2000, 200));
    }

    @Override
    public Publisher<Long> createPublisher(long elements) {
      return FlowAdapters.toPublisher(Pages.of(elements, pages).items());
    }

    @Override
    public Publisher<Long> createFailedPublisher() {
      return null;
    }
  }

  /** Every page is there when it is asked for. */
  public static final class PagesAtOnce extends PublisherVerification<Long> {
    public PagesAtOnce() {
      super(new TestEnvironment(2000, 200));
    }

    @Override
    public Publisher<Long> createPublisher(long elements) {
      return FlowAdapters.toPublisher(Pages.of(elements, null).items());
    }

    @Override
    public Publisher<Long> createFailedPublisher() {
      return null;
    }
  }
}

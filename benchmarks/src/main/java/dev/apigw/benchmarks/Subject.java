package dev.apigw.benchmarks;

import org.openjdk.jmh.infra.Blackhole;

/**
 * One client under test, shared by every benchmark thread as users share one. Each method makes the
 * real HTTP round trips of one operation against the loopback server, reads every member of what it
 * decodes into {@code bh}, and returns a count the unit tests check (routes read, or the error's
 * status code).
 */
public interface Subject extends AutoCloseable {
  /**
   * One GetRoutes of {@code apiId} ({@code Fixtures.API_25} or {@code API_500}); the routes read.
   */
  int getRoutes(String apiId, Blackhole bh);

  /**
   * Every route of the 20-page listing {@code Fixtures.API_PAGED}, page by page (20 calls); the
   * routes read.
   */
  int paginate(Blackhole bh);

  /** One CreateRoute (a signed POST with a JSON body, answered 201); 1. */
  int createRoute(Blackhole bh);

  /** One UpdateRoute (a signed PATCH with a JSON body, answered 200); 1. */
  int updateRoute(Blackhole bh);

  /**
   * One GetRoutes of {@code Fixtures.API_MISSING}, answered 404 NotFoundException; the status code
   * read.
   */
  int notFound(Blackhole bh);

  @Override
  void close();
}

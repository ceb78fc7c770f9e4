package dev.apigw.testkit.internal.store;

/** What the service's defaults are made of: its region, the time and new ids. */
public interface ServiceFacts {
  String region();

  /** The time now, to the second, as the service writes dates: {@code 2026-01-31T12:00:00Z}. */
  String now();

  /** A new id of {@code length} lowercase letters and digits, from the seeded sequence. */
  String newId(int length);
}

package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.rules.Check.of;

import dev.apigw.testkit.internal.store.ProposedChange;
import java.util.List;

/** The service's validation of an API mapping's members. */
final class ApiMappingChecks {
  static final List<Check> TABLE =
      List.of(
          of(
                  "api-mapping-key-end",
                  "An API mapping key is a path below the domain name: it does not end with a"
                      + " slash.",
                  change -> key(change).endsWith("/"),
                  "API mapping key should not end with a '/'.")
              .recordedIn(
                  "an emulator's test that states it measured these answers against the service"
                      + " in 2026"),
          of(
                  "api-mapping-key-start",
                  "An API mapping key is a path below the domain name: it does not start with a"
                      + " slash and has no empty segment.",
                  change -> key(change).startsWith("/") || key(change).contains("//"),
                  "API mapping key should not start with a '/' or have consecutive '/'s.")
              .recordedIn(
                  "an emulator's test that states it measured these answers against the service"
                      + " in 2026"));

  private static String key(ProposedChange change) {
    Object key = change.body().get("apiMappingKey");
    return key == null ? "" : String.valueOf(key);
  }

  private ApiMappingChecks() {}
}

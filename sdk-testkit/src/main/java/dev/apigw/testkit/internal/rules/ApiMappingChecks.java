package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.rules.Check.naming;

import java.util.List;

/** The service's validation of an API mapping's members. */
final class ApiMappingChecks {
  static final List<Check> TABLE =
      List.of(
          naming(
              "api-mapping-key",
              "An API mapping key is a path below the domain name: it neither starts nor ends with"
                  + " a slash, and has no empty segment.",
              change -> {
                Object key = change.body().get("apiMappingKey");
                String path = key == null ? "" : String.valueOf(key);
                return path.startsWith("/") || path.endsWith("/") || path.contains("//");
              },
              change -> "Invalid API mapping key " + change.body().get("apiMappingKey")));

  private ApiMappingChecks() {}
}

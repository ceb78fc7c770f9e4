package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.rules.Check.of;

import java.util.List;
import java.util.regex.Pattern;

/** The service's validation of a stage's members. */
final class StageChecks {
  private static final Pattern STAGE_NAME = Pattern.compile("\\$default|[A-Za-z0-9_-]{1,128}");

  static final List<Check> TABLE =
      List.of(
          of(
              "stage-name",
              "A stage name has letters, digits, hyphens and underscores only, at most 128 of"
                  + " them; $default names the stage served at the API's base URL.",
              change ->
                  change.isCreate()
                      && change.body().get("stageName") != null
                      && !STAGE_NAME
                          .matcher(String.valueOf(change.body().get("stageName")))
                          .matches(),
              "Stage name only allows a-zA-Z0-9_- and must be at most 128 characters"));

  private StageChecks() {}
}

package dev.apigw.testkit.internal.constraints;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The table of limits the service documents beyond the model's types, each with its fact. The
 * shapes named {@code StringWithLengthBetweenXAndY} are AWS's own: each is documented as a string
 * of X to Y characters, though the type carries no length.
 */
public final class DocumentedLimits {
  private static final String SHAPE_DOC =
      "AWS's API reference documents this shape as a string of ";
  private static final String HTTP_QUOTAS =
      "The developer guide's quotas for HTTP APIs (http-api-quotas) list ";
  private static final String TAGGING =
      "The developer guide's tagging rules for API Gateway resources say ";

  private static final List<DocumentedLimit> ENTRIES =
      List.of(
          shape("StringWithLengthBetween0And1024", 0, 1024),
          shape("StringWithLengthBetween0And32K", 0, 32768),
          shape("StringWithLengthBetween1And1024", 1, 1024),
          shape("StringWithLengthBetween1And128", 1, 128),
          shape("StringWithLengthBetween1And256", 1, 256),
          shape("StringWithLengthBetween1And512", 1, 512),
          shape("StringWithLengthBetween1And64", 1, 64),
          shape("UriWithLengthBetween1And2048", 1, 2048),
          new DocumentedLimit(
              "CreateStageRequest.StageName",
              Constraint.length(1, 128, "\\$default|[A-Za-z0-9_-]+"),
              "AWS's API reference says stage names hold only letters, digits, hyphens and"
                  + " underscores, at most 128 characters; the HTTP API guide adds the $default"
                  + " stage"),
          new DocumentedLimit(
              "IntegrationParameters#value",
              Constraint.length(0, 512),
              "AWS's API reference for UpdateIntegration says a parameter mapping sent with an"
                  + " empty value is removed, so a mapping's value may be empty; it is at most 512"
                  + " characters, as its shape's name says"),
          new DocumentedLimit(
              "Tags", Constraint.length(0, 50), TAGGING + "a resource has at most 50 tags"),
          new DocumentedLimit(
              "Tags#key",
              Constraint.length(1, 128),
              TAGGING + "a tag key is at most 128 Unicode characters (and not empty)"),
          new DocumentedLimit(
              "Tags#value",
              Constraint.length(0, 256),
              TAGGING + "a tag value is at most 256 Unicode characters"),
          new DocumentedLimit(
              "StageVariablesMap",
              Constraint.length(0, 100),
              HTTP_QUOTAS + "100 stage variables per stage"),
          new DocumentedLimit(
              "StageVariablesMap#key",
              Constraint.length(1, 64),
              HTTP_QUOTAS + "64 characters as the longest key of a stage variable"),
          new DocumentedLimit(
              "StageVariablesMap#value",
              Constraint.length(0, 512),
              HTTP_QUOTAS + "512 characters as the longest value of a stage variable"),
          new DocumentedLimit(
              "JWTConfiguration.Audience",
              Constraint.length(0, 50),
              HTTP_QUOTAS + "50 audiences per authorizer"),
          new DocumentedLimit(
              "CreateRouteRequest.AuthorizationScopes",
              Constraint.length(0, 10),
              HTTP_QUOTAS + "10 scopes per route"),
          new DocumentedLimit(
              "UpdateRouteRequest.AuthorizationScopes",
              Constraint.length(0, 10),
              HTTP_QUOTAS + "10 scopes per route"),
          new DocumentedLimit(
              "CreateVpcLinkRequest.SubnetIds",
              Constraint.length(0, 10),
              HTTP_QUOTAS + "10 subnets per VPC link"));

  private static final Map<String, DocumentedLimit> BY_PLACE = byPlace();

  private DocumentedLimits() {}

  /** Every entry, in table order. */
  public static List<DocumentedLimit> entries() {
    return ENTRIES;
  }

  /** The entry for {@code place}, or null. */
  public static @Nullable DocumentedLimit at(String place) {
    return BY_PLACE.get(place);
  }

  private static DocumentedLimit shape(String name, long min, long max) {
    return new DocumentedLimit(
        name, Constraint.length(min, max), SHAPE_DOC + min + " to " + max + " characters");
  }

  private static Map<String, DocumentedLimit> byPlace() {
    Map<String, DocumentedLimit> places = new LinkedHashMap<>();
    ENTRIES.forEach(entry -> places.put(entry.place(), entry));
    return places;
  }
}

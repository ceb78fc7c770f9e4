package dev.apigw.core.internal.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigatewayv2.endpoints.ApiGatewayV2EndpointParams;
import software.amazon.awssdk.services.apigatewayv2.endpoints.ApiGatewayV2EndpointProvider;

/**
 * Our engine on the project's rule set against the endpoint provider the AWS SDK for Java v2
 * generates for API Gateway V2, over every partition: each region it lists, a region only its
 * pattern claims, FIPS and dual stack on and off; endpoint overrides; no region; regions that are
 * not host labels. Both give the same URL or both fail, with the same message when the SDK's is one
 * of the rule set's. Where the SDK is known to answer otherwise, the row says why and what the
 * project's rule set gives, and the test checks both, so an SDK that comes to agree shows up.
 */
class AwsSdkEndpointDifferentialTest {
  /** A region per partition that the partition's pattern claims but no partition lists. */
  private static final Map<String, String> PATTERN_ONLY_REGIONS =
      Map.of(
          "aws", "sa-west-7",
          "aws-cn", "cn-south-5",
          "aws-eusc", "eusc-de-west-3",
          "aws-iso", "us-iso-south-4",
          "aws-iso-b", "us-isob-north-2",
          "aws-iso-e", "eu-isoe-central-7",
          "aws-iso-f", "us-isof-west-8",
          "aws-us-gov", "us-gov-north-9");

  private static final ApiGatewayV2EndpointProvider SDK =
      ApiGatewayV2EndpointProvider.defaultProvider();

  private static EndpointRuleSet ours;
  private static Set<String> ruleSetErrors;

  @BeforeAll
  static void load() {
    ours = ProjectRuleSet.load();
    ruleSetErrors = new TreeSet<>();
    collectErrors(ProjectRuleSet.document(), ruleSetErrors);
  }

  /** One row of the table. */
  static final class Case {
    final String name;
    final @Nullable String region;
    final boolean fips;
    final boolean dualStack;
    final @Nullable String endpoint;

    /** Why the SDK answers otherwise; null when it should agree. */
    final @Nullable String deviation;

    /** For a deviation, what the project's rule set gives. */
    final @Nullable Outcome expected;

    Case(
        String name,
        @Nullable String region,
        boolean fips,
        boolean dualStack,
        @Nullable String endpoint,
        @Nullable String deviation,
        @Nullable Outcome expected) {
      this.name = name;
      this.region = region;
      this.fips = fips;
      this.dualStack = dualStack;
      this.endpoint = endpoint;
      this.deviation = deviation;
      this.expected = expected;
    }

    @Override
    public String toString() {
      return name + (deviation == null ? "" : " [known deviation]");
    }
  }

  /** A URL, or a failure with its message. */
  static final class Outcome {
    final @Nullable String url;
    final @Nullable String error;

    private Outcome(@Nullable String url, @Nullable String error) {
      this.url = url;
      this.error = error;
    }

    static Outcome url(String url) {
      return new Outcome(url, null);
    }

    static Outcome error(String message) {
      return new Outcome(null, message);
    }

    boolean failed() {
      return url == null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Outcome
          && Objects.equals(url, ((Outcome) other).url)
          && Objects.equals(error, ((Outcome) other).error);
    }

    @Override
    public int hashCode() {
      return Objects.hash(url, error);
    }

    @Override
    public String toString() {
      return failed() ? "error: " + error : url;
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (Map.Entry<String, List<String>> partition : listedRegions().entrySet()) {
      List<String> regions = new ArrayList<>(partition.getValue());
      regions.add(PATTERN_ONLY_REGIONS.get(partition.getKey()));
      for (String region : regions) {
        for (int flags = 0; flags < 4; flags++) {
          boolean fips = (flags & 1) != 0;
          boolean dualStack = (flags & 2) != 0;
          cases.add(
              new Case(
                  partition.getKey()
                      + " "
                      + region
                      + (fips ? " FIPS" : "")
                      + (dualStack ? " dual-stack" : ""),
                  region,
                  fips,
                  dualStack,
                  null,
                  null,
                  null));
        }
      }
    }
    for (String endpoint :
        List.of(
            "https://example.com",
            "http://127.0.0.1:4566",
            "https://vpce-1.example.com:8443/base/")) {
      cases.add(new Case("endpoint " + endpoint, null, false, false, endpoint, null, null));
      cases.add(
          new Case(
              "endpoint " + endpoint + " in us-east-1",
              "us-east-1",
              false,
              false,
              endpoint,
              null,
              null));
      cases.add(
          new Case(
              "endpoint " + endpoint + " FIPS", "us-east-1", true, false, endpoint, null, null));
      cases.add(
          new Case(
              "endpoint " + endpoint + " dual-stack",
              "us-east-1",
              false,
              true,
              endpoint,
              null,
              null));
      cases.add(
          new Case(
              "endpoint " + endpoint + " FIPS dual-stack", null, true, true, endpoint, null, null));
    }
    cases.add(
        new Case("endpoint that is not a URI", "us-east-1", false, false, "not a uri", null, null));
    cases.add(
        new Case(
            "endpoint without a host",
            "us-east-1",
            false,
            false,
            "localhost:4566",
            "The SDK returns the opaque URI localhost:4566 (scheme 'localhost', no host) and would fail only when sending;"
                + " we refuse an endpoint that is not an absolute URL with a host at resolution",
            Outcome.error(
                "The endpoint rule set resolved to 'localhost:4566', which is not an absolute URL with a host,"
                    + " such as https://example.com")));
    for (int flags = 0; flags < 4; flags++) {
      cases.add(
          new Case(
              "no region"
                  + ((flags & 1) != 0 ? " FIPS" : "")
                  + ((flags & 2) != 0 ? " dual-stack" : ""),
              null,
              (flags & 1) != 0,
              (flags & 2) != 0,
              null,
              null,
              null));
    }
    for (String region : List.of("us_east_1", "a.b", "-us-east-1", "US-EAST-1", "", "us-east-1.")) {
      cases.add(new Case("region '" + region + "'", region, false, false, null, null, null));
      cases.add(
          new Case(
              "region '" + region + "' FIPS dual-stack", region, true, true, null, null, null));
    }
    // The SDK's Region.of percent-encodes the name before the rules see it; the rules insert it as
    // it is.
    String encoded =
        "The SDK's Region.of percent-encodes the region name, so the rules see %s; ours passes the"
            + " region on unchanged, and the rule set inserts it into the URL as it is";
    cases.add(
        new Case(
            "region 'us east 1'",
            "us east 1",
            false,
            false,
            null,
            String.format(encoded, "us%20east%201"),
            Outcome.error(
                "The endpoint rule set resolved to 'https://apigateway.us east 1.amazonaws.com', which is not a"
                    + " valid URI (Illegal character in authority at index 8)")));
    cases.add(
        new Case(
            "region 'us east 1' FIPS dual-stack",
            "us east 1",
            true,
            true,
            null,
            String.format(encoded, "us%20east%201"),
            Outcome.error(
                "The endpoint rule set resolved to 'https://apigateway-fips.us east 1.api.aws', which is not a"
                    + " valid URI (Illegal character in authority at index 8)")));
    cases.add(
        new Case(
            "region 'foo/bar'",
            "foo/bar",
            false,
            false,
            null,
            String.format(encoded, "foo%2Fbar"),
            Outcome.url("https://apigateway.foo/bar.amazonaws.com")));
    cases.add(
        new Case(
            "region 'foo/bar' FIPS dual-stack",
            "foo/bar",
            true,
            true,
            null,
            String.format(encoded, "foo%2Fbar"),
            Outcome.url("https://apigateway-fips.foo/bar.api.aws")));
    cases.add(
        new Case(
            "region '\u00fcnicode-1'",
            "\u00fcnicode-1",
            false,
            false,
            null,
            String.format(encoded, "%C3%BCnicode-1"),
            Outcome.url("https://apigateway.\u00fcnicode-1.amazonaws.com")));
    cases.add(
        new Case(
            "region '\u00fcnicode-1' FIPS dual-stack",
            "\u00fcnicode-1",
            true,
            true,
            null,
            String.format(encoded, "%C3%BCnicode-1"),
            Outcome.url("https://apigateway-fips.\u00fcnicode-1.api.aws")));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answersAsTheAwsSdk(Case row) {
    Outcome ourAnswer = ours(row);
    Outcome sdkAnswer = sdk(row);

    if (row.deviation != null) {
      assertThat(ourAnswer).as("ours, per the project's rule set").isEqualTo(row.expected);
      assertThat(sdkAnswer)
          .as("the SDK still deviates (%s); if it agrees now, drop the deviation", row.deviation)
          .isNotEqualTo(ourAnswer);
      return;
    }
    if (!sdkAnswer.failed()) {
      assertThat(ourAnswer).as("SDK gives %s", sdkAnswer).isEqualTo(sdkAnswer);
    } else {
      assertThat(ourAnswer.failed())
          .as("SDK fails with %s, ours gives %s", sdkAnswer.error, ourAnswer)
          .isTrue();
      if (ruleSetErrors.contains(sdkAnswer.error)) {
        assertThat(ourAnswer.error).isEqualTo(sdkAnswer.error);
      }
    }
  }

  @Test
  void theTableCoversEveryPartitionWithPatternOnlyRegions() throws IOException {
    assertThat(ruleSetErrors)
        .contains(
            "Invalid Configuration: Missing Region",
            "Invalid Configuration: FIPS and custom endpoint are not supported");
    Map<String, List<String>> listed = listedRegions();
    assertThat(PATTERN_ONLY_REGIONS.keySet()).isEqualTo(listed.keySet());
    Map<String, Pattern> patterns = patterns();
    for (Map.Entry<String, String> entry : PATTERN_ONLY_REGIONS.entrySet()) {
      String region = entry.getValue();
      assertThat(listed.values()).noneMatch(regions -> regions.contains(region));
      assertThat(
              patterns.entrySet().stream()
                  .filter(p -> p.getValue().matcher(region).find())
                  .map(Map.Entry::getKey))
          .as(region)
          .containsExactly(entry.getKey());
      assertThat(Partitions.standard().partitionOf(region).name()).isEqualTo(entry.getKey());
    }
  }

  private static Outcome ours(Case row) {
    try {
      EndpointParameters parameters =
          EndpointParameters.builder()
              .region(row.region)
              .useFips(row.fips)
              .useDualStack(row.dualStack)
              .endpoint(row.endpoint)
              .build();
      return Outcome.url(ours.resolve(parameters).toString());
    } catch (EndpointResolutionException | IllegalArgumentException e) {
      return Outcome.error(e.getMessage());
    }
  }

  private static Outcome sdk(Case row) {
    try {
      ApiGatewayV2EndpointParams.Builder parameters =
          ApiGatewayV2EndpointParams.builder()
              .useFips(row.fips)
              .useDualStack(row.dualStack)
              .endpoint(row.endpoint);
      if (row.region != null) {
        parameters.region(Region.of(row.region));
      }
      return Outcome.url(SDK.resolveEndpoint(parameters.build()).join().url().toString());
    } catch (CompletionException e) {
      return Outcome.error(e.getCause().getMessage());
    } catch (RuntimeException e) {
      return Outcome.error(e.getMessage());
    }
  }

  /** Each partition's listed regions, in the order of the project's partitions.json. */
  @SuppressWarnings("unchecked")
  private static Map<String, List<String>> listedRegions() throws IOException {
    Map<String, List<String>> listed = new LinkedHashMap<>();
    for (Map<String, Object> partition : partitionDocuments()) {
      listed.put(
          (String) partition.get("id"),
          new ArrayList<>(((Map<String, Object>) partition.get("regions")).keySet()));
    }
    return listed;
  }

  private static Map<String, Pattern> patterns() throws IOException {
    Map<String, Pattern> patterns = new LinkedHashMap<>();
    for (Map<String, Object> partition : partitionDocuments()) {
      patterns.put(
          (String) partition.get("id"), Pattern.compile((String) partition.get("regionRegex")));
    }
    return patterns;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> partitionDocuments() throws IOException {
    try (InputStream json = Partitions.class.getResourceAsStream("partitions.json")) {
      Map<String, Object> root = (Map<String, Object>) JsonTree.read(json, "partitions.json");
      return (List<Map<String, Object>>) root.get("partitions");
    }
  }

  /** Every error message written in the rule set. */
  @SuppressWarnings("unchecked")
  private static void collectErrors(@Nullable Object value, Set<String> errors) {
    if (value instanceof Map) {
      Map<String, Object> object = (Map<String, Object>) value;
      if ("error".equals(object.get("type")) && object.get("error") instanceof String) {
        errors.add((String) object.get("error"));
      }
      object.values().forEach(child -> collectErrors(child, errors));
    } else if (value instanceof List) {
      ((List<Object>) value).forEach(child -> collectErrors(child, errors));
    }
  }
}

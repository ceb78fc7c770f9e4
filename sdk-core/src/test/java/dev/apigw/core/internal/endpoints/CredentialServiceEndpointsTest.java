package dev.apigw.core.internal.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.apigw.core.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sso.endpoints.SsoEndpointParams;
import software.amazon.awssdk.services.sso.endpoints.SsoEndpointProvider;
import software.amazon.awssdk.services.ssooidc.endpoints.SsoOidcEndpointParams;
import software.amazon.awssdk.services.ssooidc.endpoints.SsoOidcEndpointProvider;
import software.amazon.awssdk.services.sts.endpoints.StsEndpointParams;
import software.amazon.awssdk.services.sts.endpoints.StsEndpointProvider;

/**
 * The standard endpoint pattern {@link ServiceEndpoints} uses for the services the credentials
 * chain calls (STS, the SSO portal, SSO OIDC) against those services' own endpoint providers in the
 * AWS SDK for Java v2: every listed region of every partition, and a region only a partition's
 * pattern matches, with and without FIPS and dual-stack.
 */
class CredentialServiceEndpointsTest {
  /**
   * One service: its host prefix and its AWS SDK endpoint provider, as a function of region, FIPS,
   * dual-stack.
   */
  enum Service {
    STS(
        "sts",
        (c) ->
            StsEndpointProvider.defaultProvider()
                .resolveEndpoint(
                    StsEndpointParams.builder()
                        .region(Region.of(c.region))
                        .useFips(c.fips)
                        .useDualStack(c.dualstack)
                        .build())
                .join()
                .url()
                .toString()),
    SSO(
        "portal.sso",
        (c) ->
            SsoEndpointProvider.defaultProvider()
                .resolveEndpoint(
                    SsoEndpointParams.builder()
                        .region(Region.of(c.region))
                        .useFips(c.fips)
                        .useDualStack(c.dualstack)
                        .build())
                .join()
                .url()
                .toString()),
    SSO_OIDC(
        "oidc",
        (c) ->
            SsoOidcEndpointProvider.defaultProvider()
                .resolveEndpoint(
                    SsoOidcEndpointParams.builder()
                        .region(Region.of(c.region))
                        .useFips(c.fips)
                        .useDualStack(c.dualstack)
                        .build())
                .join()
                .url()
                .toString());

    final String prefix;
    final Function<Case, String> sdk;

    Service(String prefix, Function<Case, String> sdk) {
      this.prefix = prefix;
      this.sdk = sdk;
    }
  }

  static final class Case {
    final Service service;
    final String region;
    final boolean fips;
    final boolean dualstack;

    Case(Service service, String region, boolean fips, boolean dualstack) {
      this.service = service;
      this.region = region;
      this.fips = fips;
      this.dualstack = dualstack;
    }

    @Override
    public String toString() {
      return service + " " + region + (fips ? " fips" : "") + (dualstack ? " dualstack" : "");
    }
  }

  static Stream<Case> cases() throws IOException {
    List<String> regions = new ArrayList<>(listedRegions());
    regions.addAll(
        List.of(
            "us-gov-north-9",
            "cn-southwest-7",
            "us-isob-west-5",
            "eu-isoe-north-3",
            "eusc-de-west-4",
            "xx-newregion-1"));
    List<Case> cases = new ArrayList<>();
    for (Service service : Service.values()) {
      for (String region : regions) {
        for (boolean fips : new boolean[] {false, true}) {
          for (boolean dualstack : new boolean[] {false, true}) {
            cases.add(new Case(service, region, fips, dualstack));
          }
        }
      }
    }
    return cases.stream();
  }

  /**
   * The regions partitions.json lists, but the pseudo-regions {@code *-global} that STS maps to its
   * global host.
   */
  private static List<String> listedRegions() throws IOException {
    List<String> regions = new ArrayList<>();
    try (InputStream in = Partitions.class.getResourceAsStream("partitions.json");
        JsonParser parser = Json.factory().createParser(in)) {
      int depth = 0;
      boolean inRegions = false;
      int regionsDepth = -1;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          depth++;
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          if (inRegions && depth == regionsDepth) {
            inRegions = false;
          }
          depth--;
        } else if (token == JsonToken.FIELD_NAME) {
          if (!inRegions && parser.currentName().equals("regions")) {
            inRegions = true;
            regionsDepth = depth + 1;
          } else if (inRegions
              && depth == regionsDepth
              && !parser.currentName().endsWith("-global")) {
            regions.add(parser.currentName());
          }
        }
      }
    }
    return regions;
  }

  @Test
  void theTableCoversEveryPartition() throws IOException {
    assertThat(listedRegions())
        .contains(
            "us-east-1",
            "cn-north-1",
            "us-gov-west-1",
            "us-iso-east-1",
            "us-isob-east-1",
            "eu-isoe-west-1",
            "us-isof-south-1",
            "eusc-de-east-1")
        .hasSizeGreaterThan(30);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void thePatternGivesWhatTheServicesRuleSetGives(Case c) {
    String sdk;
    try {
      sdk = c.service.sdk.apply(c);
    } catch (RuntimeException e) {
      sdk = "ERROR";
    }
    String ours;
    try {
      ours =
          ServiceEndpoints.resolve(null, c.service.prefix, c.region, c.fips, c.dualstack, null)
              .toString();
    } catch (EndpointResolutionException e) {
      ours = "ERROR";
    }
    assertThat(ours).isEqualTo(sdk);
  }
}

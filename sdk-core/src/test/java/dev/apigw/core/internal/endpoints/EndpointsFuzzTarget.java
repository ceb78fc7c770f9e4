package dev.apigw.core.internal.endpoints;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.apigw.core.fuzz.FuzzContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves endpoints for any region and flags, through the project's API Gateway rule set and
 * through the standard pattern of the credentials chain's services. The first byte holds the flags
 * (bit 0 FIPS, bit 1 dual-stack); the rest is the region, and after a line break, a configured
 * endpoint. The allowed outcomes are a URI or an {@link EndpointResolutionException} with a
 * message. Blank regions and endpoints, which the callers refuse before resolving, are not fed to
 * the rule set.
 */
public final class EndpointsFuzzTarget {
  private static final Path RULE_SET =
      Path.of("../sdk-model/src/main/model/endpoint-rule-set.json");
  private static final EndpointRuleSet API_GATEWAY = load();

  private EndpointsFuzzTarget() {}

  public static void fuzzerTestOneInput(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    if (bytes.length == 0) {
      return;
    }
    boolean fips = (bytes[0] & 1) != 0;
    boolean dualStack = (bytes[0] & 2) != 0;
    String rest = new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8);
    int lineBreak = rest.indexOf('\n');
    String region = lineBreak < 0 ? rest : rest.substring(0, lineBreak);
    String endpoint = lineBreak < 0 ? null : rest.substring(lineBreak + 1);
    if (!region.isBlank() && (endpoint == null || !endpoint.isBlank())) {
      try {
        API_GATEWAY.resolve(
            EndpointParameters.builder()
                .region(region)
                .useFips(fips)
                .useDualStack(dualStack)
                .endpoint(endpoint)
                .build());
      } catch (EndpointResolutionException e) {
        FuzzContract.requireMessage(e);
      }
    }
    try {
      ServiceEndpoints.resolve(null, "sts", region, fips, dualStack, uriOrNull(endpoint));
    } catch (EndpointResolutionException e) {
      FuzzContract.requireMessage(e);
    }
  }

  private static URI uriOrNull(String text) {
    if (text == null) {
      return null;
    }
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static EndpointRuleSet load() {
    try (InputStream json = Files.newInputStream(RULE_SET)) {
      return EndpointRuleSet.parse(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

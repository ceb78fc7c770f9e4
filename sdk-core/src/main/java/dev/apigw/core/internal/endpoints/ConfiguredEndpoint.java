package dev.apigw.core.internal.endpoints;

import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.internal.config.ClientConfig;
import dev.apigw.core.internal.config.Setting;
import dev.apigw.core.internal.profile.Profile;
import dev.apigw.core.lang.Arguments;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * An endpoint set outside the code, found as the AWS SDKs look for one, unless {@code
 * aws.ignoreConfiguredEndpointUrls}, {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS} or the profile's
 * {@code ignore_configured_endpoint_urls} is true:
 *
 * <ol>
 *   <li>the system properties, the service's own first: {@code aws.endpointUrl<ServiceId>}, then
 *       {@code aws.endpointUrl};
 *   <li>the environment variables, the service's own first: {@code AWS_ENDPOINT_URL_<SERVICE_ID>},
 *       then {@code AWS_ENDPOINT_URL};
 *   <li>the service's {@code endpoint_url} in the {@code [services …]} section the profile names;
 *   <li>the profile's own {@code endpoint_url}.
 * </ol>
 *
 * <p>So a global system property wins over a service's environment variable, as in the AWS SDK for
 * Java v2.
 *
 * <p>The variable and the services key come from the model's service id ({@code ApiGatewayV2},
 * {@code STS}, {@code SSO OIDC}), in upper and lower case with underscores for spaces; the property
 * from the client's name, as the AWS SDK for Java v2 spells it ({@code
 * aws.endpointUrlApiGatewayV2}, {@code aws.endpointUrlSts}, {@code aws.endpointUrlSsoOidc}).
 */
public final class ConfiguredEndpoint {
  public static final String IGNORE_PROPERTY = "aws.ignoreConfiguredEndpointUrls";
  public static final String IGNORE_VARIABLE = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";
  public static final String IGNORE_PROFILE_KEY = "ignore_configured_endpoint_urls";
  public static final String GLOBAL_PROPERTY = "aws.endpointUrl";
  public static final String GLOBAL_VARIABLE = "AWS_ENDPOINT_URL";
  public static final String PROFILE_KEY = "endpoint_url";
  public static final String SERVICES_KEY = "services";

  private ConfiguredEndpoint() {}

  /**
   * The configured endpoint for the service, with where it was found; empty when none is set or
   * they are ignored.
   *
   * @param propertySuffix what follows {@code aws.endpointUrl} in the service's property, such as
   *     {@code Sts}
   */
  public static Optional<Setting> find(
      ClientConfig config, String serviceId, String propertySuffix) {
    Arguments.requireNonBlank(serviceId, "serviceId");
    Arguments.requireNonBlank(propertySuffix, "propertySuffix");
    if (config
        .setting(IGNORE_PROPERTY, IGNORE_VARIABLE, IGNORE_PROFILE_KEY)
        .map(Setting::asBoolean)
        .orElse(false)) {
      return Optional.empty();
    }
    String property = GLOBAL_PROPERTY + propertySuffix;
    String variable = GLOBAL_VARIABLE + "_" + serviceId.replace(' ', '_').toUpperCase(Locale.ROOT);
    Optional<Setting> found = property(config, property);
    if (found.isEmpty()) {
      found = property(config, GLOBAL_PROPERTY);
    }
    if (found.isEmpty()) {
      found = variable(config, variable);
    }
    if (found.isEmpty()) {
      found = variable(config, GLOBAL_VARIABLE);
    }
    if (found.isEmpty()) {
      found = fromServicesSection(config, serviceId.replace(' ', '_').toLowerCase(Locale.ROOT));
    }
    if (found.isEmpty()) {
      found = config.profileSetting(PROFILE_KEY);
    }
    return found;
  }

  private static Optional<Setting> property(ClientConfig config, String name) {
    return config
        .environment()
        .property(name)
        .map(value -> Setting.of(value, "the system property " + name));
  }

  private static Optional<Setting> variable(ClientConfig config, String name) {
    return config
        .environment()
        .variable(name)
        .map(value -> Setting.of(value, "the environment variable " + name));
  }

  private static Optional<Setting> fromServicesSection(ClientConfig config, String serviceKey) {
    Optional<Profile> profile = config.profile();
    Optional<String> sectionName = profile.flatMap(p -> p.property(SERVICES_KEY)).map(String::trim);
    if (sectionName.isEmpty()) {
      return Optional.empty();
    }
    String key = serviceKey + "." + PROFILE_KEY;
    return config
        .profileFile()
        .services(sectionName.get())
        .flatMap(section -> section.property(key))
        .map(String::trim)
        .filter(value -> !value.isEmpty())
        .map(value -> Setting.of(value, key + " of [services " + sectionName.get() + "]"));
  }

  /**
   * A configured endpoint, checked as the builder's {@code endpoint(URI)} checks one; the error
   * names where it was set.
   */
  public static URI checked(Setting setting) {
    try {
      return check(new URI(setting.value()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "the endpoint from " + setting.source() + " is not valid: " + e.getMessage(), e);
    }
  }

  /**
   * Checks an endpoint before it is accepted: http or https with a host, a valid base path, and
   * neither user info, query nor fragment. The message never repeats user info.
   */
  public static URI check(@Nullable URI endpoint) {
    Arguments.requireNonNull(endpoint, "endpoint");
    String scheme = endpoint.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException(
          "endpoint must be an absolute http or https URI, such as "
              + "https://apigateway.us-east-1.amazonaws.com");
    }
    if (endpoint.getRawUserInfo() != null) {
      throw new IllegalArgumentException("endpoint must not contain user info");
    }
    if (endpoint.getHost() == null || endpoint.getHost().isEmpty()) {
      throw new IllegalArgumentException("endpoint must have a host: " + endpoint);
    }
    if (endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
      throw new IllegalArgumentException("endpoint must not have a query or fragment: " + endpoint);
    }
    String path = endpoint.getRawPath();
    if (path != null && !path.isEmpty()) {
      try {
        HttpRequestSpec.builder("GET", path);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "endpoint has an invalid base path: " + e.getMessage(), e);
      }
    }
    try {
      HttpUrl.get(endpoint.toString());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("endpoint is not a valid HTTP URL: " + e.getMessage(), e);
    }
    return endpoint;
  }
}

package dev.apigw.core.credentials;

import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.internal.Environment;

/** The default credentials chain over a made-up environment, for tests of the layers below it. */
public final class TestCredentialChains {
  private TestCredentialChains() {}

  public static CredentialsProvider over(Environment environment) {
    return DefaultCredentialsProvider.builder().environment(environment).build();
  }

  /** The chain over {@code environment}, calling STS and SSO through {@code proxy}. */
  public static CredentialsProvider over(Environment environment, ProxyConfiguration proxy) {
    return DefaultCredentialsProvider.builder()
        .environment(environment)
        .proxyConfiguration(proxy)
        .build();
  }
}

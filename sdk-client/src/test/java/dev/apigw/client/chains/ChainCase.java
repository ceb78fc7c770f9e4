package dev.apigw.client.chains;

import dev.apigw.client.chains.FakeAwsServers.ImdsMode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One environment of the oracle table: environment variables, system properties, files under a
 * fresh home directory (the profile files, token files, scripts, the SSO token cache), which
 * instance metadata service answers, and what is expected. Values may name the fake servers as
 * {@code ${STS}}, {@code ${SSO}}, {@code ${CONTAINER}}, {@code ${IMDS}} and the home directory as
 * {@code ${HOME}}.
 */
final class ChainCase {
  static final String[] KEYS = {"credentials", "profile", "region", "endpoint"};

  final String name;
  final Map<String, String> env = new LinkedHashMap<>();
  final Map<String, String> props = new LinkedHashMap<>();
  final Map<String, String> files = new LinkedHashMap<>();
  final Set<String> executables = new LinkedHashSet<>();
  final Map<String, String> ssoTokens = new LinkedHashMap<>();
  final Map<String, Boolean> expectOk = new LinkedHashMap<>();
  final Map<String, String> deviations = new LinkedHashMap<>();
  final Map<String, String> deviationReasons = new LinkedHashMap<>();
  ImdsMode imds;

  private ChainCase(String name) {
    this.name = name;
  }

  static ChainCase named(String name) {
    return new ChainCase(name);
  }

  ChainCase env(String name, String value) {
    env.put(name, value);
    return this;
  }

  ChainCase prop(String name, String value) {
    props.put(name, value);
    return this;
  }

  ChainCase config(String text) {
    return file(".aws/config", text);
  }

  ChainCase credentials(String text) {
    return file(".aws/credentials", text);
  }

  ChainCase file(String pathUnderHome, String content) {
    files.put(pathUnderHome, content);
    return this;
  }

  /** A shell script under the home directory, made executable. */
  ChainCase script(String pathUnderHome, String content) {
    executables.add(pathUnderHome);
    return file(pathUnderHome, content);
  }

  /** A token in the SSO cache under the key (an sso-session name or a legacy start URL). */
  ChainCase ssoToken(String cacheKey, String accessToken, String expiresAt) {
    ssoTokens.put(
        cacheKey,
        "{\"accessToken\":\""
            + accessToken
            + "\",\"expiresAt\":\""
            + expiresAt
            + "\",\"region\":\"us-east-1\"}");
    return this;
  }

  /**
   * A renewable sso-session token: with the refresh token and client registration SSO OIDC needs.
   */
  ChainCase renewableSsoToken(String sessionName, String accessToken, String expiresAt) {
    ssoTokens.put(
        sessionName,
        "{\"accessToken\":\""
            + accessToken
            + "\",\"expiresAt\":\""
            + expiresAt
            + "\",\"region\":\"us-east-1\",\"startUrl\":\"https://corp.awsapps.com/start\",\"clientId\":\"cid\","
            + "\"clientSecret\":\"csecret\",\"refreshToken\":\"rtoken\",\"registrationExpiresAt\":\"2099-01-01T00:00:00Z\"}");
    return this;
  }

  ChainCase imds(ImdsMode mode) {
    this.imds = mode;
    return this;
  }

  /** Both SDKs must succeed for this key (and agree). */
  ChainCase ok(String key) {
    expectOk.put(key, true);
    return this;
  }

  /** Both SDKs must fail for this key. */
  ChainCase fails(String key) {
    expectOk.put(key, false);
    return this;
  }

  /**
   * Where this SDK departs from the AWS SDK for Java v2 on purpose: ours must answer {@code ours}
   * (a prefix of the probe's value, such as {@code OK us-west-2} or {@code ERROR}), and the AWS SDK
   * must answer otherwise, so that a future SDK that agrees shows up here.
   */
  ChainCase deviates(String key, String ours, String reason) {
    deviations.put(key, ours);
    deviationReasons.put(key, reason);
    return this;
  }

  @Override
  public String toString() {
    return name;
  }
}

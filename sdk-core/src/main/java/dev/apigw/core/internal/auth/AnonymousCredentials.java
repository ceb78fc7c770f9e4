package dev.apigw.core.internal.auth;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.exception.SdkClientException;

/**
 * No credentials: requests of a client built with it are sent unsigned. The calls that obtain credentials use it
 * (STS {@code AssumeRoleWithWebIdentity}, the SSO portal's {@code GetRoleCredentials}).
 */
public final class AnonymousCredentials implements CredentialsProvider {
  public static final AnonymousCredentials INSTANCE = new AnonymousCredentials();

  private AnonymousCredentials() {}

  /** Always fails: the signing stage does not ask an anonymous provider. */
  @Override
  public Credentials resolveCredentials() {
    throw new SdkClientException("Anonymous requests are not signed and have no credentials");
  }

  @Override
  public String toString() {
    return "AnonymousCredentials";
  }
}

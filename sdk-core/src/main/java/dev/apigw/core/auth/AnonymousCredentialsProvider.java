package dev.apigw.core.auth;

import dev.apigw.core.exception.SdkClientException;

/**
 * No credentials: a client built with it sends its requests unsigned, as the AWS SDK's provider of
 * the same name. For services and calls that take no signature (this SDK's own calls that fetch
 * credentials from STS and SSO use it), and for local servers that check none.
 */
public final class AnonymousCredentialsProvider implements CredentialsProvider {
  private static final AnonymousCredentialsProvider INSTANCE = new AnonymousCredentialsProvider();

  private AnonymousCredentialsProvider() {}

  public static AnonymousCredentialsProvider create() {
    return INSTANCE;
  }

  /**
   * Always fails: requests are not signed, so nothing asks an anonymous provider for credentials.
   */
  @Override
  public Credentials resolveCredentials() {
    throw new SdkClientException("Anonymous requests are not signed and have no credentials");
  }

  @Override
  public String toString() {
    return "AnonymousCredentialsProvider";
  }
}

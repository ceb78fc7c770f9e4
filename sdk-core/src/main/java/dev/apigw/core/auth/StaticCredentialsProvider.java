package dev.apigw.core.auth;

import dev.apigw.core.Arguments;

/** Always the same credentials; see {@link CredentialsProvider#of(Credentials)}. */
final class StaticCredentialsProvider implements CredentialsProvider {
  private final Credentials credentials;

  StaticCredentialsProvider(Credentials credentials) {
    this.credentials = Arguments.requireNonNull(credentials, "credentials");
  }

  @Override
  public Credentials resolveCredentials() {
    return credentials;
  }

  /** Delegates to {@link Credentials#toString()}, which shows no secret. */
  @Override
  public String toString() {
    return "StaticCredentialsProvider{" + credentials + "}";
  }
}

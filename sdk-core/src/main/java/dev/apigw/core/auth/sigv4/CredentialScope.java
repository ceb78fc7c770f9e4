package dev.apigw.core.auth.sigv4;

import dev.apigw.core.lang.Arguments;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The credential scope {@code yyyyMMdd/region/service/aws4_request}: what a signing key is valid
 * for. Immutable.
 */
public final class CredentialScope {
  /** The last element of every SigV4 credential scope. */
  public static final String TERMINATOR = "aws4_request";

  private final String date;
  private final String region;
  private final String service;

  private CredentialScope(String date, String region, String service) {
    this.date = date;
    this.region = region;
    this.service = service;
  }

  /**
   * The scope for a signature made at {@code signingTime} (its UTC date) in {@code region} for the
   * service whose signing name is {@code service}. Fails with {@link IllegalArgumentException}
   * naming the argument when one is null, or when the region or the service is blank or contains
   * {@code /} or whitespace.
   */
  public static CredentialScope of(Instant signingTime, String region, String service) {
    Arguments.requireNonNull(signingTime, "signingTime");
    return new CredentialScope(
        AmzDates.date(signingTime),
        checkElement(region, "region"),
        checkElement(service, "service"));
  }

  /** {@code yyyyMMdd}, in UTC. */
  public String date() {
    return date;
  }

  public String region() {
    return region;
  }

  public String service() {
    return service;
  }

  /** {@code yyyyMMdd/region/service/aws4_request}. */
  public String value() {
    return date + '/' + region + '/' + service + '/' + TERMINATOR;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CredentialScope)) {
      return false;
    }
    CredentialScope that = (CredentialScope) other;
    return date.equals(that.date) && region.equals(that.region) && service.equals(that.service);
  }

  @Override
  public int hashCode() {
    return value().hashCode();
  }

  @Override
  public String toString() {
    return value();
  }

  static String checkElement(@Nullable String value, String name) {
    Arguments.requireNonBlank(value, name);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '/' || c <= ' ') {
        throw new IllegalArgumentException(name + " must not contain '/' or whitespace");
      }
    }
    return value;
  }
}

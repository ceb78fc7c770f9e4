package dev.apigw.core.credentials.internal;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.lang.Arguments;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries providers in order and returns the first credentials found. As in the AWS SDK for Java v2,
 * the provider that answered is asked directly from then on. When none answers, the failure lists
 * each provider and why it gave nothing; the reasons are this SDK's own messages (never a secret)
 * or, for a foreign exception, only its type. Thread-safe.
 */
public final class CredentialsChain implements CredentialsProvider {
  private static final Logger LOG = LoggerFactory.getLogger("dev.apigw.credentials");

  private final List<CredentialsProvider> providers;
  private volatile @Nullable CredentialsProvider lastUsed;

  private CredentialsChain(List<CredentialsProvider> providers) {
    this.providers = providers;
  }

  /** Fails with {@link IllegalArgumentException} when the list is null, empty or holds a null. */
  public static CredentialsChain of(List<CredentialsProvider> providers) {
    Arguments.requireNonNull(providers, "providers");
    if (providers.isEmpty()) {
      throw new IllegalArgumentException("providers must not be empty");
    }
    for (CredentialsProvider provider : providers) {
      Arguments.requireNonNull(provider, "providers element");
    }
    return new CredentialsChain(List.copyOf(providers));
  }

  @Override
  public Credentials resolveCredentials() {
    CredentialsProvider known = lastUsed;
    if (known != null) {
      return known.resolveCredentials();
    }
    List<String> reasons = new ArrayList<>(providers.size());
    for (CredentialsProvider provider : providers) {
      try {
        Credentials credentials = provider.resolveCredentials();
        if (credentials != null) {
          lastUsed = provider;
          LOG.debug("Credentials come from {}", provider);
          return credentials;
        }
        reasons.add(provider + ": returned no credentials");
      } catch (SdkException e) {
        reasons.add(provider + ": " + e.getMessage());
      } catch (RuntimeException e) {
        reasons.add(provider + ": failed with " + e.getClass().getName());
      }
    }
    throw new SdkClientException(
        "Unable to load credentials from any source in the chain: " + String.join("; ", reasons));
  }

  @Override
  public String toString() {
    return "CredentialsChain" + providers;
  }
}

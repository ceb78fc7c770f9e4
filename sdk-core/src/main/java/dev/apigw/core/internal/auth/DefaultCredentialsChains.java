package dev.apigw.core.internal.auth;

import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.internal.Environment;
import java.util.function.Function;

/**
 * {@code DefaultCredentialsProvider}'s chain over a given {@link Environment}, for the client
 * builder, whose tests build clients over made-up environments. The public class offers no method
 * that takes the internal {@code Environment}; it hands its constructor to this class when it is
 * initialised.
 */
public final class DefaultCredentialsChains {
  private static volatile Function<Environment, CredentialsProvider> factory;

  private DefaultCredentialsChains() {}

  /** Called once, by {@code DefaultCredentialsProvider}'s static initialiser. */
  public static void register(Function<Environment, CredentialsProvider> chainOver) {
    factory = chainOver;
  }

  /**
   * The default chain over an environment other than the process's own. The caller initialises
   * {@code DefaultCredentialsProvider} first (its {@code create()} does), which registers here.
   */
  public static CredentialsProvider over(Environment environment) {
    Function<Environment, CredentialsProvider> chainOver = factory;
    if (chainOver == null) {
      throw new IllegalStateException(
          "DefaultCredentialsProvider has not registered its chain yet");
    }
    return chainOver.apply(environment);
  }
}

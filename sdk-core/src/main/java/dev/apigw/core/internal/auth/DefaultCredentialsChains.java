package dev.apigw.core.internal.auth;

import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.auth.DefaultCredentialsProvider;
import dev.apigw.core.internal.Environment;
import java.util.function.Function;

/**
 * {@link DefaultCredentialsProvider}'s chain over a given {@link Environment}, for the client
 * builder, whose tests build clients over made-up environments. The public class offers no method
 * that takes the internal {@code Environment}; it hands its constructor to this class when it is
 * initialised.
 */
public final class DefaultCredentialsChains {
  private static volatile Function<Environment, CredentialsProvider> factory;

  private DefaultCredentialsChains() {}

  /** Called once, by {@link DefaultCredentialsProvider}'s static initialiser. */
  public static void register(Function<Environment, CredentialsProvider> chainOver) {
    factory = chainOver;
  }

  /**
   * The default chain over {@code environment}: the shared instance for the process's own
   * environment.
   */
  public static CredentialsProvider over(Environment environment) {
    if (environment == Environment.system()) {
      return DefaultCredentialsProvider.create();
    }
    DefaultCredentialsProvider.create(); // makes sure the class is initialised, and so registered
    return factory.apply(environment);
  }
}

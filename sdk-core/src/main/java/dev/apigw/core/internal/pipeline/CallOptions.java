package dev.apigw.core.internal.pipeline;

import dev.apigw.core.auth.CredentialsProvider;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What one call runs with besides its client's settings, for the stages to read: the attempt
 * timeout and the credentials provider its overrides set (null where they leave the client's), its
 * interceptors, and the headers signed besides those SigV4 always signs (the ones its overrides and
 * its interceptors set). Immutable.
 */
public final class CallOptions {
  /** A call that changes nothing and runs no interceptor. */
  public static final CallOptions NONE =
      new CallOptions(null, null, CallInterceptors.NONE, Set.of());

  private final @Nullable Duration apiCallAttemptTimeout;
  private final @Nullable CredentialsProvider credentialsProvider;
  private final CallInterceptors interceptors;
  private final Set<String> signedHeaders;

  private CallOptions(
      @Nullable Duration apiCallAttemptTimeout,
      @Nullable CredentialsProvider credentialsProvider,
      CallInterceptors interceptors,
      Set<String> signedHeaders) {
    this.apiCallAttemptTimeout = apiCallAttemptTimeout;
    this.credentialsProvider = credentialsProvider;
    this.interceptors = interceptors;
    this.signedHeaders = signedHeaders;
  }

  /** The options of a call; {@code signedHeaders} are header names, in any case. */
  public static CallOptions of(
      @Nullable Duration apiCallAttemptTimeout,
      @Nullable CredentialsProvider credentialsProvider,
      CallInterceptors interceptors,
      Collection<String> signedHeaders) {
    return new CallOptions(
        apiCallAttemptTimeout,
        credentialsProvider,
        interceptors,
        lowerCase(Set.of(), signedHeaders));
  }

  /** These options with {@code names} signed too. */
  public CallOptions withSignedHeaders(Collection<String> names) {
    return names.isEmpty()
        ? this
        : new CallOptions(
            apiCallAttemptTimeout,
            credentialsProvider,
            interceptors,
            lowerCase(signedHeaders, names));
  }

  /** The call's own attempt timeout; null for the client's. */
  public @Nullable Duration apiCallAttemptTimeout() {
    return apiCallAttemptTimeout;
  }

  /** The call's own credentials provider; null for the client's. */
  public @Nullable CredentialsProvider credentialsProvider() {
    return credentialsProvider;
  }

  public CallInterceptors interceptors() {
    return interceptors;
  }

  /** Names of headers to sign besides {@code Host}, {@code Content-Type} and {@code x-amz-*}. */
  public Set<String> signedHeaders() {
    return signedHeaders;
  }

  private static Set<String> lowerCase(Set<String> known, Collection<String> more) {
    Set<String> names = new TreeSet<>(known);
    for (String name : more) {
      names.add(name.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(names);
  }
}

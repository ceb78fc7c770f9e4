package dev.apigw.core.credentials;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.lang.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Credentials from the environment variables {@value #ACCESS_KEY_ID}, {@value #SECRET_ACCESS_KEY}
 * and, optionally, {@value #SESSION_TOKEN}. The variables are read on every {@link
 * #resolveCredentials()} call, so a changed environment is picked up. A variable that is unset or
 * blank counts as missing.
 */
public final class EnvironmentCredentialsProvider implements CredentialsProvider {
  public static final String ACCESS_KEY_ID = "AWS_ACCESS_KEY_ID";
  public static final String SECRET_ACCESS_KEY = "AWS_SECRET_ACCESS_KEY";
  public static final String SESSION_TOKEN = "AWS_SESSION_TOKEN";

  private final Function<String, String> environment;

  private EnvironmentCredentialsProvider(Function<String, String> environment) {
    this.environment = environment;
  }

  /** Reads the process environment ({@link System#getenv(String)}). */
  public static EnvironmentCredentialsProvider create() {
    return new EnvironmentCredentialsProvider(System::getenv);
  }

  /**
   * Reads variables through {@code environment}, which returns a variable's value or null when it
   * is unset. Meant for tests and for callers that keep their environment elsewhere.
   */
  public static EnvironmentCredentialsProvider create(Function<String, String> environment) {
    return new EnvironmentCredentialsProvider(Arguments.requireNonNull(environment, "environment"));
  }

  /**
   * The credentials the environment holds now. Fails with {@link SdkClientException} naming the
   * missing variables (never showing any value) when the access key id or the secret access key is
   * missing.
   */
  @Override
  public Credentials resolveCredentials() {
    String accessKeyId = read(ACCESS_KEY_ID);
    String secretAccessKey = read(SECRET_ACCESS_KEY);
    List<String> missing = new ArrayList<>(2);
    if (accessKeyId == null) {
      missing.add(ACCESS_KEY_ID);
    }
    if (secretAccessKey == null) {
      missing.add(SECRET_ACCESS_KEY);
    }
    if (accessKeyId == null || secretAccessKey == null) {
      throw new SdkClientException(
          "Unable to load credentials from the environment: "
              + String.join(" and ", missing)
              + (missing.size() == 1 ? " is" : " are")
              + " not set");
    }
    return Credentials.of(accessKeyId, secretAccessKey, read(SESSION_TOKEN));
  }

  private @Nullable String read(String variable) {
    String value = environment.apply(variable);
    return value == null || value.isBlank() ? null : value;
  }

  @Override
  public String toString() {
    return "EnvironmentCredentialsProvider";
  }
}

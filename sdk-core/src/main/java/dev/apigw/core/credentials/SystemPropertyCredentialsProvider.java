package dev.apigw.core.credentials;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.lang.Arguments;
import java.util.Optional;

/**
 * Credentials from the Java system properties {@value #ACCESS_KEY_ID}, {@value #SECRET_ACCESS_KEY}
 * and, optionally, {@value #SESSION_TOKEN}, read on every call. The first source of {@link
 * DefaultCredentialsProvider}.
 */
public final class SystemPropertyCredentialsProvider implements CredentialsProvider {
  public static final String ACCESS_KEY_ID = "aws.accessKeyId";
  public static final String SECRET_ACCESS_KEY = "aws.secretAccessKey";
  public static final String SESSION_TOKEN = "aws.sessionToken";

  private final Environment environment;

  private SystemPropertyCredentialsProvider(Environment environment) {
    this.environment = environment;
  }

  /** Reads the JVM's system properties. */
  public static SystemPropertyCredentialsProvider create() {
    return new SystemPropertyCredentialsProvider(Environment.system());
  }

  static SystemPropertyCredentialsProvider create(Environment environment) {
    return new SystemPropertyCredentialsProvider(
        Arguments.requireNonNull(environment, "environment"));
  }

  /** Fails with {@link SdkClientException} naming the missing properties, never a value. */
  @Override
  public Credentials resolveCredentials() {
    Optional<String> accessKeyId = environment.property(ACCESS_KEY_ID);
    Optional<String> secretAccessKey = environment.property(SECRET_ACCESS_KEY);
    if (accessKeyId.isEmpty() || secretAccessKey.isEmpty()) {
      throw new SdkClientException(
          "Unable to load credentials from system properties: "
              + (accessKeyId.isEmpty() ? ACCESS_KEY_ID : SECRET_ACCESS_KEY)
              + (accessKeyId.isEmpty() && secretAccessKey.isEmpty()
                  ? " and " + SECRET_ACCESS_KEY + " are"
                  : " is")
              + " not set");
    }
    return Credentials.of(
        accessKeyId.get(), secretAccessKey.get(), environment.property(SESSION_TOKEN).orElse(null));
  }

  @Override
  public String toString() {
    return "SystemPropertyCredentialsProvider";
  }
}

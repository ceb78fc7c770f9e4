package dev.apigw.core.credentials.internal;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.exception.SdkClientException;
import java.util.Optional;

/**
 * Reads the credentials document that the container agent and the instance metadata service return:
 * {@code AccessKeyId} and {@code SecretAccessKey} (required), {@code Token} and {@code Expiration}
 * (optional). Other members ({@code Code}, {@code LastUpdated}, {@code Type}, {@code AccountId})
 * are ignored, as the AWS SDK for Java v2 ignores them.
 */
public final class MetadataCredentials {
  private MetadataCredentials() {}

  /**
   * The credentials in {@code body}. Fails with {@link SdkClientException} whose message starts
   * with {@code source} and says what is wrong, never showing a value other than the expiration.
   */
  public static Credentials parse(String body, String source) {
    CredentialsJson json;
    try {
      json = CredentialsJson.parse(body);
    } catch (CredentialsJson.MalformedException e) {
      throw new SdkClientException(
          source + " returned a body that is not a credentials document: " + e.getMessage());
    }
    return json.credentials(source, "returned", "Token");
  }

  /**
   * The {@code message} member of a JSON error body, cut to 200 characters, for an error message;
   * empty when there is none or when the body looks as if it held credentials.
   */
  public static Optional<String> errorMessage(String body) {
    if (body.contains("SecretAccessKey")
        || body.contains("Token")
        || body.contains("AccessKeyId")) {
      return Optional.empty();
    }
    try {
      Optional<String> message =
          CredentialsJson.parse(body).text("message").filter(text -> !text.isBlank());
      return message.map(text -> text.length() <= 200 ? text : text.substring(0, 200) + "...");
    } catch (CredentialsJson.MalformedException e) {
      return Optional.empty();
    }
  }
}

package dev.apigw.core.credentials.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.client.ClientRuntime;
import dev.apigw.core.client.SdkClientBuilder;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.json.Json;
import dev.apigw.core.lang.Arguments;
import dev.apigw.core.service.ServiceMetadata;
import java.io.IOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The SSO portal's {@code GetRoleCredentials}: the credentials of an account's role for the holder
 * of an SSO access token, sent in {@code x-amz-sso_bearer_token} on an unsigned request.
 * Thread-safe.
 */
public final class SsoClient implements AutoCloseable {
  static final ServiceMetadata SERVICE =
      ServiceMetadata.of(
              "SsoClient",
              "awsssoportal",
              "portal.sso",
              (details, fields) -> new ServiceException(details))
          .withServiceId("SSO");

  private final ClientRuntime runtime;

  private SsoClient(ClientRuntime runtime) {
    this.runtime = runtime;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Credentials getRoleCredentials(String accessToken, String accountId, String roleName) {
    HttpRequestSpec request =
        HttpRequestSpec.builder("GET", "/federation/credentials")
            .query("account_id", Arguments.requireNonBlank(accountId, "accountId"))
            .query("role_name", Arguments.requireNonBlank(roleName, "roleName"))
            .header("x-amz-sso_bearer_token", Arguments.requireNonBlank(accessToken, "accessToken"))
            .build();
    return runtime.invoke("GetRoleCredentials", request, SsoClient::credentials);
  }

  static Credentials credentials(SdkHttpResponse response) throws IOException {
    String accessKeyId = null;
    String secretAccessKey = null;
    String sessionToken = null;
    Instant expiration = null;
    try (JsonParser parser = Json.factory().createParser(response.bodyStream())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(
            "GetRoleCredentials answered with something other than a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        if (parser.nextToken() == JsonToken.START_OBJECT && field.equals("roleCredentials")) {
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
              case "accessKeyId":
                accessKeyId = text(parser, value);
                break;
              case "secretAccessKey":
                secretAccessKey = text(parser, value);
                break;
              case "sessionToken":
                sessionToken = text(parser, value);
                break;
              case "expiration":
                expiration =
                    value == JsonToken.VALUE_NUMBER_INT
                        ? Instant.ofEpochMilli(parser.getLongValue())
                        : null;
                break;
              default:
                parser.skipChildren();
            }
          }
        } else {
          parser.skipChildren();
        }
      }
    }
    if (accessKeyId == null || secretAccessKey == null) {
      throw new IOException(
          "GetRoleCredentials answered without accessKeyId and secretAccessKey in roleCredentials");
    }
    return Credentials.of(accessKeyId, secretAccessKey, sessionToken, expiration);
  }

  private static @Nullable String text(JsonParser parser, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_STRING) {
      String text = parser.getText();
      return text.isBlank() ? null : text;
    }
    parser.skipChildren();
    return null;
  }

  @Override
  public void close() {
    runtime.close();
  }

  /**
   * Builds an {@link SsoClient}; the provider that uses it sets the region and anonymous
   * credentials.
   */
  public static final class Builder extends SdkClientBuilder<Builder, SsoClient> {
    private Builder() {
      super(SERVICE);
    }

    /** The client, with settings not made here read from {@code environment}. */
    public SsoClient build(Environment environment) {
      return buildWith(environment);
    }

    @Override
    protected SsoClient newClient(ClientRuntime runtime) {
      return new SsoClient(runtime);
    }
  }
}

package dev.apigw.core.credentials.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.apigw.core.client.ClientRuntime;
import dev.apigw.core.client.SdkClientBuilder;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.json.Json;
import dev.apigw.core.lang.Arguments;
import dev.apigw.core.service.ServiceMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * The SSO OIDC service's {@code CreateToken} with the {@code refresh_token} grant: how a cached
 * {@code sso-session} access token is renewed without a new {@code aws sso login}. Unsigned, JSON.
 * Thread-safe.
 */
public final class SsoOidcClient implements AutoCloseable {
  static final ServiceMetadata SERVICE =
      ServiceMetadata.of(
              "SsoOidcClient",
              "sso-oauth",
              "oidc",
              (details, fields) -> new ServiceException(details))
          .withServiceId("SSO OIDC");

  private final ClientRuntime runtime;

  private SsoOidcClient(ClientRuntime runtime) {
    this.runtime = runtime;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * What {@code CreateToken} answered: the new access token, how long it lasts, and a new refresh
   * token or null.
   */
  static final class Refreshed {
    final String accessToken;
    final Duration expiresIn;
    final String refreshToken;

    Refreshed(String accessToken, Duration expiresIn, String refreshToken) {
      this.accessToken = accessToken;
      this.expiresIn = expiresIn;
      this.refreshToken = refreshToken;
    }
  }

  Refreshed refresh(String clientId, String clientSecret, String refreshToken) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try (JsonGenerator generator = Json.factory().createGenerator(body)) {
      generator.writeStartObject();
      generator.writeStringField("clientId", Arguments.requireNonBlank(clientId, "clientId"));
      generator.writeStringField(
          "clientSecret", Arguments.requireNonBlank(clientSecret, "clientSecret"));
      generator.writeStringField("grantType", "refresh_token");
      generator.writeStringField(
          "refreshToken", Arguments.requireNonBlank(refreshToken, "refreshToken"));
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HttpRequestSpec request =
        HttpRequestSpec.builder("POST", "/token").jsonBody(body.toByteArray()).build();
    return runtime.invoke("CreateToken", request, SsoOidcClient::refreshed);
  }

  private static Refreshed refreshed(SdkHttpResponse response) throws IOException {
    String accessToken = null;
    String refreshToken = null;
    long expiresIn = -1;
    try (JsonParser parser = Json.factory().createParser(response.bodyStream())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("CreateToken answered with something other than a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("accessToken") && value == JsonToken.VALUE_STRING) {
          accessToken = parser.getText();
        } else if (name.equals("refreshToken") && value == JsonToken.VALUE_STRING) {
          refreshToken = parser.getText();
        } else if (name.equals("expiresIn") && value == JsonToken.VALUE_NUMBER_INT) {
          expiresIn = parser.getLongValue();
        } else {
          parser.skipChildren();
        }
      }
    }
    if (accessToken == null || accessToken.isBlank() || expiresIn <= 0) {
      throw new IOException("CreateToken answered without accessToken and a positive expiresIn");
    }
    return new Refreshed(accessToken, Duration.ofSeconds(expiresIn), refreshToken);
  }

  @Override
  public void close() {
    runtime.close();
  }

  /**
   * Builds an {@link SsoOidcClient}; the provider that uses it sets the region and anonymous
   * credentials.
   */
  public static final class Builder extends SdkClientBuilder<Builder, SsoOidcClient> {
    private Builder() {
      super(SERVICE);
    }

    /** The client, with settings not made here read from {@code environment}. */
    public SsoOidcClient build(Environment environment) {
      return buildWith(environment);
    }

    @Override
    protected SsoOidcClient newClient(ClientRuntime runtime) {
      return new SsoOidcClient(runtime);
    }
  }
}

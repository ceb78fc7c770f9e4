package dev.apigw.core.credentials.internal;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.client.ClientRuntime;
import dev.apigw.core.client.SdkClientBuilder;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.http.PercentEncoding;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.json.Timestamps;
import dev.apigw.core.lang.Arguments;
import dev.apigw.core.service.ServiceMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * The two STS operations the credentials chain needs, {@code AssumeRole} (signed with the source
 * credentials) and {@code AssumeRoleWithWebIdentity} (unsigned), over the query protocol. Built
 * with the same builder and runtime as every client of this SDK, so its retries, timeouts and
 * configured endpoints ({@code AWS_ENDPOINT_URL_STS}, {@code AWS_ENDPOINT_URL}, the profile's) work
 * as theirs do. Thread-safe.
 */
public final class StsClient implements AutoCloseable {
  static final ServiceMetadata SERVICE =
      ServiceMetadata.of(
              "StsClient", "sts", "sts", (details, fields) -> new ServiceException(details))
          .withServiceId("STS");
  private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";
  private static final String VERSION = "2011-06-15";

  private final ClientRuntime runtime;

  private StsClient(ClientRuntime runtime) {
    this.runtime = runtime;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Credentials of {@code roleArn}, asked for with the client's credentials. */
  public Credentials assumeRole(
      String roleArn,
      String sessionName,
      @Nullable String externalId,
      @Nullable Integer durationSeconds) {
    Map<String, String> form = new HashMap<>();
    form.put("RoleArn", Arguments.requireNonBlank(roleArn, "roleArn"));
    form.put("RoleSessionName", Arguments.requireNonBlank(sessionName, "sessionName"));
    if (externalId != null) {
      form.put("ExternalId", externalId);
    }
    if (durationSeconds != null) {
      form.put("DurationSeconds", Integer.toString(durationSeconds));
    }
    return call("AssumeRole", form);
  }

  /**
   * Credentials of {@code roleArn} for the holder of an OpenID Connect token; the request is not
   * signed.
   */
  public Credentials assumeRoleWithWebIdentity(
      String roleArn, String sessionName, String webIdentityToken) {
    Map<String, String> form = new HashMap<>();
    form.put("RoleArn", Arguments.requireNonBlank(roleArn, "roleArn"));
    form.put("RoleSessionName", Arguments.requireNonBlank(sessionName, "sessionName"));
    form.put("WebIdentityToken", Arguments.requireNonBlank(webIdentityToken, "webIdentityToken"));
    return call("AssumeRoleWithWebIdentity", form);
  }

  private Credentials call(String action, Map<String, String> parameters) {
    StringBuilder body =
        new StringBuilder("Action=").append(action).append("&Version=").append(VERSION);
    parameters.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            entry ->
                body.append('&')
                    .append(entry.getKey())
                    .append('=')
                    .append(PercentEncoding.encode(entry.getValue())));
    HttpRequestSpec request =
        HttpRequestSpec.builder("POST", "/")
            .body(body.toString().getBytes(StandardCharsets.UTF_8), FORM)
            .build();
    return runtime.invoke(action, request, response -> credentials(action, response));
  }

  /** The {@code Credentials} element of an STS answer. */
  static Credentials credentials(String action, SdkHttpResponse response) throws IOException {
    Map<String, String> fields = new HashMap<>();
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader reader = factory.createXMLStreamReader(response.bodyStream(), "UTF-8");
      boolean inCredentials = false;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = reader.getLocalName();
          if (name.equals("Credentials")) {
            inCredentials = true;
          } else if (inCredentials) {
            fields.put(name, reader.getElementText().trim());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT
            && reader.getLocalName().equals("Credentials")) {
          break;
        }
      }
      reader.close();
    } catch (XMLStreamException e) {
      throw new IOException(
          action + " answered with XML that could not be read: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // The JDK's StAX reader fails some malformed DTDs with a MissingResourceException (its
      // message for the error is missing); found by CredentialDocumentsFuzzTarget.
      throw new IOException(action + " answered with XML that could not be read", e);
    }
    String accessKeyId = fields.get("AccessKeyId");
    String secretAccessKey = fields.get("SecretAccessKey");
    if (accessKeyId == null
        || accessKeyId.isEmpty()
        || secretAccessKey == null
        || secretAccessKey.isEmpty()) {
      throw new IOException(
          action + " answered without AccessKeyId and SecretAccessKey in Credentials");
    }
    String expiration = fields.get("Expiration");
    Instant expiresAt = null;
    if (expiration != null && !expiration.isEmpty()) {
      try {
        expiresAt = Timestamps.parse(expiration);
      } catch (IllegalArgumentException e) {
        throw new IOException(action + " answered with an Expiration that is not a timestamp", e);
      }
    }
    return Credentials.of(accessKeyId, secretAccessKey, fields.get("SessionToken"), expiresAt);
  }

  @Override
  public void close() {
    runtime.close();
  }

  @Override
  public String toString() {
    return "StsClient{" + runtime + "}";
  }

  /**
   * Builds an {@link StsClient}; region and credentials are always set by the provider that uses
   * it.
   */
  public static final class Builder extends SdkClientBuilder<Builder, StsClient> {
    private Builder() {
      super(SERVICE);
    }

    /** The client, with settings not made here read from {@code environment}. */
    public StsClient build(Environment environment) {
      return buildWith(environment);
    }

    @Override
    protected StsClient newClient(ClientRuntime runtime) {
      return new StsClient(runtime);
    }
  }
}

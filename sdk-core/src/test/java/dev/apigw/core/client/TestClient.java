package dev.apigw.core.client;

import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.credentials.TestCredentialChains;
import dev.apigw.core.http.ErrorFactory;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.service.ServiceMetadata;

/**
 * The smallest client on the core's builder base: it exposes its runtime so that tests can invoke
 * it directly.
 */
final class TestClient implements AutoCloseable {
  private final ClientRuntime runtime;

  private TestClient(ClientRuntime runtime) {
    this.runtime = runtime;
  }

  static Builder builder(ErrorFactory errorFactory) {
    return new Builder(errorFactory);
  }

  ClientRuntime runtime() {
    return runtime;
  }

  @Override
  public void close() {
    runtime.close();
  }

  static final class Builder extends SdkClientBuilder<Builder, TestClient> {
    private Builder(ErrorFactory errorFactory) {
      super(ServiceMetadata.of("TestClient", "apigateway", "apigateway", errorFactory));
    }

    @Override
    protected TestClient newClient(ClientRuntime runtime) {
      return new TestClient(runtime);
    }

    @Override
    protected CredentialsProvider defaultCredentialsProvider(
        Environment environment, ProxyConfiguration proxyConfiguration) {
      return TestCredentialChains.over(environment, proxyConfiguration);
    }
  }
}

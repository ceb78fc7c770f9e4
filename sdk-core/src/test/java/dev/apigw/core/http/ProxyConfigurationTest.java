package dev.apigw.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProxyConfigurationTest {
  @Test
  void toStringNeverShowsThePassword() {
    ProxyConfiguration configuration =
        ProxyConfiguration.builder()
            .endpoint(URI.create("http://proxy.example.com:3128"))
            .username("alice")
            .password("s3cret-Pa55")
            .nonProxyHosts(Set.of("internal.example.com"))
            .build();

    assertThat(configuration.toString())
        .isEqualTo(
            "ProxyConfiguration{endpoint=http://proxy.example.com:3128, username=alice,"
                + " password=***, nonProxyHosts=[internal.example.com],"
                + " useSystemPropertyValues=true, useEnvironmentVariableValues=true}")
        .doesNotContain("s3cret");
    assertThat(configuration.toBuilder().build().toString()).doesNotContain("s3cret");
    assertThat(configuration.password()).contains("s3cret-Pa55");
  }

  @Test
  void byDefaultItReadsTheSystemPropertiesAndTheVariablesAndNoneReadsNothing() {
    ProxyConfiguration defaults = ProxyConfiguration.builder().build();
    assertThat(defaults.useSystemPropertyValues()).isTrue();
    assertThat(defaults.useEnvironmentVariableValues()).isTrue();
    assertThat(defaults.endpoint()).isEmpty();
    assertThat(defaults.nonProxyHosts()).isEmpty();

    ProxyConfiguration none = ProxyConfiguration.none();
    assertThat(none.useSystemPropertyValues()).isFalse();
    assertThat(none.useEnvironmentVariableValues()).isFalse();
    assertThat(none.endpoint()).isEmpty();
    assertThat(none.toString())
        .isEqualTo(
            "ProxyConfiguration{useSystemPropertyValues=false, useEnvironmentVariableValues=false}");
  }

  @Test
  void itIsAValueAndCopiesWhatItIsGiven() {
    Set<String> hosts = new HashSet<>(Set.of("a.example.com"));
    ProxyConfiguration one =
        ProxyConfiguration.builder()
            .endpoint(URI.create("http://proxy.example.com:3128"))
            .nonProxyHosts(hosts)
            .build();
    hosts.add("b.example.com");

    assertThat(one.nonProxyHosts()).contains(Set.of("a.example.com"));
    assertThat(one).isEqualTo(one.toBuilder().build()).hasSameHashCodeAs(one.toBuilder().build());
    assertThat(one).isNotEqualTo(one.toBuilder().useSystemPropertyValues(false).build());
    assertThat(ProxyConfiguration.builder().build())
        .isEqualTo(ProxyConfiguration.builder().build());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "https://proxy.example.com:3128, https:// (TLS to the proxy) is not supported",
    "socks5://proxy.example.com:1080, must be an http:// URI",
    "proxy.example.com, must be an http:// URI",
    "http://alice:s3cret@proxy.example.com:3128, must not hold user info",
    "http://proxy.example.com:3128/path, must not have a path, query or fragment",
    "http://proxy.example.com:3128?q=1, must not have a path, query or fragment",
    "http://proxy.example.com:3128#here, must not have a path, query or fragment",
    "http:///nohost, must have a host",
  })
  void aBadEndpointFailsAtOnceWithoutShowingIt(String endpoint, String message) {
    assertThatThrownBy(() -> ProxyConfiguration.builder().endpoint(URI.create(endpoint)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message)
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void settersRefuseNullsAndBlankNames() {
    ProxyConfiguration.Builder builder = ProxyConfiguration.builder();
    assertThatThrownBy(() -> builder.endpoint(null)).hasMessage("endpoint must not be null");
    assertThatThrownBy(() -> builder.username(" ")).hasMessage("username must not be blank");
    assertThatThrownBy(() -> builder.password(null)).hasMessage("password must not be null");
    assertThatThrownBy(() -> builder.nonProxyHosts(Set.of("ok.example.com", "")))
        .hasMessage("an entry of nonProxyHosts must not be blank");
  }

  @Test
  void anEndpointWithoutAPortOrWithASlashIsAccepted() {
    assertThat(
            ProxyConfiguration.builder()
                .endpoint(URI.create("HTTP://proxy.example.com/"))
                .build()
                .endpoint())
        .contains(URI.create("HTTP://proxy.example.com/"));
  }
}

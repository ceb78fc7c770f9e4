package dev.apigw.core.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which hosts a list of non-proxy hosts lets skip the proxy, in every form it takes. */
class NonProxyHostsTest {
  @ParameterizedTest(name = "''{0}'' and {1}: {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        // a host name or address: itself only, in any case
        "api.example.com; api.example.com; true",
        "API.Example.COM; api.example.com; true",
        "api.example.com; API.EXAMPLE.COM; true",
        "api.example.com; example.com; false",
        "example.com; api.example.com; false",
        "api.example.com; xapi.example.com; false",
        "api.example.com; api.example.com.; true",
        "10.0.0.1; 10.0.0.1; true",
        "10.0.0.1; 10x0y0z1; false",
        "::1; [::1]; true",
        "[::1]; ::1; true",
        // .domain: the domain and its subdomains
        ".example.com; api.example.com; true",
        ".example.com; a.b.example.com; true",
        ".example.com; example.com; true",
        ".example.com; badexample.com; false",
        ".example.com; example.com.evil.test; false",
        // * as a wildcard, and alone
        "*.example.com; api.example.com; true",
        "*.example.com; example.com; false",
        "10.*; 10.1.2.3; true",
        "10.*; 110.1.2.3; false",
        "api.*.com; api.example.com; true",
        "*; anything.example.org; true",
        "*; 127.0.0.1; true",
        // lists, as the system property (|) and the variable (,) give them
        "a.test|b.test; b.test; true",
        "a.test, b.test ,c.test; c.test; true",
        "a.test,,|  ; b.test; false",
        "localhost|127.*|[::1]; 127.0.0.1; true",
        "localhost|127.*|[::1]; ::1; true",
      })
  void matches(String list, String host, boolean bypassed) {
    assertThat(NonProxyHosts.parse(list).matches(host)).isEqualTo(bypassed);
  }

  @Test
  void givenEntriesAreNotSplitAndNothingMatchesWhenEmpty() {
    assertThat(NonProxyHosts.of(List.of(" .Example.com ", "*.test")).toString())
        .isEqualTo(".example.com|*.test");
    assertThat(NonProxyHosts.of(List.of()).matches("api.example.com")).isFalse();
    assertThat(NonProxyHosts.parse(null).isEmpty()).isTrue();
    assertThat(NonProxyHosts.parse("*").matches(null)).isFalse();
  }
}

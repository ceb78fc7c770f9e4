package dev.apigw.core.auth.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CredentialScopeTest {
  @Test
  void usesTheUtcDate() {
    Instant lateEveningInNewYork = Instant.parse("2026-03-14T23:30:00-05:00");

    CredentialScope scope = CredentialScope.of(lateEveningInNewYork, "us-east-1", "apigateway");

    assertThat(scope.value()).isEqualTo("20260315/us-east-1/apigateway/aws4_request");
    assertThat(scope.date()).isEqualTo("20260315");
  }

  @Test
  void rejectsBadElementsNamingThem() {
    Instant now = Instant.parse("2026-03-14T00:00:00Z");

    assertThatThrownBy(() -> CredentialScope.of(now, "", "apigateway"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region must not be blank");
    assertThatThrownBy(() -> CredentialScope.of(now, "us-east-1", "api/gateway"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("service must not contain '/' or whitespace");
    assertThatThrownBy(() -> CredentialScope.of(null, "us-east-1", "apigateway"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("signingTime must not be null");
  }
}

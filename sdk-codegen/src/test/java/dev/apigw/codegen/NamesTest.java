package dev.apigw.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.codegen.generator.Names;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
  @ParameterizedTest
  @CsvSource({
    "ApiId,apiId",
    "RouteKey,routeKey",
    "JWTConfiguration,jwtConfiguration",
    "ARN,arn",
    "TlsConfig,tlsConfig",
    "nextToken,nextToken",
    "Items,items",
    "CORSRules,corsRules"
  })
  void lowerCamel(String model, String java) {
    assertThat(Names.lowerCamel(model)).isEqualTo(java);
  }

  @ParameterizedTest
  @CsvSource({"AWS_IAM,AWS_IAM", "tls-1.2,TLS_1_2", "V2,V2", "3D,_3D"})
  void enumConstants(String wire, String constant) {
    assertThat(Names.constant(wire)).isEqualTo(constant);
  }

  @Test
  void aKeywordIsRefused() {
    assertThatThrownBy(() -> Names.lowerCamel("Default")).hasMessageContaining("Default");
  }
}

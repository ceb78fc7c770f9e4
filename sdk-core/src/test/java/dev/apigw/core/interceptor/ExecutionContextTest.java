package dev.apigw.core.interceptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExecutionContextTest {
  private static final Object REQUEST =
      new Object() {
        @Override
        public String toString() {
          return "secret request";
        }
      };

  @Test
  void startsBeforeTheFirstAttemptAndCountsFromOne() {
    ExecutionContext context = ExecutionContext.of("ApiGatewayV2", "GetRoutes", REQUEST);
    ExecutionContext second = context.withAttempt(2);

    assertThat(context.attempt()).isZero();
    assertThat(second.attempt()).isEqualTo(2);
    assertThat(second.serviceId()).isEqualTo("ApiGatewayV2");
    assertThat(second.operationName()).isEqualTo("GetRoutes");
    assertThat(second.request()).isSameAs(REQUEST);
    assertThat(context.withAttempt(0)).isSameAs(context);
    assertThat(second).hasToString("ExecutionContext{ApiGatewayV2 GetRoutes, attempt 2}");
  }

  @Test
  void checksItsArguments() {
    assertThatThrownBy(() -> ExecutionContext.of(" ", "GetRoutes", REQUEST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("serviceId must not be blank");
    assertThatThrownBy(() -> ExecutionContext.of("ApiGatewayV2", null, REQUEST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("operationName must not be null");
    assertThatThrownBy(() -> ExecutionContext.of("ApiGatewayV2", "GetRoutes", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("request must not be null");
    assertThatThrownBy(() -> ExecutionContext.of("A", "B", REQUEST).withAttempt(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

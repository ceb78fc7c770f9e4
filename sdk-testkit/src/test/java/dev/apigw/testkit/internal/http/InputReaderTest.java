package dev.apigw.testkit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apigw.testkit.internal.ApiError;
import dev.apigw.testkit.internal.ModelIndex;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputReaderTest {
  private final ModelIndex model = ModelIndex.shared();
  private final InputReader reader = new InputReader(model);

  @Test
  void aBodyWithAnOutOfRangeNumberIsABadRequestNotAnInternalError() {
    byte[] body =
        "{\"name\":\"n\",\"protocolType\":\"HTTP\",\"version\":1e999888888888888999}"
            .getBytes(StandardCharsets.UTF_8);

    ApiError error =
        catchThrowableOfType(
            ApiError.class,
            () -> reader.read(model.operation("CreateApi"), Map.of(), Map.of(), body));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.type()).isEqualTo("BadRequestException");
    assertThat(error.getMessage())
        .isEqualTo(
            "Could not parse request body into json: the number 1e999888888888888999 is out of range");
  }
}

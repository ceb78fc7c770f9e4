package dev.apigw.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.http.NameValue;
import dev.apigw.core.http.SdkHttpResponse;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class ResponseReaderTest {
  @Test
  void readsStatusHeadersInOrderAndTheWholeBody() throws IOException {
    Response response =
        response(ResponseBody.create("{\"a\":1}", MediaType.get("application/json")))
            .addHeader("X-One", "1")
            .addHeader("x-one", "2")
            .build();

    SdkHttpResponse read = ResponseReader.read(response, 100);

    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers())
        .containsExactly(NameValue.of("X-One", "1"), NameValue.of("x-one", "2"));
    assertThat(read.bodyAsString()).isEqualTo("{\"a\":1}");
  }

  @Test
  void acceptsABodyOfExactlyTheLimit() throws IOException {
    SdkHttpResponse read =
        ResponseReader.read(response(ResponseBody.create(new byte[10], null)).build(), 10);

    assertThat(read.bodyLength()).isEqualTo(10);
  }

  @Test
  void refusesABodyOverTheLimitByItsContentLength() {
    Response response = response(ResponseBody.create(new byte[11], null)).build();

    assertThatThrownBy(() -> ResponseReader.read(response, 10))
        .isInstanceOf(IOException.class)
        .hasMessage("the response body is larger than the limit of 10 bytes (Content-Length: 11)");
  }

  @Test
  void refusesABodyOverTheLimitWithoutAContentLength() {
    Buffer content = new Buffer().write(new byte[11]);
    Response response = response(ResponseBody.create(content, null, -1)).build();

    assertThatThrownBy(() -> ResponseReader.read(response, 10))
        .isInstanceOf(IOException.class)
        .hasMessage("the response body is larger than the limit of 10 bytes");
  }

  private static Response.Builder response(ResponseBody body) {
    return new Response.Builder()
        .request(new Request.Builder().url("http://127.0.0.1/").build())
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .body(body);
  }
}

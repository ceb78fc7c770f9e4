package dev.apigw.testkit.constraints;

import dev.apigw.testkit.ApiGatewayV2Emulator;
import dev.apigw.testkit.internal.JsonTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends requests to an emulator over its raw HTTP API, as any client would, with a well-formed
 * signature (an emulator without credentials accepts any).
 */
final class RawCalls {
  /** One answer: status, error type and message. */
  static final class Answer {
    final int status;
    final String errorType;
    final String body;

    Answer(int status, String errorType, String body) {
      this.status = status;
      this.errorType = errorType;
      this.body = body;
    }

    @Override
    public String toString() {
      return status + " " + errorType + " " + body;
    }
  }

  private final OkHttpClient http = new OkHttpClient();
  private final String endpoint;

  RawCalls(ApiGatewayV2Emulator emulator) {
    this(emulator.endpoint().toString());
  }

  /** Calls to the emulator at {@code endpoint}, such as a standalone one's. */
  RawCalls(String endpoint) {
    this.endpoint = endpoint;
  }

  /** The request of {@code constraintCase}, answered. */
  Answer send(ConstraintCase constraintCase) {
    String path = constraintCase.operation.uri();
    for (Map.Entry<String, String> label : constraintCase.labels.entrySet()) {
      path = path.replace("{" + label.getKey() + "}", encode(label.getValue()));
    }
    HttpUrl.Builder url = HttpUrl.get(endpoint + path).newBuilder();
    constraintCase.query.forEach(url::addQueryParameter);
    String method = constraintCase.operation.method();
    boolean hasBody = !"GET".equals(method) && !"DELETE".equals(method);
    return send(method, url.build(), hasBody ? constraintCase.body : null);
  }

  /** {@code method} on {@code path} with {@code json} as its body (none when null). */
  Answer send(String method, String path, Map<String, Object> json) {
    return send(method, HttpUrl.get(endpoint + path), json);
  }

  private Answer send(String method, HttpUrl url, Map<String, Object> json) {
    RequestBody body =
        json == null
            ? null
            : RequestBody.create(JsonTree.toJson(json), MediaType.get("application/json"));
    Request request =
        new Request.Builder()
            .url(url)
            .method(method, body)
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/apigateway/aws4_request, "
                    + "SignedHeaders=host;x-amz-date, Signature=0123")
            .build();
    try (Response response = http.newCall(request).execute()) {
      String type = response.header("X-Amzn-ErrorType");
      return new Answer(response.code(), type == null ? "" : type, response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String encode(String label) {
    return URLEncoder.encode(label, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

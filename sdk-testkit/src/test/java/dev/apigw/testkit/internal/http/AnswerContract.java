package dev.apigw.testkit.internal.http;

import dev.apigw.testkit.internal.JsonTree;
import dev.apigw.testkit.internal.ModelIndex;
import dev.apigw.testkit.internal.OperationBinding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * What every answer of the emulator must be, whatever it was asked: a success or an error of the
 * service's shape, never a 5xx (the fuzz target injects no fault, so a 5xx can only be an internal
 * failure, which the dispatcher turns into a 500). A success has the status of the operation the
 * path names and a JSON object for a body (none with 204; an export is its document); an error has
 * {@code X-Amzn-ErrorType} and a JSON object with a {@code message}. Each violation is an {@link
 * AssertionError}, a finding.
 */
final class AnswerContract {
  private AnswerContract() {}

  static void check(String request, MockResponse response) {
    int status = response.getCode();
    byte[] body = FixtureEmulator.bodyOf(response);
    if (response.getHeaders().get("x-amzn-RequestId") == null) {
      throw violation("an answer without x-amzn-RequestId", request, response, body);
    }
    if (status >= 200 && status < 300) {
      checkSuccess(request, response, body);
    } else if (status >= 400 && status < 500) {
      checkError(request, response, body);
    } else {
      throw violation(
          "an answer that is neither a success nor a client error", request, response, body);
    }
  }

  private static void checkSuccess(String request, MockResponse response, byte[] body) {
    OperationBinding operation = operationOf(request);
    if (operation == null || operation.successStatus() != response.getCode()) {
      throw violation("a success that is not the operation's", request, response, body);
    }
    if (response.getCode() == 204) {
      if (body.length != 0) {
        throw violation("a 204 with a body", request, response, body);
      }
      return;
    }
    if ("ExportApi".equals(operation.name())) {
      if (body.length == 0) {
        throw violation("an export without a document", request, response, body);
      }
      return;
    }
    if (!"application/json".equals(response.getHeaders().get("Content-Type"))
        || !(json(body) instanceof Map)) {
      throw violation("a success whose body is not a JSON object", request, response, body);
    }
  }

  private static void checkError(String request, MockResponse response, byte[] body) {
    String type = response.getHeaders().get("X-Amzn-ErrorType");
    if (type == null || type.isBlank()) {
      throw violation("an error without X-Amzn-ErrorType", request, response, body);
    }
    Object json = json(body);
    Object message = json instanceof Map ? ((Map<?, ?>) json).get("message") : null;
    if (!(message instanceof String) || ((String) message).isBlank()) {
      throw violation("an error without a JSON message", request, response, body);
    }
  }

  /** The operation whose method and path template the request line matches, if any. */
  private static @Nullable OperationBinding operationOf(String requestLine) {
    String[] parts = requestLine.split(" ", -1);
    if (parts.length != 2) {
      return null;
    }
    int question = parts[1].indexOf('?');
    String path = question < 0 ? parts[1] : parts[1].substring(0, question);
    for (OperationBinding operation : ModelIndex.shared().operations().values()) {
      try {
        if (operation.match(parts[0], path) != null) {
          return operation;
        }
      } catch (RuntimeException e) {
        return null;
      }
    }
    return null;
  }

  private static @Nullable Object json(byte[] body) {
    try {
      return JsonTree.parse(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static AssertionError violation(
      String what, String request, MockResponse response, byte[] body) {
    return new AssertionError(
        "The emulator answered "
            + what
            + ": "
            + request
            + " -> "
            + response.getCode()
            + " "
            + response.getHeaders().get("X-Amzn-ErrorType")
            + " "
            + new String(body, StandardCharsets.UTF_8));
  }
}

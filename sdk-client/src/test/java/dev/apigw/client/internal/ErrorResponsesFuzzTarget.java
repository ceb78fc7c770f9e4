package dev.apigw.client.internal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.NameValue;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.errors.ErrorResponseParser;
import dev.apigw.model.ApiGatewayV2Exception;
import dev.apigw.model.internal.ApiGatewayV2Errors;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Feeds the error-response parser, with the client's generated error factory, any error answer. The
 * first byte picks the status: a digit {@code d} gives {@link #STATUSES}{@code [d]}, the error
 * statuses the service and the proxies in front of it answer with (any other byte picks by its
 * value modulo their count). The rest is UTF-8 text: header lines ({@code Name: value}) up to the
 * first empty line, then the body, as a seed reads: {@code 2X-Amzn-ErrorType:
 * NotFoundException\n\n{"message":"..."}}.
 *
 * <p>The only allowed outcome is the {@link ServiceException} the parser returns (it never throws
 * for an answer): of the model's exception type for the error code it found ({@code
 * NotFoundException}, {@code ConflictException}, ...), {@link ApiGatewayV2Exception} for a code the
 * model does not have, a plain {@link ServiceException} without a code; with the answer's status,
 * and a message that names the operation, then gives the code (or says "Service error") and the
 * status. Anything thrown, or an input that takes more than 10 s, is a finding. Memory: the fuzzing
 * JVM's 512 MB heap and libFuzzer's 2,048 MB RSS limit.
 */
public final class ErrorResponsesFuzzTarget {
  static final int[] STATUSES = {400, 403, 404, 409, 429, 500, 502, 503, 504, 301};

  /** The operation the answers are to: the runtime hands the parser the call's. */
  static final String OPERATION = "GetRoute";

  /** The error shapes of the model, whose exceptions the factory makes by their name. */
  private static final Set<String> MODEL_ERRORS = modelErrors();

  private ErrorResponsesFuzzTarget() {}

  /**
   * Called by Jazzer once, before the first input: the model's errors and the parser's classes are
   * loaded (and instrumented) outside the 10 s an input may take.
   */
  public static void fuzzerInitialize() {
    for (String code : MODEL_ERRORS) {
      modelException(code);
    }
    ErrorResponseParser.toException(
        SdkHttpResponse.of(404, List.of(), "{\"message\":\"m\"}".getBytes(StandardCharsets.UTF_8)),
        ApiGatewayV2Errors::create);
  }

  public static void fuzzerTestOneInput(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    if (bytes.length == 0) {
      return;
    }
    int status = STATUSES[Math.floorMod(Byte.toUnsignedInt(bytes[0]) - '0', STATUSES.length)];
    String text = new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8);
    int blankLine = text.indexOf("\n\n");
    String head = blankLine < 0 ? text : text.substring(0, blankLine);
    String body = blankLine < 0 ? "" : text.substring(blankLine + 2);
    SdkHttpResponse response =
        SdkHttpResponse.of(status, headers(head), body.getBytes(StandardCharsets.UTF_8));

    ServiceException error =
        ErrorResponseParser.toException(response, ApiGatewayV2Errors::create, OPERATION);

    if (error == null) {
      throw new AssertionError("no exception for an error answer");
    }
    if (error.statusCode() != status) {
      throw new AssertionError("status " + error.statusCode() + " instead of " + status, error);
    }
    String code = error.errorCode().orElse(null);
    Class<?> expected =
        code == null
            ? ServiceException.class
            : MODEL_ERRORS.contains(code) ? modelException(code) : ApiGatewayV2Exception.class;
    if (error.getClass() != expected) {
      throw new AssertionError(
          "code " + code + " gave " + error.getClass().getName() + ", not " + expected, error);
    }
    String message = error.getMessage();
    String what = code == null ? "Service error" : code;
    if (message == null
        || !message.startsWith(OPERATION + ": " + what + " (HTTP " + status + ")")) {
      throw new AssertionError(
          "a message without the operation, the code and the status: " + message, error);
    }
    if (!error.operationName().equals(java.util.Optional.of(OPERATION))) {
      throw new AssertionError("the operation is not " + OPERATION, error);
    }
    if (error.getSuppressed().length > 0) {
      throw new AssertionError("the error factory failed", error.getSuppressed()[0]);
    }
  }

  /** Header lines {@code Name: value}; a line without a colon is a header with an empty value. */
  private static List<NameValue> headers(String head) {
    if (head.isEmpty()) {
      return List.of();
    }
    List<NameValue> headers = new ArrayList<>();
    for (String line : head.split("\n", -1)) {
      int colon = line.indexOf(':');
      headers.add(
          colon < 0
              ? NameValue.of(line.trim(), "")
              : NameValue.of(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
    }
    return headers;
  }

  private static Class<?> modelException(String code) {
    try {
      return Class.forName("dev.apigw.model." + code);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no generated exception for the model's " + code, e);
    }
  }

  private static Set<String> modelErrors() {
    Set<String> names = new TreeSet<>();
    FuzzModel.MODEL
        .shapes()
        .forEach(
            (name, shape) -> {
              if (shape.isError()) {
                names.add(name);
              }
            });
    return Collections.unmodifiableSet(names);
  }
}

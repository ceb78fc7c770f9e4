package dev.apigw.testkit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** An error answer as the service gives it: status, error type, message and any extra fields. */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final Map<String, Object> extra;

  public ApiError(int status, String type, String message) {
    this(status, type, message, Map.of());
  }

  public ApiError(int status, String type, String message, Map<String, Object> extra) {
    super(message, null, false, false);
    this.status = status;
    this.type = type;
    this.extra = new LinkedHashMap<>(extra);
  }

  public static ApiError notFound(String message) {
    return new ApiError(404, "NotFoundException", message);
  }

  public static ApiError badRequest(String message) {
    return new ApiError(400, "BadRequestException", message);
  }

  public static ApiError conflict(String message) {
    return new ApiError(409, "ConflictException", message);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  /** The JSON body: {@code message} and any extra fields. */
  public Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", getMessage());
    body.putAll(extra);
    return body;
  }
}

package dev.apigw.core.internal.http;

import okhttp3.Request;

/**
 * Tags an OkHttp request with the name of the operation it belongs to, so that interceptors can name the operation
 * in their failures. Immutable.
 */
public final class OperationTag {
  private final String operationName;

  private OperationTag(String operationName) {
    this.operationName = operationName;
  }

  public static OperationTag of(String operationName) {
    return new OperationTag(operationName);
  }

  public String operationName() {
    return operationName;
  }

  /** The operation name {@code request} was tagged with, or {@code "request"} when untagged. */
  public static String nameOf(Request request) {
    OperationTag tag = request.tag(OperationTag.class);
    return tag == null ? "request" : tag.operationName;
  }

  @Override
  public String toString() {
    return operationName;
  }
}

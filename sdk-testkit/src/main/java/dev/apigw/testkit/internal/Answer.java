package dev.apigw.testkit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the service answers a call with: a status and a JSON body, or bytes and their type. */
public final class Answer {
  private final int status;
  private final @Nullable Map<String, Object> json;
  private final byte @Nullable [] raw;
  private final String contentType;

  private Answer(
      int status, @Nullable Map<String, Object> json, byte @Nullable [] raw, String contentType) {
    this.status = status;
    this.json = json;
    this.raw = raw;
    this.contentType = contentType;
  }

  public static Answer json(int status, Map<String, Object> body) {
    return new Answer(status, body, null, "application/json");
  }

  public static Answer empty(int status) {
    return new Answer(status, null, null, "application/json");
  }

  /**
   * The answer of a call whose operation returns no members: its success status, with an empty JSON
   * object unless that status is 204.
   */
  public static Answer done(CallInput in) {
    int status = in.operation().successStatus();
    return status == 204 ? empty(status) : json(status, new LinkedHashMap<>());
  }

  public static Answer raw(int status, byte[] body, String contentType) {
    return new Answer(status, null, body, contentType);
  }

  public int status() {
    return status;
  }

  /** The body bytes; empty for none. */
  public byte[] bodyBytes() {
    if (raw != null) {
      return raw;
    }
    return json == null ? new byte[0] : JsonTree.toJson(json);
  }

  public String contentType() {
    return contentType;
  }
}

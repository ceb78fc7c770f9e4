package dev.apigw.testkit.internal.http;

import dev.apigw.core.http.NameValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A request as it came over the wire, in the terms the signature check and the input reader use:
 * the path still percent-encoded, the query parameters decoded, the body as bytes.
 */
final class ReceivedRequest implements SignatureVerifier.SignedRequest {
  private final RecordedRequest request;
  private final String rawPath;
  private final byte[] body;

  ReceivedRequest(RecordedRequest request) {
    this.request = request;
    String target = request.getTarget();
    int question = target.indexOf('?');
    this.rawPath = question < 0 ? target : target.substring(0, question);
    this.body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
  }

  @Override
  public String method() {
    return request.getMethod();
  }

  @Override
  public String rawPath() {
    return rawPath;
  }

  @Override
  public List<NameValue> queryParameters() {
    HttpUrl url = request.getUrl();
    List<NameValue> parameters = new ArrayList<>();
    for (int i = 0; i < url.querySize(); i++) {
      String value = url.queryParameterValue(i);
      parameters.add(NameValue.of(url.queryParameterName(i), value == null ? "" : value));
    }
    return parameters;
  }

  /** The query parameters by name, each with its values in the order sent. */
  Map<String, List<String>> queryByName() {
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (NameValue parameter : queryParameters()) {
      query.computeIfAbsent(parameter.name(), k -> new ArrayList<>()).add(parameter.value());
    }
    return query;
  }

  @Override
  public List<String> headerValues(String name) {
    return request.getHeaders().values(name);
  }

  @Override
  public byte[] body() {
    return body;
  }
}

package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.rules.DefaultValue.always;

import dev.apigw.testkit.internal.Maps;
import dev.apigw.testkit.internal.store.Arns;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A REST endpoint page's ARN, last-modified date and states. The service answers with display
 * content of another shape than the one sent: the endpoint (from the overrides, else the method and
 * path of the REST endpoint it documents) and the overridden body and operation name.
 */
final class ProductRestEndpointPageDefaults implements Defaults {
  static final List<DefaultValue> TABLE =
      List.of(
          always(
              "status",
              "AVAILABLE",
              "A REST endpoint page is ready as soon as it is created; the model has no status"
                  + " in between."),
          always("tryItState", "DISABLED", "A page's try-it console is off unless turned on."));

  @Override
  public void onCreate(Resource page, ServiceFacts facts) {
    Map<String, Object> f = page.fields();
    f.put("productRestEndpointPageArn", Arns.of(page, facts.region()));
    f.put("lastModified", facts.now());
    for (DefaultValue entry : TABLE) {
      entry.fillIn(page);
    }
    answerDisplayContent(page);
  }

  @Override
  public void onUpdate(Resource page, ServiceFacts facts) {
    page.fields().put("lastModified", facts.now());
    answerDisplayContent(page);
  }

  private static void answerDisplayContent(Resource page) {
    Map<String, Object> f = page.fields();
    Map<String, Object> overrides = Map.of();
    Object content = f.get("displayContent");
    if (content instanceof Map && Maps.of(content).get("overrides") instanceof Map) {
      overrides = Maps.of(Maps.of(content).get("overrides"));
    }
    Object endpoint = overrides.get("endpoint");
    Object identifier = f.get("restEndpointIdentifier");
    if (endpoint == null
        && identifier instanceof Map
        && Maps.of(identifier).get("identifierParts") instanceof Map) {
      Map<String, Object> parts = Maps.of(Maps.of(identifier).get("identifierParts"));
      endpoint = parts.get("method") + " " + parts.get("path");
    }
    if (endpoint == null && content instanceof Map) {
      endpoint = Maps.of(content).get("endpoint");
    }
    Map<String, Object> answered = new LinkedHashMap<>();
    answered.put("endpoint", endpoint);
    if (overrides.get("body") != null) {
      answered.put("body", overrides.get("body"));
    }
    if (overrides.get("operationName") != null) {
      answered.put("operationName", overrides.get("operationName"));
      f.put("operationName", overrides.get("operationName"));
    }
    f.put("displayContent", answered);
    f.put("endpoint", endpoint);
  }
}

package dev.apigw.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.codegen.generator.Generator;
import dev.apigw.codegen.generator.Names;
import dev.apigw.codegen.model.ModelJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The client's Javadoc says, for every operation of the project's model, what the model says: the
 * HTTP method and path, the required members of the request, and an {@code @throws} for each error
 * it lists (with the error's status), besides the SDK's own. The model is read here as plain JSON,
 * apart from the generator's reading of it.
 */
class GeneratedJavadocTest {
  /** An operation method's declaration: result type, name, request type. */
  private static final Pattern OPERATION =
      Pattern.compile("\\s*default (\\w+Result) (\\w+)\\(\\s*(\\w+Request) request\\)");

  private static final Pattern THROWS = Pattern.compile("@throws (\\w+) (.*)");

  /** An asynchronous operation method's declaration: result type, name, request type. */
  private static final Pattern ASYNC_OPERATION =
      Pattern.compile(
          "\\s*default CompletableFuture<(\\w+Result)> (\\w+)\\(\\s*(\\w+Request) request\\)");

  /** A failure of an asynchronous operation's future, one item of its Javadoc's list. */
  private static final Pattern FAILS = Pattern.compile("<li>\\{@link (\\w+)} (.*?);?");

  @Test
  void everyOperationsJavadocStatesItsMethodPathRequiredMembersAndErrors() throws Exception {
    JsonNode model = new ObjectMapper().readTree(SharedDir.modelFile().toFile());
    String serviceId = model.path("service").path("id").asText();
    String client =
        Generator.generate(ModelJson.read(SharedDir.modelFile()), Generator.Target.CLIENT)
            .get("dev/apigw/client/" + serviceId + "Client.java");
    Map<String, String> docs = operationDocs(client);

    assertThat(docs).hasSize(model.path("operations").size());
    model
        .path("operations")
        .properties()
        .forEach(
            entry -> {
              String name = entry.getKey();
              JsonNode op = entry.getValue();
              String doc = docs.get(Names.lowerCamel(name));
              assertThat(doc).as(name).isNotNull();

              JsonNode http = op.path("http");
              assertThat(doc)
                  .as(name)
                  .contains(
                      "Calls {@code "
                          + name
                          + "}: {@code "
                          + http.path("method").asText()
                          + " "
                          + http.path("uri").asText()
                          + "}.");

              List<String> required = new ArrayList<>();
              model
                  .path("shapes")
                  .path(op.path("input").asText())
                  .path("members")
                  .properties()
                  .forEach(
                      member -> {
                        if (member.getValue().path("required").asBoolean()) {
                          required.add("{@code " + Names.lowerCamel(member.getKey()) + "}");
                        }
                      });
              assertThat(doc)
                  .as(name)
                  .contains(
                      required.isEmpty()
                          ? "No member of the request is required."
                          : "Required members of the request: "
                              + String.join(", ", required)
                              + ".");

              Map<String, String> thrown = new LinkedHashMap<>();
              for (String line :
                  doc.lines().map(l -> l.replaceFirst("^\\s*\\*\\s?", "")).toList()) {
                Matcher matcher = THROWS.matcher(line);
                if (matcher.matches()) {
                  thrown.put(matcher.group(1), matcher.group(2));
                }
              }
              TreeSet<String> expected =
                  new TreeSet<>(
                      List.of(
                          serviceId + "Exception",
                          "SdkClientException",
                          "IllegalArgumentException",
                          "UnsupportedOperationException"));
              for (JsonNode error : op.path("errors")) {
                String code = error.asText();
                expected.add(code);
                int status = model.path("shapes").path(code).path("errorStatus").asInt();
                assertThat(thrown.get(code))
                    .as(name + " throws " + code)
                    .isEqualTo(
                        "when the service answers {@code " + code + "} (HTTP " + status + ")");
              }
              assertThat(new TreeSet<>(thrown.keySet())).as(name).isEqualTo(expected);
            });
  }

  @Test
  void everyAsyncOperationsJavadocStatesTheSameFactsForItsFuture() throws Exception {
    JsonNode model = new ObjectMapper().readTree(SharedDir.modelFile().toFile());
    String serviceId = model.path("service").path("id").asText();
    String client =
        Generator.generate(ModelJson.read(SharedDir.modelFile()), Generator.Target.CLIENT)
            .get("dev/apigw/client/" + serviceId + "AsyncClient.java");
    Map<String, String> docs = operationDocs(client, ASYNC_OPERATION);

    assertThat(docs).hasSize(model.path("operations").size());
    model
        .path("operations")
        .properties()
        .forEach(
            entry -> {
              String name = entry.getKey();
              JsonNode op = entry.getValue();
              String doc = docs.get(Names.lowerCamel(name));
              assertThat(doc).as(name).isNotNull();
              JsonNode http = op.path("http");
              assertThat(doc)
                  .as(name)
                  .contains(
                      "Starts {@code "
                          + name
                          + "}: {@code "
                          + http.path("method").asText()
                          + " "
                          + http.path("uri").asText()
                          + "}.")
                  .contains(requiredSentence(model, op));

              Map<String, String> fails = new LinkedHashMap<>();
              for (String line :
                  doc.lines().map(l -> l.replaceFirst("^\\s*\\*\\s*", "")).toList()) {
                Matcher matcher = FAILS.matcher(line);
                if (matcher.matches()) {
                  fails.put(matcher.group(1), matcher.group(2));
                }
              }
              TreeSet<String> expected =
                  new TreeSet<>(
                      List.of(
                          serviceId + "Exception",
                          "SdkClientException",
                          "IllegalArgumentException",
                          "UnsupportedOperationException"));
              for (JsonNode error : op.path("errors")) {
                String code = error.asText();
                expected.add(code);
                int status = model.path("shapes").path(code).path("errorStatus").asInt();
                assertThat(fails.get(code))
                    .as(name + " fails with " + code)
                    .isEqualTo(
                        "when the service answers {@code " + code + "} (HTTP " + status + ")");
              }
              assertThat(new TreeSet<>(fails.keySet())).as(name).isEqualTo(expected);
            });
  }

  private static String requiredSentence(JsonNode model, JsonNode op) {
    List<String> required = new ArrayList<>();
    model
        .path("shapes")
        .path(op.path("input").asText())
        .path("members")
        .properties()
        .forEach(
            member -> {
              if (member.getValue().path("required").asBoolean()) {
                required.add("{@code " + Names.lowerCamel(member.getKey()) + "}");
              }
            });
    return required.isEmpty()
        ? "No member of the request is required."
        : "Required members of the request: " + String.join(", ", required) + ".";
  }

  /** The Javadoc of each operation method that takes a request object, by method name. */
  private static Map<String, String> operationDocs(String source) {
    return operationDocs(source, OPERATION);
  }

  private static Map<String, String> operationDocs(String source, Pattern operation) {
    Map<String, String> docs = new LinkedHashMap<>();
    for (int start = source.indexOf("/**"); start >= 0; start = source.indexOf("/**", start + 3)) {
      int end = source.indexOf("*/", start);
      int declarationEnd = source.indexOf('{', end);
      Matcher declaration = operation.matcher(source.substring(end + 2, declarationEnd));
      if (declaration.lookingAt()) {
        docs.put(declaration.group(2), source.substring(start + 3, end));
      }
    }
    return docs;
  }
}

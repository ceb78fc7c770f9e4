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
 * The Javadoc of both clients says, for every operation of the project's model, what the model
 * says: the HTTP method and path, the required members of the request, and for each error it lists
 * (with the error's status), besides the SDK's own, an {@code @throws} of the blocking client or an
 * item of the list of what the asynchronous client's future fails with. The model is read here as
 * plain JSON, apart from the generator's reading of it.
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
    checkEveryOperation("Client", OPERATION, "Calls", THROWS);
  }

  @Test
  void everyAsyncOperationsJavadocStatesTheSameFactsForItsFuture() throws Exception {
    checkEveryOperation("AsyncClient", ASYNC_OPERATION, "Starts", FAILS);
  }

  /**
   * Checks the Javadoc of every operation of the generated {@code <service><suffix>}: its first
   * sentence ({@code <verb> {@code Op}: {@code METHOD uri}.}), the required members, and one line
   * matching {@code errorLine} for each error of the model (with its status) and for the SDK's own
   * exceptions.
   */
  private static void checkEveryOperation(
      String suffix, Pattern declaration, String verb, Pattern errorLine) throws Exception {
    JsonNode model = new ObjectMapper().readTree(SharedDir.modelFile().toFile());
    String serviceId = model.path("service").path("id").asText();
    String client =
        Generator.generate(ModelJson.read(SharedDir.modelFile()), Generator.Target.CLIENT)
            .get("dev/apigw/client/" + serviceId + suffix + ".java");
    Map<String, String> docs = operationDocs(client, declaration);

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
                      verb
                          + " {@code "
                          + name
                          + "}: {@code "
                          + http.path("method").asText()
                          + " "
                          + http.path("uri").asText()
                          + "}.")
                  .contains(requiredSentence(model, op));

              Map<String, String> documented = new LinkedHashMap<>();
              for (String line :
                  doc.lines().map(l -> l.replaceFirst("^\\s*\\*\\s*", "")).toList()) {
                Matcher matcher = errorLine.matcher(line);
                if (matcher.matches()) {
                  documented.put(matcher.group(1), matcher.group(2));
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
                assertThat(documented.get(code))
                    .as(name + " documents " + code)
                    .isEqualTo(
                        "when the service answers {@code " + code + "} (HTTP " + status + ")");
              }
              assertThat(new TreeSet<>(documented.keySet())).as(name).isEqualTo(expected);
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

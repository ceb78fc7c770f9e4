package dev.apigw.codegen.importer;

import static dev.apigw.codegen.importer.AwsJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.codegen.model.Pagination;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How an operation pages: as AWS's paginator file says, or else as its shapes show. */
final class AwsPagination {
  private static final String NEXT_TOKEN = "NextToken";
  private static final String MAX_RESULTS = "MaxResults";

  private AwsPagination() {}

  static Optional<Pagination> of(
      String operation,
      JsonNode paginators,
      JsonNode awsShapes,
      JsonNode input,
      Optional<JsonNode> output) {
    return declared(operation, paginators).or(() -> inferred(awsShapes, input, output));
  }

  private static Optional<Pagination> declared(String operation, JsonNode paginators) {
    JsonNode node = paginators.path("pagination").path(operation);
    if (node.isMissingNode()) {
      return Optional.empty();
    }
    return Optional.of(
        new Pagination(
            text(node, "input_token"),
            text(node, "output_token"),
            Optional.ofNullable(node.get("limit_key")).map(JsonNode::asText),
            text(node, "result_key")));
  }

  /**
   * AWS's paginator file leaves out some operations that page all the same. An operation pages when
   * its input takes a NextToken in the query and its output returns one beside exactly one list.
   */
  private static Optional<Pagination> inferred(
      JsonNode awsShapes, JsonNode input, Optional<JsonNode> output) {
    JsonNode inputToken = input.path("members").path(NEXT_TOKEN);
    if (output.isEmpty() || !"querystring".equals(inputToken.path("location").asText())) {
      return Optional.empty();
    }
    JsonNode outputMembers = output.get().path("members");
    if (!outputMembers.has(NEXT_TOKEN)) {
      return Optional.empty();
    }
    List<String> lists = new ArrayList<>();
    outputMembers
        .properties()
        .forEach(
            e -> {
              if ("list"
                  .equals(
                      awsShapes.path(e.getValue().path("shape").asText()).path("type").asText())) {
                lists.add(e.getKey());
              }
            });
    if (lists.size() != 1) {
      return Optional.empty();
    }
    Optional<String> limit =
        input.path("members").has(MAX_RESULTS) ? Optional.of(MAX_RESULTS) : Optional.empty();
    return Optional.of(new Pagination(NEXT_TOKEN, NEXT_TOKEN, limit, lists.get(0)));
  }
}

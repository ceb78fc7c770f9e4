package dev.apigw.codegen.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reads and writes the model file's {@code waiters} section, for {@link ModelJson}. */
final class WaiterJson {
  private WaiterJson() {}

  static SortedMap<String, Waiter> read(JsonNode root) {
    SortedMap<String, Waiter> waiters = new TreeMap<>();
    JsonNode section = root.get("waiters");
    if (section == null || section.isNull()) {
      return waiters;
    }
    section.properties().forEach(e -> waiters.put(e.getKey(), waiter(e.getKey(), e.getValue())));
    return waiters;
  }

  private static Waiter waiter(String name, JsonNode node) {
    List<WaiterAcceptor> acceptors = new ArrayList<>();
    required(node, "acceptors")
        .forEach(
            a ->
                acceptors.add(
                    new WaiterAcceptor(
                        text(a, "state"),
                        text(a, "matcher"),
                        optionalText(a, "path"),
                        text(a, "expected"))));
    return new Waiter(
        name,
        text(node, "operation"),
        required(node, "delaySeconds").asInt(),
        required(node, "maxAttempts").asInt(),
        optionalText(node, "statusMessage"),
        acceptors);
  }

  static void write(SortedMap<String, Waiter> waiters, ObjectNode root) {
    if (waiters.isEmpty()) {
      return;
    }
    ObjectNode section = root.putObject("waiters");
    waiters.forEach(
        (name, waiter) -> {
          ObjectNode node = section.putObject(name);
          node.put("operation", waiter.operation());
          node.put("delaySeconds", waiter.delaySeconds());
          node.put("maxAttempts", waiter.maxAttempts());
          waiter.statusMessage().ifPresent(path -> node.put("statusMessage", path));
          ArrayNode acceptors = node.putArray("acceptors");
          for (WaiterAcceptor acceptor : waiter.acceptors()) {
            ObjectNode a = acceptors.addObject();
            a.put("state", acceptor.state());
            a.put("matcher", acceptor.matcher());
            acceptor.path().ifPresent(path -> a.put("path", path));
            a.put("expected", acceptor.expected());
          }
        });
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("The model's waiter lacks '" + field + "': " + node);
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    return required(node, field).asText();
  }

  private static Optional<String> optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }
}

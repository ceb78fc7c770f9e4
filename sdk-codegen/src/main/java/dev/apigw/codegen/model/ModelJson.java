package dev.apigw.codegen.model;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Reads and writes the project's model file. Writing is deterministic: the same model gives the
 * same bytes.
 */
public final class ModelJson {
  /** The version of the file's layout; bump it when the layout changes. */
  public static final int FORMAT = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ModelJson() {}

  public static ServiceModel read(Path file) {
    try {
      return read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the model file " + file, e);
    }
  }

  public static ServiceModel read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("The model file is not valid JSON: " + e.getMessage(), e);
    }
    int format = required(root, "format").asInt();
    if (format != FORMAT) {
      throw new IllegalArgumentException(
          "The model file has format " + format + "; this generator reads " + FORMAT);
    }
    JsonNode service = required(root, "service");
    ServiceInfo info =
        new ServiceInfo(
            text(service, "id"),
            text(service, "fullName"),
            text(service, "apiVersion"),
            text(service, "signingName"),
            text(service, "endpointPrefix"),
            text(service, "protocol"),
            text(service, "signatureVersion"),
            texts(service, "auth"));

    var operations = new TreeMap<String, Operation>();
    required(root, "operations")
        .properties()
        .forEach(e -> operations.put(e.getKey(), readOperation(e.getKey(), e.getValue())));
    var shapes = new TreeMap<String, Shape>();
    required(root, "shapes")
        .properties()
        .forEach(e -> shapes.put(e.getKey(), readShape(e.getKey(), e.getValue())));
    return new ServiceModel(info, operations, shapes, WaiterJson.read(root));
  }

  private static Operation readOperation(String name, JsonNode node) {
    JsonNode http = required(node, "http");
    Optional<Pagination> pagination =
        optional(node, "pagination")
            .map(
                p ->
                    new Pagination(
                        text(p, "inputToken"),
                        text(p, "outputToken"),
                        optionalText(p, "limit"),
                        text(p, "items")));
    return new Operation(
        name,
        new HttpBinding(
            text(http, "method"), text(http, "uri"), required(http, "successStatus").asInt()),
        text(node, "input"),
        optionalText(node, "output"),
        texts(node, "errors"),
        pagination);
  }

  private static Shape readShape(String name, JsonNode node) {
    List<Member> members = new ArrayList<>();
    optional(node, "members")
        .ifPresent(
            m ->
                m.properties()
                    .forEach(
                        e -> {
                          JsonNode member = e.getValue();
                          members.add(
                              new Member(
                                  e.getKey(),
                                  text(member, "target"),
                                  Location.fromWireName(text(member, "location")),
                                  text(member, "wireName"),
                                  member.path("required").asBoolean(false),
                                  texts(member, "enum")));
                        }));
    return new Shape(
        name,
        ShapeType.fromWireName(text(node, "type")),
        members,
        texts(node, "enum"),
        optional(node, "min").map(JsonNode::asLong),
        optional(node, "max").map(JsonNode::asLong),
        optionalText(node, "pattern"),
        optionalText(node, "timestampFormat"),
        optionalText(node, "member"),
        optionalText(node, "key"),
        optionalText(node, "value"),
        optional(node, "errorStatus")
            .map(n -> OptionalInt.of(n.asInt()))
            .orElse(OptionalInt.empty()));
  }

  public static void write(ServiceModel model, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, write(model), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the model file " + file, e);
    }
  }

  public static String write(ServiceModel model) {
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    ServiceInfo info = model.service();
    ObjectNode service = root.putObject("service");
    service.put("id", info.id());
    service.put("fullName", info.fullName());
    service.put("apiVersion", info.apiVersion());
    service.put("signingName", info.signingName());
    service.put("endpointPrefix", info.endpointPrefix());
    service.put("protocol", info.protocol());
    service.put("signatureVersion", info.signatureVersion());
    if (!info.auth().isEmpty()) {
      putTexts(service, "auth", info.auth());
    }

    ObjectNode operations = root.putObject("operations");
    model
        .operations()
        .forEach(
            (name, op) -> {
              ObjectNode node = operations.putObject(name);
              ObjectNode http = node.putObject("http");
              http.put("method", op.http().method());
              http.put("uri", op.http().uri());
              http.put("successStatus", op.http().successStatus());
              node.put("input", op.input());
              op.output().ifPresent(output -> node.put("output", output));
              putTexts(node, "errors", op.errors());
              op.pagination()
                  .ifPresent(
                      p -> {
                        ObjectNode pagination = node.putObject("pagination");
                        pagination.put("inputToken", p.inputToken());
                        pagination.put("outputToken", p.outputToken());
                        p.limit().ifPresent(limit -> pagination.put("limit", limit));
                        pagination.put("items", p.items());
                      });
            });

    ObjectNode shapes = root.putObject("shapes");
    model
        .shapes()
        .forEach(
            (name, shape) -> {
              ObjectNode node = shapes.putObject(name);
              node.put("type", shape.type().wireName());
              shape.errorStatus().ifPresent(status -> node.put("errorStatus", status));
              if (!shape.enumValues().isEmpty()) {
                putTexts(node, "enum", shape.enumValues());
              }
              shape.min().ifPresent(min -> node.put("min", min));
              shape.max().ifPresent(max -> node.put("max", max));
              shape.pattern().ifPresent(pattern -> node.put("pattern", pattern));
              shape.timestampFormat().ifPresent(format -> node.put("timestampFormat", format));
              shape.listMember().ifPresent(member -> node.put("member", member));
              shape.mapKey().ifPresent(key -> node.put("key", key));
              shape.mapValue().ifPresent(value -> node.put("value", value));
              if (shape.type() == ShapeType.STRUCTURE) {
                ObjectNode members = node.putObject("members");
                for (Member member : shape.members()) {
                  ObjectNode m = members.putObject(member.name());
                  m.put("target", member.target());
                  m.put("location", member.location().wireName());
                  m.put("wireName", member.wireName());
                  if (member.required()) {
                    m.put("required", true);
                  }
                  if (!member.enumValues().isEmpty()) {
                    putTexts(m, "enum", member.enumValues());
                  }
                }
              }
            });

    WaiterJson.write(model.waiters(), root);

    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void putTexts(ObjectNode node, String field, List<String> values) {
    ArrayNode array = node.putArray(field);
    values.forEach(array::add);
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(
          "The model file lacks '" + field + "' in " + abbreviate(node));
    }
    return value;
  }

  private static Optional<JsonNode> optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  private static String text(JsonNode node, String field) {
    return required(node, field).asText();
  }

  private static Optional<String> optionalText(JsonNode node, String field) {
    return optional(node, field).map(JsonNode::asText);
  }

  private static List<String> texts(JsonNode node, String field) {
    List<String> values = new ArrayList<>();
    optional(node, field).ifPresent(array -> array.forEach(v -> values.add(v.asText())));
    return values;
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() <= 120 ? text : text.substring(0, 120) + "…";
  }
}

package dev.apigw.codegen.importer;

import static dev.apigw.codegen.importer.AwsJson.checkKeys;
import static dev.apigw.codegen.importer.AwsJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.codegen.model.HttpBinding;
import dev.apigw.codegen.model.Location;
import dev.apigw.codegen.model.Member;
import dev.apigw.codegen.model.Operation;
import dev.apigw.codegen.model.Pagination;
import dev.apigw.codegen.model.ServiceInfo;
import dev.apigw.codegen.model.ServiceModel;
import dev.apigw.codegen.model.Shape;
import dev.apigw.codegen.model.ShapeType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns AWS's rest-json model ({@code service-2.json} and {@code paginators-1.json}) into the
 * project's model. Keeps facts only: documentation is dropped, and so are shapes no operation
 * reaches. Fails on any model key it does not understand, so that a newer model is not half read.
 */
public final class AwsModelImporter {
  private static final Set<String> METADATA_KEYS =
      Set.of(
          "apiVersion",
          "auth",
          "endpointPrefix",
          "jsonVersion",
          "protocol",
          "serviceFullName",
          "serviceId",
          "signatureVersion",
          "signingName",
          "uid");
  private static final String SIGV4_AUTH = "aws.auth#sigv4";
  private static final Set<String> OPERATION_KEYS =
      Set.of("name", "http", "input", "output", "errors", "idempotent");
  private static final Set<String> HTTP_KEYS = Set.of("method", "requestUri", "responseCode");
  private static final Set<String> SHAPE_KEYS =
      Set.of(
          "type",
          "members",
          "required",
          "exception",
          "error",
          "payload",
          "enum",
          "min",
          "max",
          "pattern",
          "timestampFormat",
          "member",
          "key",
          "value");
  private static final Set<String> MEMBER_KEYS =
      Set.of("shape", "location", "locationName", "enum");
  private static final Set<String> ERROR_KEYS = Set.of("httpStatusCode", "code", "senderFault");

  private AwsModelImporter() {}

  public static ServiceModel importModel(JsonNode service, JsonNode paginators) {
    JsonNode metadata = service.path("metadata");
    metadata
        .fieldNames()
        .forEachRemaining(
            key -> {
              if (!METADATA_KEYS.contains(key)) {
                throw new IllegalArgumentException(
                    "Unknown metadata key '" + key + "': teach the importer what it means");
              }
            });
    List<String> auth = new ArrayList<>();
    if (metadata.has("auth") && !metadata.get("auth").isArray()) {
      throw new IllegalArgumentException(
          "metadata.auth must be a list of auth schemes: " + metadata.get("auth"));
    }
    metadata.path("auth").forEach(scheme -> auth.add(scheme.asText()));
    if (!auth.isEmpty() && !auth.contains(SIGV4_AUTH)) {
      throw new IllegalArgumentException(
          "The service's auth schemes "
              + auth
              + " do not include "
              + SIGV4_AUTH
              + ", the only one this SDK signs with");
    }
    String protocol = text(metadata, "protocol");
    if (!protocol.equals("rest-json")) {
      throw new IllegalArgumentException("Only rest-json services are supported, not " + protocol);
    }
    ServiceInfo info =
        new ServiceInfo(
            text(metadata, "serviceId"),
            text(metadata, "serviceFullName"),
            text(metadata, "apiVersion"),
            text(metadata, "signingName"),
            text(metadata, "endpointPrefix"),
            protocol,
            text(metadata, "signatureVersion"),
            auth);

    JsonNode awsShapes = service.path("shapes");
    var operations = new TreeMap<String, Operation>();
    Deque<String> toVisit = new ArrayDeque<>();
    for (Map.Entry<String, JsonNode> entry : service.path("operations").properties()) {
      Operation operation =
          importOperation(entry.getKey(), entry.getValue(), paginators, awsShapes);
      operations.put(operation.name(), operation);
      toVisit.add(operation.input());
      operation.output().ifPresent(toVisit::add);
      toVisit.addAll(operation.errors());
    }

    var shapes = new TreeMap<String, Shape>();
    Set<String> seen = new HashSet<>();
    while (!toVisit.isEmpty()) {
      String name = toVisit.pop();
      if (!seen.add(name)) {
        continue;
      }
      JsonNode node = awsShapes.get(name);
      if (node == null) {
        throw new IllegalArgumentException(
            "The model refers to a shape it does not define: " + name);
      }
      Shape shape = importShape(name, node);
      shapes.put(name, shape);
      shape.members().forEach(m -> toVisit.add(m.target()));
      shape.listMember().ifPresent(toVisit::add);
      shape.mapKey().ifPresent(toVisit::add);
      shape.mapValue().ifPresent(toVisit::add);
    }
    return new ServiceModel(info, operations, shapes);
  }

  private static Operation importOperation(
      String name, JsonNode node, JsonNode paginators, JsonNode awsShapes) {
    checkKeys("operation " + name, node, OPERATION_KEYS);
    JsonNode http = node.path("http");
    checkKeys("the HTTP binding of " + name, http, HTTP_KEYS);
    HttpBinding binding =
        new HttpBinding(
            text(http, "method"), text(http, "requestUri"), http.path("responseCode").asInt(200));
    String input = text(node.path("input"), "shape");
    Optional<String> output =
        node.has("output") ? Optional.of(text(node.path("output"), "shape")) : Optional.empty();
    List<String> errors = new ArrayList<>();
    node.path("errors").forEach(e -> errors.add(text(e, "shape")));
    Optional<Pagination> pagination =
        AwsPagination.of(
            name, paginators, awsShapes, awsShapes.path(input), output.map(awsShapes::path));
    return new Operation(name, binding, input, output, errors, pagination);
  }

  private static Shape importShape(String name, JsonNode node) {
    checkKeys("shape " + name, node, SHAPE_KEYS);
    ShapeType type = ShapeType.fromWireName(text(node, "type"));
    Set<String> required = new HashSet<>();
    node.path("required").forEach(r -> required.add(r.asText()));
    String payload = node.path("payload").asText(null);

    List<Member> members = new ArrayList<>();
    node.path("members")
        .properties()
        .forEach(
            e -> {
              String memberName = e.getKey();
              JsonNode member = e.getValue();
              checkKeys("member " + name + "." + memberName, member, MEMBER_KEYS);
              Location location =
                  memberName.equals(payload)
                      ? Location.PAYLOAD
                      : location(name, memberName, member);
              String wireName = member.path("locationName").asText(memberName);
              List<String> enumValues = new ArrayList<>();
              member.path("enum").forEach(v -> enumValues.add(v.asText()));
              members.add(
                  new Member(
                      memberName,
                      text(member, "shape"),
                      location,
                      wireName,
                      required.contains(memberName),
                      enumValues));
            });
    for (String r : required) {
      if (!node.path("members").has(r)) {
        throw new IllegalArgumentException(
            "Shape " + name + " requires a member it does not have: " + r);
      }
    }

    OptionalInt errorStatus = OptionalInt.empty();
    if (node.path("exception").asBoolean(false)) {
      checkKeys("the error of " + name, node.path("error"), ERROR_KEYS);
      errorStatus = OptionalInt.of(node.path("error").path("httpStatusCode").asInt(400));
    }
    List<String> enumValues = new ArrayList<>();
    node.path("enum").forEach(v -> enumValues.add(v.asText()));
    return new Shape(
        name,
        type,
        members,
        enumValues,
        node.has("min") ? Optional.of(node.get("min").asLong()) : Optional.empty(),
        node.has("max") ? Optional.of(node.get("max").asLong()) : Optional.empty(),
        Optional.ofNullable(node.get("pattern")).map(JsonNode::asText),
        Optional.ofNullable(node.get("timestampFormat")).map(JsonNode::asText),
        Optional.ofNullable(node.get("member")).map(m -> text(m, "shape")),
        Optional.ofNullable(node.get("key")).map(k -> text(k, "shape")),
        Optional.ofNullable(node.get("value")).map(v -> text(v, "shape")),
        errorStatus);
  }

  private static Location location(String shape, String member, JsonNode node) {
    String location = node.path("location").asText("");
    switch (location) {
      case "":
        return Location.BODY;
      case "uri":
        return Location.PATH;
      case "querystring":
        return Location.QUERY;
      case "header":
        return Location.HEADER;
      default:
        throw new IllegalArgumentException(
            "Member "
                + shape
                + "."
                + member
                + " has a location this importer does not know: "
                + location);
    }
  }
}

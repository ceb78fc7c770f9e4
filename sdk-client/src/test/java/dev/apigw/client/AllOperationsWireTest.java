package dev.apigw.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.codegen.generator.Names;
import dev.apigw.codegen.model.Location;
import dev.apigw.codegen.model.Member;
import dev.apigw.codegen.model.Operation;
import dev.apigw.codegen.model.Shape;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.client.SdkClientBuilder;
import dev.apigw.core.result.ResponseMetadata;
import dev.apigw.core.result.SdkResult;
import dev.apigw.model.ModelFixtures;
import dev.apigw.model.ModelFixtures.ValueType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the model, end to end over HTTP: a request with every member set goes through
 * the generated client to MockWebServer, and what arrives is checked against expectations computed
 * here from the model alone (HTTP method, URI template, member locations and wire names) — never
 * from the generated marshallers. The answer is a full result, which must come back equal.
 */
class AllOperationsWireTest {
  static final int OPERATION_COUNT = 103;
  static final Instant SIGNING_TIME = Instant.parse("2025-01-01T00:00:00Z");
  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The payload served for operations whose result is a raw body: text with non-ASCII, not JSON.
   */
  static final byte[] PAYLOAD_BYTES =
      "openapi: \"3.0.1\"\ninfo:\n  title: café ✓ \"exported\"\n".getBytes(StandardCharsets.UTF_8);

  private MockWebServer server;
  private ApiGatewayV2Client client;

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
    client =
        build(
            builder ->
                builder
                    .region("us-east-1")
                    .credentials(Credentials.of("AKID", "SECRET"))
                    .endpoint(URI.create(server.url("/").toString()))
                    .clock(Clock.fixed(SIGNING_TIME, ZoneOffset.UTC)));
  }

  /**
   * The client under test, seen through the blocking interface; {@link AsyncAllOperationsWireTest}
   * overrides it.
   */
  ApiGatewayV2Client build(Consumer<SdkClientBuilder<?, ?>> settings) {
    ApiGatewayV2Client.Builder builder = ApiGatewayV2Client.builder();
    settings.accept(builder);
    return builder.build();
  }

  @AfterEach
  void stopServer() {
    client.close();
    server.close();
  }

  static Stream<Operation> operations() {
    return ModelFixtures.MODEL.operations().values().stream();
  }

  @Test
  void theTableCoversAllOperations() {
    assertThat(ModelFixtures.MODEL.operations()).hasSize(OPERATION_COUNT);
    assertThat(operations().map(op -> clientMethod(op).getName()).distinct())
        .hasSize(OPERATION_COUNT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void fullRequestAndFullResultOnTheWire(Operation op) throws Exception {
    // script
    Object request = fullRequest(op);
    Object expectedResult = fullResult(op);
    String requestId = "req-" + op.name() + "-1";
    server.enqueue(successResponse(op, expectedResult, requestId));

    // run
    Object result = call(client, op, request);

    // verify: the request
    RecordedRequest recorded = server.takeRequest(10, TimeUnit.SECONDS);
    assertThat(recorded).as("%s reached the server", op.name()).isNotNull();
    verifyRequest(op, request, recorded);

    // verify: the result
    assertThat(result).as("%s result", op.name()).isEqualTo(expectedResult);
    ResponseMetadata metadata = ((SdkResult) result).responseMetadata();
    assertThat(metadata.statusCode()).isEqualTo(op.http().successStatus());
    assertThat(metadata.requestId()).contains(requestId);
    Optional<Member> payload = payloadMember(outputShape(op));
    if (payload.isPresent()) {
      assertThat((byte[]) ModelFixtures.invoke(result, ModelFixtures.javaName(payload.get())))
          .isEqualTo(PAYLOAD_BYTES);
      assertThat(ModelFixtures.invoke(result, ModelFixtures.javaName(payload.get()) + "AsString"))
          .isEqualTo(new String(PAYLOAD_BYTES, StandardCharsets.UTF_8));
    }
  }

  /**
   * Only ExportApi returns a raw payload; a model change there should be looked at, not pass
   * silently.
   */
  @Test
  void theOnlyRawPayloadResultIsExportApi() {
    assertThat(
            operations()
                .filter(op -> payloadMember(outputShape(op)).isPresent())
                .map(Operation::name))
        .containsExactly("ExportApi");
    assertThat(operations().filter(op -> payloadMember(inputShape(op)).isPresent())).isEmpty();
  }

  /**
   * A request with only its required members: the body carries exactly the required body members,
   * so operations whose body members are all optional send {@code {}} (with {@code Content-Type:
   * application/json}), and operations without body members send no body at all.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void minimalRequestSendsOnlyRequiredMembers(Operation op) throws Exception {
    // script
    Object request = minimalRequest(op);
    server.enqueue(minimalResponse(op, "req-" + op.name() + "-min"));

    // run
    call(client, op, request);

    // verify
    RecordedRequest recorded = server.takeRequest(10, TimeUnit.SECONDS);
    assertThat(recorded).isNotNull();
    verifyRequest(op, request, recorded);
    if (hasBodyMembers(op) && bodyMembers(op).stream().noneMatch(Member::required)) {
      assertThat(recorded.getHeaders().get("Content-Type")).isEqualTo("application/json");
      assertThat(recorded.getBody().utf8()).isEqualTo("{}");
    }
  }

  /**
   * The operations whose body members are all optional, for which the test above expects exactly
   * {@code {}}.
   */
  @Test
  void someOperationsHaveOnlyOptionalBodyMembers() {
    List<String> emptyBodyOps =
        operations()
            .filter(
                op -> hasBodyMembers(op) && bodyMembers(op).stream().noneMatch(Member::required))
            .map(Operation::name)
            .toList();
    assertThat(emptyBodyOps)
        .contains("UpdateApi", "UpdateRoute", "UpdateStage", "TagResource", "CreateDeployment");
    assertThat(emptyBodyOps).contains("PublishPortal", "UpdatePortal").hasSize(18);
  }

  /**
   * Path labels and query values made of the characters most likely to be mis-encoded: every ASCII
   * punctuation character ({@code +}, {@code %}, {@code &}, {@code =}, {@code ~}, {@code '} ...), a
   * tab, and non-ASCII up to a character outside the BMP. The path must be their exact RFC 3986
   * form; the query must decode to them and be on the wire in the RFC 3986 form too (so a {@code +}
   * is never read as a space).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("operationsWithPathOrQueryStrings")
  void awkwardPathAndQueryValuesAreEncodedPerRfc3986(Operation op) throws Exception {
    // script
    Object request = awkwardRequest(op);
    server.enqueue(minimalResponse(op, "req-" + op.name() + "-awkward"));

    // run
    call(client, op, request);

    // verify
    RecordedRequest recorded = server.takeRequest(10, TimeUnit.SECONDS);
    assertThat(recorded).isNotNull();
    verifyRequest(op, request, recorded);
    String target = recorded.getTarget();
    if (target.indexOf('?') >= 0) {
      for (String pair : target.substring(target.indexOf('?') + 1).split("&", -1)) {
        String[] parts = pair.split("=", -1);
        assertThat(parts).as("%s query pair %s", op.name(), pair).hasSize(2);
        assertThat(parts[1])
            .as("%s query value on the wire", op.name())
            .isEqualTo(rfc3986(percentDecode(parts[1])));
      }
    }
  }

  @Test
  void awkwardValuesReachEveryPathAndQueryBinding() {
    long ops = operationsWithPathOrQueryStrings().count();
    long pathOrQuery =
        operations()
            .filter(
                op ->
                    inputShape(op).members().stream()
                        .anyMatch(
                            m -> m.location() == Location.PATH || m.location() == Location.QUERY))
            .count();
    assertThat(ops).isEqualTo(pathOrQuery).isGreaterThan(60);
  }

  // ---- verification, from the model
  // ---------------------------------------------------------------------------

  static void verifyRequest(Operation op, Object request, RecordedRequest recorded)
      throws IOException {
    String name = op.name();
    assertThat(recorded.getMethod()).as("%s method", name).isEqualTo(op.http().method());

    String target = recorded.getTarget();
    int q = target.indexOf('?');
    String rawPath = q < 0 ? target : target.substring(0, q);
    String rawQuery = q < 0 ? null : target.substring(q + 1);
    assertThat(rawPath).as("%s path", name).isEqualTo(expectedPath(op, request));

    assertThat(decodeQuery(rawQuery)).as("%s query", name).isEqualTo(expectedQuery(op, request));

    for (Member member : inputShape(op).members()) {
      if (member.location() == Location.HEADER) {
        Optional<Object> value = read(request, member);
        assertThat(Optional.ofNullable(recorded.getHeaders().get(member.wireName())))
            .as("%s header %s", name, member.wireName())
            .isEqualTo(value.map(AllOperationsWireTest::scalarText));
      }
    }

    String authorization = recorded.getHeaders().get("Authorization");
    assertThat(authorization)
        .as("%s Authorization", name)
        .startsWith("AWS4-HMAC-SHA256 Credential=AKID/20250101/us-east-1/apigateway/aws4_request");
    assertThat(recorded.getHeaders().get("X-Amz-Date")).isEqualTo("20250101T000000Z");

    if (!hasBodyMembers(op)) {
      assertThat(recorded.getBodySize()).as("%s has no body members: no body", name).isZero();
      assertThat(recorded.getHeaders().get("Content-Type")).as("%s Content-Type", name).isNull();
      return;
    }
    assertThat(recorded.getHeaders().get("Content-Type"))
        .as("%s Content-Type", name)
        .isEqualTo("application/json");
    JsonNode actual = JSON.readTree(recorded.getBody().utf8());
    ObjectNode expected = expectedBody(inputShape(op), request);
    Set<String> setBodyWireNames =
        bodyMembers(op).stream()
            .filter(m -> read(request, m).isPresent())
            .map(Member::wireName)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(fieldNames(actual))
        .as("%s body fields are the set body members' wire names", name)
        .isEqualTo(setBodyWireNames);
    assertThat(jsonEquals(actual, expected))
        .as("%s body%n  sent:     %s%n  expected: %s", name, actual, expected)
        .isTrue();
    // The generated codec agrees too (a second opinion; the model-derived tree above is the
    // oracle).
    assertThat(jsonEquals(actual, JSON.readTree(ModelFixtures.toJson(request)))).isTrue();
  }

  /**
   * The URI template with each label replaced by the RFC 3986 encoding of the member bound to it.
   */
  static String expectedPath(Operation op, Object request) {
    Map<String, Member> byLabel = new LinkedHashMap<>();
    for (Member member : inputShape(op).members()) {
      if (member.location() == Location.PATH) {
        byLabel.put(member.wireName(), member);
      }
    }
    Matcher labels = Pattern.compile("\\{([^}]+)}").matcher(op.http().uri());
    StringBuilder path = new StringBuilder();
    Set<String> used = new TreeSet<>();
    while (labels.find()) {
      Member member = byLabel.get(labels.group(1));
      assertThat(member).as("%s: a path member for {%s}", op.name(), labels.group(1)).isNotNull();
      used.add(labels.group(1));
      String value = (String) read(request, member).orElseThrow();
      labels.appendReplacement(path, Matcher.quoteReplacement(rfc3986(value)));
    }
    labels.appendTail(path);
    assertThat(used).as("%s: every path member has a label", op.name()).isEqualTo(byLabel.keySet());
    return path.toString();
  }

  /**
   * The set query members by wire name, lists repeating the name, values as text, in order per
   * name.
   */
  static Map<String, List<String>> expectedQuery(Operation op, Object request) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (Member member : inputShape(op).members()) {
      if (member.location() != Location.QUERY) {
        continue;
      }
      Optional<Object> value = read(request, member);
      if (value.isEmpty()) {
        continue;
      }
      List<String> values = query.computeIfAbsent(member.wireName(), k -> new ArrayList<>());
      if (value.get() instanceof List<?> list) {
        list.forEach(element -> values.add(scalarText(element)));
      } else {
        values.add(scalarText(value.get()));
      }
    }
    return query;
  }

  /** The JSON object of the body members of {@code value} that are set, built from the model. */
  static ObjectNode expectedBody(Shape shape, Object value) {
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    for (Member member : shape.members()) {
      if (member.location() != null && member.location() != Location.BODY) {
        continue;
      }
      Optional<Object> memberValue = read(value, member);
      memberValue.ifPresent(v -> object.set(member.wireName(), expectedJson(member.target(), v)));
    }
    return object;
  }

  static JsonNode expectedJson(String shapeName, Object value) {
    Shape shape = ModelFixtures.MODEL.shape(shapeName);
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (shape.type()) {
      case STRING:
        return nodes.textNode(scalarText(value));
      case BOOLEAN:
        return nodes.booleanNode((Boolean) value);
      case INTEGER:
        return nodes.numberNode((Integer) value);
      case LONG:
        return nodes.numberNode((Long) value);
      case DOUBLE:
        return nodes.numberNode((Double) value);
      case TIMESTAMP:
        Instant instant = (Instant) value;
        String format = shape.timestampFormat().orElse("unixTimestamp");
        if (format.equals("iso8601")) {
          return nodes.textNode(DateTimeFormatter.ISO_INSTANT.format(instant));
        }
        assertThat(format).as("timestamp format of %s", shapeName).isEqualTo("unixTimestamp");
        return nodes.numberNode(
            java.math.BigDecimal.valueOf(instant.getEpochSecond())
                .add(java.math.BigDecimal.valueOf(instant.getNano(), 9))
                .stripTrailingZeros());
      case BLOB:
        return nodes.textNode(Base64.getEncoder().encodeToString((byte[]) value));
      case LIST:
        ArrayNode array = nodes.arrayNode();
        for (Object element : (List<?>) value) {
          array.add(expectedJson(shape.listMember().orElseThrow(), element));
        }
        return array;
      case MAP:
        ObjectNode map = nodes.objectNode();
        ((Map<?, ?>) value)
            .forEach(
                (k, v) -> map.set((String) k, expectedJson(shape.mapValue().orElseThrow(), v)));
        return map;
      case STRUCTURE:
        return expectedBody(shape, value);
      default:
        throw new AssertionError("Unhandled shape type " + shape.type() + " of " + shapeName);
    }
  }

  // ---- building requests and responses
  // --------------------------------------------------------------------------

  static Object fullRequest(Operation op) {
    return ModelFixtures.fullInstance(valueType(op.name() + "Request"));
  }

  static Object minimalRequest(Operation op) {
    ValueType type = valueType(op.name() + "Request");
    return ModelFixtures.build(
        ModelFixtures.fullBuilder(type.type, type.members(), Member::required));
  }

  static final String AWKWARD =
      "a b+c*d~e'f(g)h!i$j&k=l;m,n:o@p/q?r#s%2Ft[u]v{w}x|y\\z^`<>\"\té€😀 .";

  static Stream<Operation> operationsWithPathOrQueryStrings() {
    return operations()
        .filter(
            op -> inputShape(op).members().stream().anyMatch(AllOperationsWireTest::isAwkwardable));
  }

  /** A path or query member holding a plain string or a list of plain strings. */
  static boolean isAwkwardable(Member member) {
    if (member.location() != Location.PATH && member.location() != Location.QUERY) {
      return false;
    }
    Shape target = ModelFixtures.MODEL.shape(member.target());
    if (target.type() == dev.apigw.codegen.model.ShapeType.LIST) {
      target = ModelFixtures.MODEL.shape(target.listMember().orElseThrow());
    }
    return target.type() == dev.apigw.codegen.model.ShapeType.STRING && !target.isEnum();
  }

  /**
   * The required members, with every path and query string member (also optional ones) set to
   * awkward text.
   */
  static Object awkwardRequest(Operation op) {
    ValueType type = valueType(op.name() + "Request");
    Object builder = ModelFixtures.fullBuilder(type.type, type.members(), Member::required);
    for (Member member : type.members()) {
      if (!isAwkwardable(member)) {
        continue;
      }
      if (ModelFixtures.MODEL.shape(member.target()).type()
          == dev.apigw.codegen.model.ShapeType.LIST) {
        ModelFixtures.set(
            builder,
            member,
            List.of(member.name() + "1:" + AWKWARD, member.name() + "2:" + AWKWARD));
      } else {
        ModelFixtures.set(builder, member, member.name() + ":" + AWKWARD);
      }
    }
    return ModelFixtures.build(builder);
  }

  /** The full result the server answers with; for a raw payload result, {@link #PAYLOAD_BYTES}. */
  static Object fullResult(Operation op) {
    ValueType type = valueType(op.name() + "Result");
    Optional<Member> payload = payloadMember(outputShape(op));
    if (payload.isPresent()) {
      Object builder = ModelFixtures.newBuilder(type.type);
      ModelFixtures.set(builder, payload.get(), PAYLOAD_BYTES);
      return ModelFixtures.build(builder);
    }
    return ModelFixtures.fullInstance(type);
  }

  static MockResponse successResponse(Operation op, Object result, String requestId) {
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(op.http().successStatus())
            .addHeader("x-amzn-RequestId", requestId);
    Optional<Member> payload = payloadMember(outputShape(op));
    if (payload.isPresent()) {
      okio.Buffer bytes = new okio.Buffer().write(PAYLOAD_BYTES);
      return response.addHeader("Content-Type", "application/octet-stream").body(bytes).build();
    }
    if (op.output().isPresent() && op.http().successStatus() != 204) {
      return response
          .addHeader("Content-Type", "application/json")
          .body(ModelFixtures.toJson(result))
          .build();
    }
    return response.build();
  }

  static MockResponse minimalResponse(Operation op, String requestId) {
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(op.http().successStatus())
            .addHeader("x-amzn-RequestId", requestId);
    if (op.output().isPresent() && op.http().successStatus() != 204) {
      response.addHeader("Content-Type", "application/json").body("{}");
    }
    return response.build();
  }

  static Object call(ApiGatewayV2Client client, Operation op, Object request) throws Exception {
    try {
      return clientMethod(op).invoke(client, request);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  static Method clientMethod(Operation op) {
    try {
      return ApiGatewayV2Client.class.getMethod(
          Names.lowerCamel(op.name()), valueType(op.name() + "Request").type);
    } catch (NoSuchMethodException e) {
      throw new AssertionError("ApiGatewayV2Client has no method for " + op.name(), e);
    }
  }

  // ---- the model
  // ------------------------------------------------------------------------------------------------

  private static final Map<String, ValueType> VALUE_TYPES =
      ModelFixtures.valueTypes().stream()
          .collect(Collectors.toMap(t -> t.type.getSimpleName(), t -> t, (a, b) -> a));

  static ValueType valueType(String simpleName) {
    ValueType type = VALUE_TYPES.get(simpleName);
    if (type == null) {
      throw new AssertionError("No generated value type " + simpleName);
    }
    return type;
  }

  static Shape inputShape(Operation op) {
    return ModelFixtures.MODEL.shape(op.input());
  }

  static Optional<Shape> outputShape(Operation op) {
    return op.output().map(ModelFixtures.MODEL::shape);
  }

  static Optional<Member> payloadMember(Shape shape) {
    return shape.members().stream().filter(m -> m.location() == Location.PAYLOAD).findFirst();
  }

  static Optional<Member> payloadMember(Optional<Shape> shape) {
    return shape.flatMap(AllOperationsWireTest::payloadMember);
  }

  static List<Member> bodyMembers(Operation op) {
    return inputShape(op).members().stream().filter(m -> m.location() == Location.BODY).toList();
  }

  static boolean hasBodyMembers(Operation op) {
    return !bodyMembers(op).isEmpty();
  }

  /**
   * A member's value on a generated value, or empty when unset (optional empty, collection not
   * set).
   */
  static Optional<Object> read(Object value, Member member) {
    String name = ModelFixtures.javaName(member);
    Object read = ModelFixtures.invoke(value, name);
    if (read instanceof Optional<?> optional) {
      return optional.map(o -> o);
    }
    if (read instanceof List<?> || read instanceof Map<?, ?>) {
      String has = "has" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
      return Boolean.TRUE.equals(ModelFixtures.invoke(value, has))
          ? Optional.of(read)
          : Optional.empty();
    }
    return Optional.ofNullable(read);
  }

  /**
   * A scalar as the text the wire carries: enums by their wire value, the rest by their plain
   * string.
   */
  static String scalarText(Object value) {
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof Boolean || value instanceof Number) {
      return String.valueOf(value);
    }
    if (value instanceof Instant instant) {
      return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
    try {
      Method wireValue = value.getClass().getMethod("value");
      return (String) wireValue.invoke(value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("Not a scalar: " + value.getClass(), e);
    }
  }

  // ---- wire helpers (shared with AwsSdkOracleTest)
  // --------------------------------------------------------------

  /** RFC 3986 percent-encoding of UTF-8: only A-Z a-z 0-9 - _ . ~ stay, hex digits uppercase. */
  static String rfc3986(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || "-_.~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%')
            .append("0123456789ABCDEF".charAt(c >> 4))
            .append("0123456789ABCDEF".charAt(c & 0xF));
      }
    }
    return out.toString();
  }

  /** Strict percent-decoding (a {@code +} stays a {@code +}); fails on a malformed escape. */
  static String percentDecode(String encoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        assertThat(i + 2).as("escape at %d in %s", i, encoded).isLessThan(encoded.length());
        bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        assertThat((int) c).as("raw character in %s", encoded).isLessThan(0x80);
        bytes.write(c);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The decoded path segments of a raw path (split on raw {@code /} first, then decoded). */
  static List<String> decodedSegments(String rawPath) {
    return Stream.of(rawPath.split("/", -1)).map(AllOperationsWireTest::percentDecode).toList();
  }

  /** Decoded query parameters by name, values in order; empty when there is no query. */
  static Map<String, List<String>> decodeQuery(String rawQuery) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = percentDecode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : percentDecode(pair.substring(eq + 1));
      query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return query;
  }

  static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /**
   * Tree equality where numbers compare by value (19 as an int or a long, 24.5 as a double or a
   * decimal).
   */
  static boolean jsonEquals(JsonNode a, JsonNode b) {
    return a.equals(NUMBERS_BY_VALUE, b);
  }

  private static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      (x, y) -> {
        if (x.isNumber() && y.isNumber()) {
          return x.decimalValue().compareTo(y.decimalValue());
        }
        return x.equals(y) ? 0 : 1;
      };
}

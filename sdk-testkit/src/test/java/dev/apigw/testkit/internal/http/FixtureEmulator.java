package dev.apigw.testkit.internal.http;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.sigv4.SigV4Signer;
import dev.apigw.core.auth.sigv4.SignableRequest;
import dev.apigw.core.auth.sigv4.SigningResult;
import dev.apigw.core.http.NameValue;
import dev.apigw.testkit.internal.JsonTree;
import dev.apigw.testkit.internal.Maps;
import dev.apigw.testkit.internal.ModelIndex;
import dev.apigw.testkit.internal.constraints.Quotas;
import dev.apigw.testkit.internal.handlers.EmulatedService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * An emulator driven in process through its {@link EmulatorDispatcher}, holding one resource of
 * every kind (an HTTP and a WebSocket API with their routes, integrations and the rest, domain
 * names, a VPC link, a portal and its pages), made once and put back before each request. Its ids
 * are the same on every run (a fixed seed and clock), so that seeds can name them; {@link #ids()}
 * lists them. Either it accepts any well-formed signature, or it knows {@link #CREDENTIALS} and
 * checks each signature, and then {@link #sign} signs as a client does.
 */
final class FixtureEmulator {
  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  static final String REGION = "us-east-1";
  static final Credentials CREDENTIALS = Credentials.of("AKIDFUZZTARGET", "fuzz-target-secret");
  static final String ANY_SIGNATURE =
      "AWS4-HMAC-SHA256 Credential=AKIDFUZZTARGET/20260101/us-east-1/apigateway/aws4_request, "
          + "SignedHeaders=host;x-amz-date, Signature=0123";

  private static final long SEED = 22;
  private static final String PORTAL =
      "{\"authorization\":{\"none\":{}},\"endpointConfiguration\":{\"none\":{}},"
          + "\"portalContent\":{\"displayName\":\"docs\",\"theme\":{\"customColors\":{"
          + "\"accentColor\":\"#111111\",\"backgroundColor\":\"#ffffff\","
          + "\"errorValidationColor\":\"#ff0000\",\"headerColor\":\"#222222\","
          + "\"navigationColor\":\"#333333\",\"textColor\":\"#000000\"}}}}";

  /**
   * Each resource: its name in {@link #ids()}, the request making it, the answer's id member (none
   * for a resource without an id).
   */
  private static final String[][] RESOURCES = {
    {"http", "POST /v2/apis", "{\"name\":\"fixture-http\",\"protocolType\":\"HTTP\"}", "apiId"},
    {
      "ws",
      "POST /v2/apis",
      "{\"name\":\"fixture-ws\",\"protocolType\":\"WEBSOCKET\","
          + "\"routeSelectionExpression\":\"$request.body.action\"}",
      "apiId"
    },
    {
      "integration",
      "POST /v2/apis/{http}/integrations",
      "{\"integrationType\":\"HTTP_PROXY\",\"integrationMethod\":\"GET\","
          + "\"integrationUri\":\"https://example.com/pets\",\"payloadFormatVersion\":\"1.0\"}",
      "integrationId"
    },
    {
      "authorizer",
      "POST /v2/apis/{http}/authorizers",
      "{\"name\":\"jwt\",\"authorizerType\":\"JWT\","
          + "\"identitySource\":[\"$request.header.Authorization\"],"
          + "\"jwtConfiguration\":{\"audience\":[\"fuzz\"],\"issuer\":\"https://issuer.example.com\"}}",
      "authorizerId"
    },
    {
      "route",
      "POST /v2/apis/{http}/routes",
      "{\"routeKey\":\"GET /pets\",\"target\":\"integrations/{integration}\","
          + "\"requestParameters\":{\"route.request.querystring.q\":{\"required\":true}}}",
      "routeId"
    },
    {
      "stage",
      "POST /v2/apis/{http}/stages",
      "{\"stageName\":\"prod\",\"routeSettings\":{\"GET /pets\":{\"throttlingBurstLimit\":5}}}",
      "stageName"
    },
    {"deployment", "POST /v2/apis/{http}/deployments", "{\"stageName\":\"prod\"}", "deploymentId"},
    {"wsRoute", "POST /v2/apis/{ws}/routes", "{\"routeKey\":\"$default\"}", "routeId"},
    {"wsSendRoute", "POST /v2/apis/{ws}/routes", "{\"routeKey\":\"sendMessage\"}", "routeId"},
    {
      "routeResponse",
      "POST /v2/apis/{ws}/routes/{wsRoute}/routeresponses",
      "{\"routeResponseKey\":\"$default\"}",
      "routeResponseId"
    },
    {
      "wsIntegration",
      "POST /v2/apis/{ws}/integrations",
      "{\"integrationType\":\"MOCK\"}",
      "integrationId"
    },
    {
      "integrationResponse",
      "POST /v2/apis/{ws}/integrations/{wsIntegration}/integrationresponses",
      "{\"integrationResponseKey\":\"/200/\"}",
      "integrationResponseId"
    },
    {
      "model",
      "POST /v2/apis/{ws}/models",
      "{\"name\":\"Pet\",\"schema\":\"{\\\"type\\\":\\\"object\\\"}\"}",
      "modelId"
    },
    {"wsStage", "POST /v2/apis/{ws}/stages", "{\"stageName\":\"dev\"}", "stageName"},
    {"domain", "POST /v2/domainnames", "{\"domainName\":\"api.example.com\"}", "domainName"},
    {
      "apiMapping",
      "POST /v2/domainnames/api.example.com/apimappings",
      "{\"apiId\":\"{http}\",\"stage\":\"prod\",\"apiMappingKey\":\"v1\"}",
      "apiMappingId"
    },
    {
      "rulesDomain",
      "POST /v2/domainnames",
      "{\"domainName\":\"rules.example.com\",\"routingMode\":\"ROUTING_RULE_ONLY\"}",
      "domainName"
    },
    {
      "routingRule",
      "POST /v2/domainnames/rules.example.com/routingrules",
      "{\"priority\":10,\"conditions\":[{\"matchBasePaths\":{\"anyOf\":[\"orders\"]}}],"
          + "\"actions\":[{\"invokeApi\":{\"apiId\":\"{http}\",\"stage\":\"prod\"}}]}",
      "routingRuleId"
    },
    {
      "vpcLink",
      "POST /v2/vpclinks",
      "{\"name\":\"link\",\"subnetIds\":[\"subnet-1\"]}",
      "vpcLinkId"
    },
    {"portal", "POST /v2/portals", PORTAL, "portalId"},
    {
      "product",
      "POST /v2/portalproducts",
      "{\"displayName\":\"Orders\",\"description\":\"d\"}",
      "portalProductId"
    },
    {
      "productPage",
      "POST /v2/portalproducts/{product}/productpages",
      "{\"displayContent\":{\"title\":\"Intro\",\"body\":\"# Hello\"}}",
      "productPageId"
    },
    {
      "endpointPage",
      "POST /v2/portalproducts/{product}/productrestendpointpages",
      "{\"restEndpointIdentifier\":{\"identifierParts\":{\"restApiId\":\"abc123\","
          + "\"stage\":\"prod\",\"method\":\"GET\",\"path\":\"/orders\"}}}",
      "productRestEndpointPageId"
    },
    {
      "sharingPolicy",
      "PUT /v2/portalproducts/{product}/sharingpolicy",
      "{\"policyDocument\":\"{\\\"Version\\\":\\\"1\\\"}\"}",
      ""
    },
  };

  private final EmulatedService service;
  private final EmulatorDispatcher dispatcher;
  private final boolean checksSignatures;
  private final SigV4Signer signer = SigV4Signer.create("apigateway", REGION);
  private final Map<String, String> ids = new LinkedHashMap<>();
  private final Object snapshot;

  private FixtureEmulator(boolean checksSignatures) {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    ModelIndex model = ModelIndex.shared();
    this.checksSignatures = checksSignatures;
    this.service =
        new EmulatedService(model, REGION, clock, SEED, new Quotas(Map.of()), Duration.ZERO);
    this.dispatcher =
        new EmulatorDispatcher(
            model,
            new SignatureVerifier(
                checksSignatures ? Map.of(CREDENTIALS.accessKeyId(), CREDENTIALS) : Map.of(),
                REGION,
                clock,
                false),
            service,
            new Faults(),
            clock,
            () -> {});
    for (String[] resource : RESOURCES) {
      String id = create(resource[1], resource[2], resource[3]);
      if (!id.isEmpty()) {
        ids.put(resource[0], id);
      }
    }
    this.snapshot = service.snapshot();
  }

  /**
   * An emulator that accepts any well-formed signature, as {@code ApiGatewayV2Emulator.start()}.
   */
  static FixtureEmulator acceptingAnySignature() {
    return new FixtureEmulator(false);
  }

  /** An emulator that knows {@link #CREDENTIALS} and checks every signature with them. */
  static FixtureEmulator checkingSignatures() {
    return new FixtureEmulator(true);
  }

  boolean checksSignatures() {
    return checksSignatures;
  }

  /** The fixture's ids by name ({@code http}, {@code route}, ...), the same on every run. */
  Map<String, String> ids() {
    return Map.copyOf(ids);
  }

  /** Puts back the fixture as it was made, before a request. */
  void restore() {
    service.restore(snapshot);
  }

  MockResponse answer(RecordedRequest request) {
    return dispatcher.dispatch(request);
  }

  /**
   * The request's headers with a client's signature added (replacing any of the same names), or the
   * headers as they are when sdk-core's signer refuses the request.
   */
  Headers sign(RecordedRequest request) {
    String host = request.getHeaders().get("Host");
    SigningResult signed;
    try {
      signed = signer.sign(signable(request, host), CREDENTIALS, NOW);
    } catch (IllegalArgumentException e) {
      return request.getHeaders();
    }
    Headers.Builder headers = request.getHeaders().newBuilder();
    if (host == null) {
      headers.add("Host", WireRequests.DEFAULT_HOST);
    }
    for (NameValue header : signed.headers()) {
      headers.removeAll(header.name());
      headers.addUnsafeNonAscii(header.name(), header.value());
    }
    return headers.build();
  }

  /** What sdk-core's signer signs of the request; its builder refuses what it cannot sign. */
  private static SignableRequest signable(RecordedRequest request, @Nullable String host) {
    String target = request.getTarget();
    int question = target.indexOf('?');
    SignableRequest.Builder signable =
        SignableRequest.builder()
            .method(request.getMethod())
            .host(host == null ? WireRequests.DEFAULT_HOST : host)
            .path(question < 0 ? target : target.substring(0, question))
            .payload(request.getBody() == null ? new byte[0] : request.getBody().toByteArray());
    for (int i = 0; i < request.getUrl().querySize(); i++) {
      String value = request.getUrl().queryParameterValue(i);
      signable.addQueryParameter(
          request.getUrl().queryParameterName(i), value == null ? "" : value);
    }
    for (int i = 0; i < request.getHeaders().size(); i++) {
      if (!request.getHeaders().name(i).equalsIgnoreCase("Host")) {
        signable.addHeader(request.getHeaders().name(i), request.getHeaders().value(i));
      }
    }
    return signable.build();
  }

  /** A well-formed request of the emulator's own making: {@code GET /v2/apis}, for instance. */
  MockResponse send(String methodAndTarget, String json) {
    Headers.Builder headers =
        new Headers.Builder()
            .add("Host", WireRequests.DEFAULT_HOST)
            .add("X-Amz-Date", "20260101T000000Z");
    if (!json.isEmpty()) {
      headers.add("Content-Type", "application/json");
    }
    if (!checksSignatures) {
      headers.add("Authorization", ANY_SIGNATURE);
    }
    RecordedRequest request =
        WireRequests.of(methodAndTarget, headers.build(), json.getBytes(StandardCharsets.UTF_8));
    if (request == null) {
      throw new IllegalArgumentException("not a request: " + methodAndTarget);
    }
    if (checksSignatures) {
      request =
          WireRequests.of(methodAndTarget, sign(request), json.getBytes(StandardCharsets.UTF_8));
    }
    return answer(request);
  }

  private String create(String methodAndTarget, String json, String idMember) {
    MockResponse response = send(withIds(methodAndTarget), withIds(json));
    Map<String, Object> body;
    try {
      body = Maps.of(JsonTree.parse(bodyOf(response)));
    } catch (IOException | ClassCastException e) {
      throw new IllegalStateException("the fixture's " + methodAndTarget + " answered no JSON", e);
    }
    if (response.getCode() / 100 != 2
        || !idMember.isEmpty() && !(body.get(idMember) instanceof String)) {
      throw new IllegalStateException(
          "the fixture's " + methodAndTarget + " answered " + response.getCode() + " " + body);
    }
    return idMember.isEmpty() ? "" : (String) body.get(idMember);
  }

  private String withIds(String text) {
    String result = text;
    for (Map.Entry<String, String> id : ids.entrySet()) {
      result = result.replace("{" + id.getKey() + "}", id.getValue());
    }
    return result;
  }

  /** The bytes of an answer's body; none for an answer without one. */
  static byte[] bodyOf(MockResponse response) {
    if (response.getBody() == null) {
      return new byte[0];
    }
    Buffer buffer = new Buffer();
    try {
      response.getBody().writeTo(buffer);
    } catch (IOException e) {
      throw new IllegalStateException("a buffer in memory failed", e);
    }
    return buffer.readByteArray();
  }
}

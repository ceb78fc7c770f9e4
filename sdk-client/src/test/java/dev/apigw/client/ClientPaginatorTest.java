package dev.apigw.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.codegen.generator.Names;
import dev.apigw.codegen.model.Member;
import dev.apigw.codegen.model.Operation;
import dev.apigw.codegen.model.Pagination;
import dev.apigw.codegen.model.Shape;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.paging.Paginator;
import dev.apigw.model.GetRoutesRequest;
import dev.apigw.model.GetRoutesResult;
import dev.apigw.model.ModelFixtures;
import dev.apigw.model.Route;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated paginators against MockWebServer: which requests they send, in which order, how
 * many, and when they stop. Every dispatcher here answers at most {@link PageServer#MAX_REQUESTS}
 * requests, so a paginator that loops fails the test instead of hanging it.
 */
class ClientPaginatorTest {
  private static final Credentials CREDENTIALS =
      Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
  private static final Instant START = Instant.parse("2026-03-14T09:26:53Z");

  private final MockWebServer server = new MockWebServer();
  private final PageServer pages = new PageServer();
  private ApiGatewayV2Client client;

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(pages);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    client = clientWith(new TickingClock(START));
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  // ---- GetRoutes
  // -----------------------------------------------------------------------------------------------

  @Test
  void followsThreePagesInOrderWithTheirTokens() throws Exception {
    pages.page(null, "t1", "GET /a", "GET /b");
    pages.page("t1", "t2", "GET /c", "GET /d");
    pages.page("t2", null, "GET /e");

    List<GetRoutesResult> results = new ArrayList<>();
    for (GetRoutesResult page : client.getRoutesPaginator(b -> b.apiId("a1"))) {
      results.add(page);
    }

    assertThat(results)
        .extracting(page -> routeKeys(page.items()))
        .containsExactly(
            List.of("GET /a", "GET /b"), List.of("GET /c", "GET /d"), List.of("GET /e"));
    assertThat(results)
        .extracting(page -> page.nextToken().orElse(null))
        .containsExactly("t1", "t2", null);
    List<RecordedRequest> requests = takeAll(3);
    assertThat(requests)
        .extracting(r -> r.getUrl().encodedPath())
        .containsOnly("/v2/apis/a1/routes");
    assertThat(requests).extracting(RecordedRequest::getMethod).containsOnly("GET");
    assertThat(requests)
        .extracting(r -> r.getUrl().queryParameter("nextToken"))
        .containsExactly(null, "t1", "t2");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void itemsAndItemStreamYieldEveryRouteInOrder() {
    pages.page(null, "t1", "GET /a", "GET /b");
    pages.page("t1", "t2");
    pages.page("t2", null, "GET /c");
    Paginator<GetRoutesResult, Route> paginator = client.getRoutesPaginator(b -> b.apiId("a1"));

    List<String> fromItems = new ArrayList<>();
    paginator.items().forEach(route -> fromItems.add(route.routeKey().orElseThrow()));
    List<String> fromStream =
        paginator
            .itemStream()
            .map(route -> route.routeKey().orElseThrow())
            .collect(Collectors.toList());
    long pageCount = paginator.stream().count();

    assertThat(fromItems).containsExactly("GET /a", "GET /b", "GET /c");
    assertThat(fromStream).isEqualTo(fromItems);
    assertThat(pageCount).isEqualTo(3);
    assertThat(server.getRequestCount())
        .as("each iteration starts over: 3 walks of 3 pages")
        .isEqualTo(9);
  }

  @Test
  void isLazyNothingIsSentUntilIterated() {
    pages.page(null, "t1", "GET /a");
    pages.page("t1", null, "GET /b");

    Paginator<GetRoutesResult, Route> paginator = client.getRoutesPaginator(b -> b.apiId("a1"));
    Iterator<GetRoutesResult> iterator = paginator.iterator();
    Iterator<Route> items = paginator.items().iterator();
    try (Stream<Route> stream = paginator.itemStream().map(route -> route)) {
      assertThat(stream).isNotNull();
    }
    assertThat(server.getRequestCount()).isZero();

    assertThat(iterator.next().items())
        .extracting(route -> route.routeKey().orElseThrow())
        .containsExactly("GET /a");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(iterator.next().items())
        .extracting(route -> route.routeKey().orElseThrow())
        .containsExactly("GET /b");
    assertThat(iterator.hasNext()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(items.next().routeKey().orElseThrow()).isEqualTo("GET /a");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void itemStreamLimitStopsFetchingEarly() {
    pages.page(null, "t1", "GET /a", "GET /b", "GET /c");
    pages.page("t1", "t2", "GET /d", "GET /e", "GET /f");
    pages.page("t2", null, "GET /g");
    Paginator<GetRoutesResult, Route> paginator = client.getRoutesPaginator(b -> b.apiId("a1"));

    List<String> firstTwo =
        paginator
            .itemStream()
            .limit(2)
            .map(route -> route.routeKey().orElseThrow())
            .collect(Collectors.toList());
    int afterFirstTwo = server.getRequestCount();
    List<String> firstFour =
        paginator
            .itemStream()
            .limit(4)
            .map(route -> route.routeKey().orElseThrow())
            .collect(Collectors.toList());
    int afterFirstFour = server.getRequestCount() - afterFirstTwo;
    GetRoutesResult firstPage = paginator.stream().findFirst().orElseThrow();

    assertThat(firstTwo).containsExactly("GET /a", "GET /b");
    assertThat(afterFirstTwo).isEqualTo(1);
    assertThat(firstFour).containsExactly("GET /a", "GET /b", "GET /c", "GET /d");
    assertThat(afterFirstFour).isEqualTo(2);
    assertThat(firstPage.nextToken()).hasValue("t1");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void resumesFromARequestThatCarriesANextToken() throws Exception {
    pages.page(null, "t1", "GET /a");
    pages.page("t1", "t2", "GET /b");
    pages.page("t2", null, "GET /c");

    List<String> routes =
        client
            .getRoutesPaginator(GetRoutesRequest.builder().apiId("a1").nextToken("t1").build())
            .itemStream()
            .map(route -> route.routeKey().orElseThrow())
            .collect(Collectors.toList());

    assertThat(routes).containsExactly("GET /b", "GET /c");
    assertThat(takeAll(2))
        .extracting(r -> r.getUrl().queryParameter("nextToken"))
        .containsExactly("t1", "t2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void theSameTokenTwiceInARowIsAnErrorNotALoop() {
    pages.page(null, "t1", "GET /a");
    pages.page("t1", "t1", "GET /b");
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(
            () ->
                client
                    .getRoutesPaginator(b -> b.apiId("a1"))
                    .itemStream()
                    .forEach(route -> seen.add(route.routeKey().orElseThrow())))
        .isInstanceOf(SdkClientException.class)
        .hasMessageStartingWith("GetRoutes:")
        .hasMessageContaining("NextToken");

    assertThat(seen).containsExactly("GET /a", "GET /b");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anEmptyTokenEndsThePages() {
    pages.page(null, "", "GET /a", "GET /b");

    List<GetRoutesResult> results =
        client.getRoutesPaginator(b -> b.apiId("a1")).stream().collect(Collectors.toList());

    assertThat(results).hasSize(1);
    assertThat(results.get(0).nextToken()).hasValue("");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void sendsMaxResultsOnEveryPageRequest() throws Exception {
    pages.page(null, "t1", "GET /a", "GET /b");
    pages.page("t1", "t2", "GET /c", "GET /d");
    pages.page("t2", null, "GET /e");

    long count = client.getRoutesPaginator(b -> b.apiId("a1").maxResults("2")).itemStream().count();

    assertThat(count).isEqualTo(5);
    List<RecordedRequest> requests = takeAll(3);
    assertThat(requests)
        .extracting(r -> r.getUrl().queryParameterValues("maxResults"))
        .containsOnly(List.of("2"));
    assertThat(requests)
        .extracting(r -> r.getUrl().queryParameter("nextToken"))
        .containsExactly(null, "t1", "t2");
  }

  @Test
  void signsEveryPageRequestAfresh() throws Exception {
    pages.page(null, "t1", "GET /a");
    pages.page("t1", "t2", "GET /b");
    pages.page("t2", null, "GET /c");

    client.getRoutesPaginator(b -> b.apiId("a1").maxResults("1")).forEach(page -> {});

    List<RecordedRequest> requests = takeAll(3);
    List<String> dates =
        requests.stream().map(r -> r.getHeaders().get("X-Amz-Date")).collect(Collectors.toList());
    List<String> authorizations =
        requests.stream()
            .map(r -> r.getHeaders().get("Authorization"))
            .collect(Collectors.toList());
    assertThat(dates)
        .doesNotContainNull()
        .doesNotHaveDuplicates()
        .isSorted()
        .allMatch(d -> d.startsWith("20260314T"));
    assertThat(authorizations)
        .doesNotContainNull()
        .doesNotHaveDuplicates()
        .allMatch(
            a ->
                a.startsWith(
                    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260314/us-east-1/apigateway/aws4_request, SignedHeaders="));
  }

  // ---- every paginated operation, from the model
  // -------------------------------------------------------------

  static List<Operation> paginatedOperations() {
    return ModelFixtures.MODEL.operations().values().stream()
        .filter(op -> op.pagination().isPresent())
        .collect(Collectors.toList());
  }

  static Stream<Named<Operation>> namedPaginatedOperations() {
    return paginatedOperations().stream().map(op -> Named.of(op.name(), op));
  }

  @Test
  void theModelHasSeventeenPaginatedOperations() {
    assertThat(paginatedOperations())
        .extracting(Operation::name)
        .containsExactly(
            "GetApiMappings",
            "GetApis",
            "GetAuthorizers",
            "GetDeployments",
            "GetDomainNames",
            "GetIntegrationResponses",
            "GetIntegrations",
            "GetModels",
            "GetRouteResponses",
            "GetRoutes",
            "GetStages",
            "GetVpcLinks",
            "ListPortalProducts",
            "ListPortals",
            "ListProductPages",
            "ListProductRestEndpointPages",
            "ListRoutingRules");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("namedPaginatedOperations")
  void eachPaginatorFollowsTwoPagesAndYieldsAllItems(Operation operation) throws Exception {
    Pagination pagination = operation.pagination().orElseThrow();
    Shape input = ModelFixtures.MODEL.shape(operation.input());
    Shape output = ModelFixtures.MODEL.shape(operation.output().orElseThrow());
    Member itemsMember = output.member(pagination.items()).orElseThrow();
    String tokenWireName = output.member(pagination.outputToken()).orElseThrow().wireName();
    String inputTokenWireName = input.member(pagination.inputToken()).orElseThrow().wireName();
    String itemShape = ModelFixtures.MODEL.shape(itemsMember.target()).listMember().orElseThrow();
    Class<?> itemType = ModelFixtures.classOfShape(itemShape);
    List<Member> itemMembers = ModelFixtures.MODEL.shape(itemShape).members();
    // Two distinct items: one with every member set, one with the required members only (or, when
    // every member is required, with only the first, which a response may do).
    Object full = ModelFixtures.build(ModelFixtures.fullBuilder(itemType, itemMembers, m -> true));
    Object requiredOnly =
        ModelFixtures.build(ModelFixtures.fullBuilder(itemType, itemMembers, Member::required));
    Object minimal =
        !requiredOnly.equals(full)
            ? requiredOnly
            : ModelFixtures.build(
                ModelFixtures.fullBuilder(itemType, itemMembers, m -> m == itemMembers.get(0)));
    assertThat(full).isNotEqualTo(minimal);
    pages.rawPage(
        null,
        "{\""
            + itemsMember.wireName()
            + "\":["
            + ModelFixtures.toJson(full)
            + "],\""
            + tokenWireName
            + "\":\"page-2 token/+=\"}");
    pages.rawPage(
        "page-2 token/+=",
        "{\""
            + itemsMember.wireName()
            + "\":["
            + ModelFixtures.toJson(minimal)
            + ","
            + ModelFixtures.toJson(full)
            + "]}");
    Class<?> requestType = ModelFixtures.load(operation.name() + "Request");
    Object request =
        ModelFixtures.build(
            ModelFixtures.fullBuilder(requestType, input.members(), Member::required));
    Method paginatorMethod =
        ApiGatewayV2Client.class.getMethod(
            Names.lowerCamel(operation.name()) + "Paginator", requestType);

    Paginator<?, ?> paginator = (Paginator<?, ?>) paginatorMethod.invoke(client, request);
    assertThat(server.getRequestCount()).isZero();
    List<Object> items = new ArrayList<>();
    paginator.items().forEach(items::add);

    assertThat(items).containsExactly(full, minimal, full);
    assertThat(paginator.operationName()).isEqualTo(operation.name());
    List<RecordedRequest> requests = takeAll(2);
    assertThat(requests)
        .extracting(RecordedRequest::getMethod)
        .containsOnly(operation.http().method());
    assertThat(requests)
        .extracting(r -> r.getUrl().queryParameter(inputTokenWireName))
        .containsExactly(null, "page-2 token/+=");
    assertThat(requests.get(0).getUrl().encodedPath())
        .isEqualTo(requests.get(1).getUrl().encodedPath());
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  // ---- helpers
  // -------------------------------------------------------------------------------------------------

  private ApiGatewayV2Client clientWith(Clock clock) {
    return ApiGatewayV2Client.builder()
        .region("us-east-1")
        .endpoint(URI.create("http://127.0.0.1:" + server.getPort()))
        .credentials(CREDENTIALS)
        .clock(clock)
        .build();
  }

  private List<RecordedRequest> takeAll(int count) throws InterruptedException {
    List<RecordedRequest> requests = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      requests.add(server.takeRequest());
    }
    return requests;
  }

  private static List<String> routeKeys(List<Route> routes) {
    return routes.stream()
        .map(route -> route.routeKey().orElseThrow())
        .collect(Collectors.toList());
  }

  /**
   * Answers each request with the page registered for its {@code nextToken} query parameter (none:
   * the first).
   */
  private static final class PageServer extends Dispatcher {
    static final int MAX_REQUESTS = 20;

    private final Map<String, String> bodies = new HashMap<>();
    private final AtomicLong requests = new AtomicLong();

    /**
     * A GetRoutes page with these route keys, answered for {@code token}, naming {@code next}
     * (null: none).
     */
    void page(String token, String next, String... routeKeys) {
      StringBuilder json = new StringBuilder("{\"items\":[");
      for (int i = 0; i < routeKeys.length; i++) {
        json.append(i == 0 ? "" : ",")
            .append("{\"routeId\":\"r")
            .append(routeKeys[i].hashCode() & 0xffff)
            .append("\",\"routeKey\":\"")
            .append(routeKeys[i])
            .append("\"}");
      }
      json.append(']');
      if (next != null) {
        json.append(",\"nextToken\":\"").append(next).append('"');
      }
      rawPage(token, json.append('}').toString());
    }

    void rawPage(String token, String body) {
      bodies.put(token == null ? "" : token, body);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      if (requests.incrementAndGet() > MAX_REQUESTS) {
        return new MockResponse.Builder()
            .code(500)
            .body("{\"message\":\"the test server answers at most " + MAX_REQUESTS + " requests\"}")
            .build();
      }
      String token = request.getUrl().queryParameter("nextToken");
      String body = bodies.get(token == null ? "" : token);
      if (body == null) {
        return new MockResponse.Builder()
            .code(400)
            .addHeader("X-Amzn-ErrorType", "BadRequestException")
            .body("{\"message\":\"unknown nextToken " + token + "\"}")
            .build();
      }
      return new MockResponse.Builder()
          .code(200)
          .addHeader("Content-Type", "application/json")
          .addHeader("x-amzn-RequestId", "req-" + requests.get())
          .body(body)
          .build();
    }
  }
}

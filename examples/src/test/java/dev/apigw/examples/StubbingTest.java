package dev.apigw.examples;

// README-BEGIN Stub the client in your unit tests
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.AuthorizationType;
import dev.apigw.model.GetRoutesRequest;
import dev.apigw.model.GetRoutesResult;
import dev.apigw.model.Route;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class StubbingTest {
  /** Two pages of routes, keyed by the token that asks for each. */
  private static final Map<String, GetRoutesResult> PAGES =
      Map.of(
          "",
              GetRoutesResult.builder()
                  .addItem(route("GET /pets", AuthorizationType.NONE))
                  .addItem(route("POST /pets", AuthorizationType.AWS_IAM))
                  .nextToken("page-2")
                  .build(),
          "page-2", GetRoutesResult.builder().addItem(route("GET /health", null)).build());

  @Test
  void withAPlainImplementation() {
    ApiGatewayV2Client client =
        answeringGetRoutes(request -> PAGES.get(request.nextToken().orElse("")));

    assertThat(new OpenRoutes(client).of("a1b2c3")).containsExactly("GET /pets", "GET /health");
    assertThatThrownBy(() -> client.deleteApi(b -> b.apiId("a1b2c3")))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageStartingWith("DeleteApi is not implemented");
  }

  @Test
  void withMockito() {
    // CALLS_REAL_METHODS keeps the paginators and the Consumer overloads, which call
    // getRoutes(GetRoutesRequest).
    ApiGatewayV2Client client = mock(ApiGatewayV2Client.class, CALLS_REAL_METHODS);
    doAnswer(call -> PAGES.get(call.<GetRoutesRequest>getArgument(0).nextToken().orElse("")))
        .when(client)
        .getRoutes(any(GetRoutesRequest.class));

    assertThat(new OpenRoutes(client).of("a1b2c3")).containsExactly("GET /pets", "GET /health");
    verify(client).getRoutes(GetRoutesRequest.builder().apiId("a1b2c3").build());
    verify(client)
        .getRoutes(GetRoutesRequest.builder().apiId("a1b2c3").nextToken("page-2").build());
  }

  /**
   * A client whose GetRoutes answers with {@code answer}; every other operation is left
   * unimplemented.
   */
  static ApiGatewayV2Client answeringGetRoutes(Function<GetRoutesRequest, GetRoutesResult> answer) {
    return new ApiGatewayV2Client() {
      @Override
      public GetRoutesResult getRoutes(GetRoutesRequest request) {
        return answer.apply(request);
      }
    };
  }

  private static Route route(String routeKey, AuthorizationType authorizationType) {
    return Route.builder().routeKey(routeKey).authorizationType(authorizationType).build();
  }
}
// README-END

package dev.apigw.testkit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every validation and conflict row says where its message comes from: an answer of the service
 * seen in a public report, or our own wording where none was found.
 */
class MessageSourcesTest {
  private static final String FORM = "recorded from the service in .{10,}|" + Check.OUR_WORDING;

  @Test
  void everyValidationRowNamesItsMessagesSource() {
    List<Check> rows = new ArrayList<>();
    rows.addAll(AuthorizerChecks.TABLE);
    rows.addAll(IntegrationChecks.TABLE);
    rows.addAll(ApiMappingChecks.TABLE);
    rows.addAll(RouteKeyRule.TABLE);

    assertThat(rows).allSatisfy(row -> assertThat(row.messageSource()).matches(FORM));
    assertThat(recorded(rows))
        .contains(
            "request-authorizer-payload-format",
            "http-api-proxy-only",
            "timeout-range",
            "route-key-blank",
            "http-route-key-form",
            "http-route-key-path-parts",
            "websocket-route-key-reserved",
            "api-mapping-key-start",
            "api-mapping-key-end");
  }

  @Test
  void everyConflictRowNamesItsMessagesSource() {
    assertThat(UniqueMembers.TABLE).allSatisfy(row -> assertThat(row.messageSource).matches(FORM));
    assertThat(
            UniqueMembers.TABLE.stream()
                .filter(row -> !row.messageSource.equals(Check.OUR_WORDING))
                .map(Object::toString))
        .contains("Route.routeKey", "ApiMapping.apiMappingKey", "DomainName.domainName");
  }

  private static List<String> recorded(List<Check> rows) {
    return rows.stream()
        .filter(row -> !row.messageSource().equals(Check.OUR_WORDING))
        .map(Check::name)
        .collect(Collectors.toList());
  }
}

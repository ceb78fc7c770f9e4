package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.store.ResourceKind.API_MAPPING;
import static dev.apigw.testkit.internal.store.ResourceKind.AUTHORIZER;
import static dev.apigw.testkit.internal.store.ResourceKind.DOMAIN_NAME;
import static dev.apigw.testkit.internal.store.ResourceKind.INTEGRATION_RESPONSE;
import static dev.apigw.testkit.internal.store.ResourceKind.MODEL;
import static dev.apigw.testkit.internal.store.ResourceKind.ROUTE;
import static dev.apigw.testkit.internal.store.ResourceKind.ROUTE_RESPONSE;
import static dev.apigw.testkit.internal.store.ResourceKind.ROUTING_RULE;
import static dev.apigw.testkit.internal.store.ResourceKind.STAGE;

import dev.apigw.testkit.internal.store.ResourceKind;
import java.util.List;
import java.util.function.Function;

/**
 * The members no two resources of a kind under one parent may share, and the {@code
 * ConflictException} message the service answers a second one with.
 */
final class UniqueMembers {
  /** One row: a kind's unique member, its conflict message, and where that message comes from. */
  static final class Row {
    final ResourceKind kind;
    final String member;
    final Function<Object, String> message;
    final String messageSource;

    private Row(ResourceKind kind, String member, Function<Object, String> message, String source) {
      this.kind = kind;
      this.member = member;
      this.message = message;
      this.messageSource = source;
    }

    @Override
    public String toString() {
      return kind.singular() + "." + member;
    }
  }

  private static final String RECORDED = "recorded from the service in ";

  static final List<Row> TABLE =
      List.of(
          new Row(
              ROUTE,
              "routeKey",
              key -> "Route with key " + key + " already exists for this API",
              RECORDED + "a 2024 report of CreateRoute answered 409"),
          new Row(
              ROUTE_RESPONSE,
              "routeResponseKey",
              key -> "RouteResponse with key " + key + " already exists for this Route",
              Check.OUR_WORDING),
          new Row(
              INTEGRATION_RESPONSE,
              "integrationResponseKey",
              key -> "IntegrationResponse with key " + key + " already exists for this Integration",
              Check.OUR_WORDING),
          new Row(
              MODEL,
              "name",
              name -> "Model with name " + name + " already exists for this API",
              Check.OUR_WORDING),
          new Row(
              AUTHORIZER,
              "name",
              name ->
                  "Authorizer name must be unique. Authorizer "
                      + name
                      + " already exists in this RestApi.",
              RECORDED + "a 2022 report of a second authorizer of one name on an HTTP API"),
          new Row(
              STAGE,
              "stageName",
              name -> "Stage already exists",
              RECORDED + "reports of CreateStage on REST APIs, whose stages answer alike"),
          new Row(
              DOMAIN_NAME,
              "domainName",
              name -> "The domain name you provided already exists",
              RECORDED + "a quoted CreateDomainName ConflictException of the V2 API"),
          new Row(
              API_MAPPING,
              "apiMappingKey",
              key -> "ApiMapping key already exists for this domain name",
              RECORDED + "2022 CloudFormation and CDK reports of AWS::ApiGatewayV2::ApiMapping"),
          new Row(
              ROUTING_RULE,
              "priority",
              priority ->
                  "RoutingRule with priority " + priority + " already exists for this domain name",
              Check.OUR_WORDING));

  private UniqueMembers() {}

  /** The conflict message for a second {@code kind} with {@code member} set to {@code value}. */
  static String message(ResourceKind kind, String member, Object value) {
    for (Row row : TABLE) {
      if (row.kind == kind && row.member.equals(member)) {
        return row.message.apply(value);
      }
    }
    throw new IllegalStateException("no conflict message for " + kind + "." + member);
  }
}

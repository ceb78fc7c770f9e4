"""Drives the emulator with boto3 through a scenario of the API Gateway V2 management API.

Usage: python3 boto3_scenario.py ENDPOINT_URL ROUTES_PER_API
ROUTES_PER_API is the routes-per-API quota the emulator was started with (at least 7, as the scenario's first API
holds 6 routes). Credentials and region come from the environment. Prints one line per step and exits non-zero on
the first step that does not behave as the service would.
"""
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError, ParamValidationError

endpoint = sys.argv[1]
routes_per_api = int(sys.argv[2])
client = boto3.client("apigatewayv2", endpoint_url=endpoint)
# boto3 checks a member's minimum itself; this client sends what it is given, so the emulator's own check is seen.
unchecked = boto3.client("apigatewayv2", endpoint_url=endpoint, config=Config(parameter_validation=False))
steps = 0


def step(name, check):
    global steps
    steps += 1
    check()
    print(f"step {steps}: {name}")


def expect_error(code, status, call, fragment=None):
    try:
        call()
    except ClientError as e:
        assert e.response["Error"]["Code"] == code, e.response["Error"]
        assert e.response["ResponseMetadata"]["HTTPStatusCode"] == status, e.response["ResponseMetadata"]
        assert e.response["Error"]["Message"], e.response["Error"]
        assert fragment is None or fragment in e.response["Error"]["Message"], (fragment, e.response["Error"])
        return
    raise AssertionError(f"expected {code}")


state = {}


def fail():
    raise AssertionError("unexpected answer")


def create_api():
    api = client.create_api(Name="pets", ProtocolType="HTTP", Description="boto3", Tags={"team": "a"})
    assert len(api["ApiId"]) == 10 and api["ApiId"].isalnum(), api["ApiId"]
    assert api["ApiEndpoint"] == f"https://{api['ApiId']}.execute-api.us-east-1.amazonaws.com"
    assert api["CreatedDate"].year >= 2024
    state["api"] = api["ApiId"]


step("create an HTTP API", create_api)
step("get it", lambda: client.get_api(ApiId=state["api"])["Name"] == "pets" or fail())
step("list APIs", lambda: [a["ApiId"] for a in client.get_apis()["Items"]] == [state["api"]] or fail())


def update_api():
    updated = client.update_api(ApiId=state["api"], Name="pets-2")
    assert updated["Name"] == "pets-2" and updated["Description"] == "boto3", updated


step("update the API as PATCH", update_api)


def cors():
    client.update_api(ApiId=state["api"], CorsConfiguration={"AllowOrigins": ["https://example.com"], "MaxAge": 60})
    assert client.get_api(ApiId=state["api"])["CorsConfiguration"]["MaxAge"] == 60
    client.delete_cors_configuration(ApiId=state["api"])
    assert "CorsConfiguration" not in client.get_api(ApiId=state["api"])


step("set and delete CORS", cors)


def integration():
    created = client.create_integration(ApiId=state["api"], IntegrationType="HTTP_PROXY",
                                        IntegrationUri="https://example.com", IntegrationMethod="GET",
                                        PayloadFormatVersion="1.0")
    state["integration"] = created["IntegrationId"]
    assert created["ConnectionType"] == "INTERNET"


step("create an integration", integration)
step("get the integration", lambda: client.get_integration(ApiId=state["api"], IntegrationId=state["integration"])[
    "IntegrationUri"] == "https://example.com" or fail())
step("update the integration", lambda: client.update_integration(
    ApiId=state["api"], IntegrationId=state["integration"], TimeoutInMillis=5000)["TimeoutInMillis"] == 5000 or fail())


def route():
    created = client.create_route(ApiId=state["api"], RouteKey="GET /pets",
                                  Target="integrations/" + state["integration"])
    assert len(created["RouteId"]) == 7, created["RouteId"]
    state["route"] = created["RouteId"]


step("create a route", route)
step("a duplicate route key conflicts", lambda: expect_error(
    "ConflictException", 409, lambda: client.create_route(ApiId=state["api"], RouteKey="GET /pets")))
step("a malformed route key is a bad request", lambda: expect_error(
    "BadRequestException", 400, lambda: client.create_route(ApiId=state["api"], RouteKey="FETCH pets")))
step("get the route", lambda: client.get_route(ApiId=state["api"], RouteId=state["route"])["RouteKey"] == "GET /pets"
     or fail())


def more_routes():
    for i in range(5):
        client.create_route(ApiId=state["api"], RouteKey=f"GET /r{i}")
    page = client.get_routes(ApiId=state["api"], MaxResults="2")
    assert len(page["Items"]) == 2 and page["NextToken"], page
    paginator = client.get_paginator("get_routes")
    keys = [r["RouteKey"] for p in paginator.paginate(ApiId=state["api"], PaginationConfig={"PageSize": 2})
            for r in p["Items"]]
    assert len(keys) == 6, keys


step("routes page by page", more_routes)
step("a forged token is a bad request", lambda: expect_error(
    "BadRequestException", 400, lambda: client.get_routes(ApiId=state["api"], NextToken="forged")))
step("update the route", lambda: client.update_route(ApiId=state["api"], RouteId=state["route"],
                                                      AuthorizationType="NONE")["RouteKey"] == "GET /pets" or fail())


def route_response():
    created = client.create_route_response(ApiId=state["api"], RouteId=state["route"], RouteResponseKey="$default")
    state["route_response"] = created["RouteResponseId"]
    assert client.get_route_responses(ApiId=state["api"], RouteId=state["route"])["Items"][0][
        "RouteResponseKey"] == "$default"


step("create a route response", route_response)
step("delete the route response", lambda: client.delete_route_response(
    ApiId=state["api"], RouteId=state["route"], RouteResponseId=state["route_response"]))


def model():
    created = client.create_model(ApiId=state["api"], Name="Pet", Schema='{"type": "object"}')
    state["model"] = created["ModelId"]
    assert client.get_model_template(ApiId=state["api"], ModelId=state["model"])["Value"] == '{"type": "object"}'


step("create a model and get its template", model)
step("list models", lambda: len(client.get_models(ApiId=state["api"])["Items"]) == 1 or fail())


def authorizer():
    created = client.create_authorizer(ApiId=state["api"], Name="jwt", AuthorizerType="JWT",
                                       IdentitySource=["$request.header.Authorization"],
                                       JwtConfiguration={"Audience": ["me"], "Issuer": "https://issuer"})
    state["authorizer"] = created["AuthorizerId"]
    assert client.get_authorizer(ApiId=state["api"], AuthorizerId=state["authorizer"])["JwtConfiguration"][
        "Issuer"] == "https://issuer"


step("create a JWT authorizer", authorizer)
step("an unknown enum value is a bad request", lambda: expect_error(
    "BadRequestException", 400,
    lambda: client.create_authorizer(ApiId=state["api"], Name="x", AuthorizerType="COOKIE",
                                     IdentitySource=["$request.header.Authorization"]),
    "1 validation error detected: Value at 'authorizerType' failed to satisfy constraint: Member must satisfy enum value set: [REQUEST, JWT]"))


def stage():
    created = client.create_stage(ApiId=state["api"], StageName="prod", StageVariables={"v": "1"})
    assert created["StageName"] == "prod" and created["StageVariables"] == {"v": "1"}


step("create a stage", stage)


def deployment():
    created = client.create_deployment(ApiId=state["api"], StageName="prod")
    state["deployment"] = created["DeploymentId"]
    assert created["DeploymentStatus"] == "DEPLOYED"
    assert client.get_stage(ApiId=state["api"], StageName="prod")["DeploymentId"] == state["deployment"]


step("deploy to the stage", deployment)
step("list deployments", lambda: len(client.get_deployments(ApiId=state["api"])["Items"]) == 1 or fail())


def tags():
    arn = f"arn:aws:apigateway:us-east-1::/apis/{state['api']}"
    client.tag_resource(ResourceArn=arn, Tags={"env": "test"})
    client.untag_resource(ResourceArn=arn, TagKeys=["team"])
    assert client.get_tags(ResourceArn=arn)["Tags"] == {"env": "test"}, client.get_tags(ResourceArn=arn)


step("tag and untag the API", tags)


def export():
    exported = client.export_api(ApiId=state["api"], Specification="OAS30", OutputType="JSON")["body"].read()
    assert b'"/pets"' in exported, exported


step("export the API", export)
step("a missing API is not found", lambda: expect_error(
    "NotFoundException", 404, lambda: client.get_api(ApiId="nosuchapi0")))
step("a missing route is not found", lambda: expect_error(
    "NotFoundException", 404, lambda: client.get_route(ApiId=state["api"], RouteId="nosuchr")))


def websocket():
    api = client.create_api(Name="ws", ProtocolType="WEBSOCKET", RouteSelectionExpression="$request.body.action")
    assert api["ApiEndpoint"].startswith("wss://")
    client.create_route(ApiId=api["ApiId"], RouteKey="$connect")
    state["ws"] = api["ApiId"]


step("a WebSocket API with a $connect route", websocket)


def vpc_link():
    link = client.create_vpc_link(Name="link", SubnetIds=["subnet-1"])
    assert link["VpcLinkStatus"] == "PENDING", link
    assert client.get_vpc_link(VpcLinkId=link["VpcLinkId"])["VpcLinkStatus"] == "AVAILABLE"
    client.delete_vpc_link(VpcLinkId=link["VpcLinkId"])
    assert all(l["VpcLinkId"] != link["VpcLinkId"] for l in client.get_vpc_links()["Items"])


step("a VPC link is PENDING when created, AVAILABLE later, and gone once deleted", vpc_link)


def portal_publishing():
    colors = {k: "#000000" for k in ["AccentColor", "BackgroundColor", "ErrorValidationColor",
                                      "HeaderColor", "NavigationColor", "TextColor"]}
    portal = client.create_portal(
        Authorization={"None": {}},
        EndpointConfiguration={"None": {}},
        PortalContent={"DisplayName": "boto3", "Theme": {"CustomColors": colors}})
    assert portal["PublishStatus"] == "DISABLED", portal
    client.publish_portal(PortalId=portal["PortalId"])
    assert client.get_portal(PortalId=portal["PortalId"])["PublishStatus"] == "PUBLISHED"
    client.preview_portal(PortalId=portal["PortalId"])
    preview = client.get_portal(PortalId=portal["PortalId"])["Preview"]
    assert preview["PreviewStatus"] == "PREVIEW_READY", preview
    client.disable_portal(PortalId=portal["PortalId"])
    assert client.get_portal(PortalId=portal["PortalId"])["PublishStatus"] == "DISABLED"
    client.delete_portal(PortalId=portal["PortalId"])


if hasattr(client, "create_portal"):  # boto3 releases before portals lack these operations
    step("a portal is published, previewed and disabled, each settled by the next read",
         portal_publishing)


def domain():
    client.create_domain_name(DomainName="api.example.com",
                              DomainNameConfigurations=[{"CertificateArn": "arn:aws:acm:x", "EndpointType": "REGIONAL"}])
    mapping = client.create_api_mapping(DomainName="api.example.com", ApiId=state["api"], Stage="prod")
    assert client.get_api_mappings(DomainName="api.example.com")["Items"][0]["ApiMappingId"] == mapping["ApiMappingId"]
    client.delete_api_mapping(DomainName="api.example.com", ApiMappingId=mapping["ApiMappingId"])
    client.delete_domain_name(DomainName="api.example.com")


# The service's validation, one family after another: each refusal is a 400 BadRequestException in the service's words.
LAMBDA = ("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
          "arn:aws:lambda:us-east-1:123456789012:function:auth/invocations")
step("a REQUEST authorizer on an HTTP API needs its payload format version", lambda: expect_error(
    "BadRequestException", 400,
    lambda: client.create_authorizer(ApiId=state["api"], Name="lambda", AuthorizerType="REQUEST", AuthorizerUri=LAMBDA,
                                     IdentitySource=["$request.header.Authorization"]),
    "AuthorizerPayloadFormatVersion is a required parameter for REQUEST authorizer"))
step("a JWT authorizer needs its issuer", lambda: expect_error(
    "BadRequestException", 400,
    lambda: client.create_authorizer(ApiId=state["api"], Name="jwt-2", AuthorizerType="JWT",
                                     IdentitySource=["$request.header.Authorization"],
                                     JwtConfiguration={"Audience": ["me"]}),
    "Issuer is a required parameter for JWT authorizer"))
step("a JWT authorizer needs its audience", lambda: expect_error(
    "BadRequestException", 400,
    lambda: client.create_authorizer(ApiId=state["api"], Name="jwt-3", AuthorizerType="JWT",
                                     IdentitySource=["$request.header.Authorization"],
                                     JwtConfiguration={"Issuer": "https://issuer"}),
    "Audience is a required parameter for JWT authorizer"))
step("a MOCK integration on an HTTP API is a bad request", lambda: expect_error(
    "BadRequestException", 400, lambda: client.create_integration(ApiId=state["api"], IntegrationType="MOCK"),
    "Currently, an API with a protocol type of HTTP may only be associated with proxy integrations"))


def websocket_mock():
    created = client.create_integration(ApiId=state["ws"], IntegrationType="MOCK")
    assert created["IntegrationType"] == "MOCK", created
    assert client.get_integration(ApiId=state["ws"], IntegrationId=created["IntegrationId"])[
        "IntegrationType"] == "MOCK"


step("a MOCK integration on a WebSocket API is accepted", websocket_mock)
step("an HTTP_PROXY integration needs its integrationUri", lambda: expect_error(
    "BadRequestException", 400,
    lambda: client.create_integration(ApiId=state["api"], IntegrationType="HTTP_PROXY", IntegrationMethod="GET",
                                      PayloadFormatVersion="1.0"),
    "IntegrationUri is a required parameter for HTTP_PROXY integration"))


def http_proxy_with_timeout(sender, timeout):
    return lambda: sender.create_integration(ApiId=state["api"], IntegrationType="HTTP_PROXY",
                                             IntegrationUri="https://example.com", IntegrationMethod="GET",
                                             PayloadFormatVersion="1.0", TimeoutInMillis=timeout)


def timeout_checked_by_boto3():
    try:
        http_proxy_with_timeout(client, 29)()
    except ParamValidationError as e:
        assert "TimeoutInMillis" in str(e), e
        return
    raise AssertionError("boto3 sent a timeout of 29 ms")


step("boto3 itself refuses a timeout of 29 ms", timeout_checked_by_boto3)
step("a timeout of 29 ms sent anyway is a bad request", lambda: expect_error(
    "BadRequestException", 400, http_proxy_with_timeout(unchecked, 29),
    "1 validation error detected: Value at 'timeoutInMillis' failed to satisfy constraint:"
    " Member must have value greater than or equal to 50"))
step("a timeout of 30001 ms is a bad request", lambda: expect_error(
    "BadRequestException", 400, http_proxy_with_timeout(client, 30001),
    "1 validation error detected: Value at 'timeoutInMillis' failed to satisfy constraint:"
    " Member must have value less than or equal to 30000"))
step("a WebSocket integration's timeout is at most 29000 ms", lambda: expect_error(
    "BadRequestException", 400,
    lambda: client.create_integration(ApiId=state["ws"], IntegrationType="MOCK", TimeoutInMillis=29001),
    "Timeout should be between 50 ms and 29000 ms"))
step("a greedy path variable only ends a route key", lambda: expect_error(
    "BadRequestException", 400, lambda: client.create_route(ApiId=state["api"], RouteKey="GET /{proxy+}/pets"),
    "Invalid route key 'GET /{proxy+}/pets': a greedy path variable must be the last segment of the path"))
step("a path variable is not repeated in a route key", lambda: expect_error(
    "BadRequestException", 400, lambda: client.create_route(ApiId=state["api"], RouteKey="GET /a/{x}/{x}"),
    "Invalid route key 'GET /a/{x}/{x}': a path variable is used more than once"))
step("a NUL byte in a route key is a bad request", lambda: expect_error(
    "BadRequestException", 400, lambda: client.create_route(ApiId=state["api"], RouteKey="GET /a\x00b"),
    "1 validation error detected: Value at 'routeKey' failed to satisfy constraint:"
    " Member must not contain control characters"))
step("a WebSocket route key starting with $ is one of the predefined three", lambda: expect_error(
    "BadRequestException", 400, lambda: client.create_route(ApiId=state["ws"], RouteKey="$reconnect"),
    "The provided route key is not formatted properly"))
step("an API name of 129 characters is a bad request", lambda: expect_error(
    "BadRequestException", 400, lambda: client.create_api(Name="n" * 129, ProtocolType="HTTP"),
    "1 validation error detected: Value at 'name' failed to satisfy constraint:"
    " Member must have length less than or equal to 128"))


def longest_name():
    api = client.create_api(Name="n" * 128, ProtocolType="HTTP")
    assert client.get_api(ApiId=api["ApiId"])["Name"] == "n" * 128
    client.delete_api(ApiId=api["ApiId"])


step("an API name of 128 characters is accepted", longest_name)
step("a stage name outside the documented characters is a bad request", lambda: expect_error(
    "BadRequestException", 400, lambda: client.create_stage(ApiId=state["api"], StageName="my stage!"),
    "1 validation error detected: Value at 'stageName' failed to satisfy constraint:"
    " Member must satisfy regular expression pattern"))


def checked_domain():
    created = client.create_domain_name(
        DomainName="checks.example.com",
        DomainNameConfigurations=[{"CertificateArn": "arn:aws:acm:x", "EndpointType": "REGIONAL"}])
    assert created["DomainNameConfigurations"][0]["DomainNameStatus"] == "AVAILABLE", created
    read = client.get_domain_name(DomainName="checks.example.com")
    assert read["DomainNameConfigurations"][0]["DomainNameStatus"] == "AVAILABLE", read


step("a domain name reads AVAILABLE at once", checked_domain)
step("an API mapping key with an empty segment is a bad request", lambda: expect_error(
    "BadRequestException", 400,
    lambda: client.create_api_mapping(DomainName="checks.example.com", ApiId=state["api"], Stage="prod",
                                      ApiMappingKey="v1//orders"),
    "API mapping key should not start with a '/' or have consecutive '/'s."))
step("an API mapping key starting with / is a bad request", lambda: expect_error(
    "BadRequestException", 400,
    lambda: client.create_api_mapping(DomainName="checks.example.com", ApiId=state["api"], Stage="prod",
                                      ApiMappingKey="/v1"),
    "API mapping key should not start with a '/' or have consecutive '/'s."))
step("delete the checked domain name", lambda: client.delete_domain_name(DomainName="checks.example.com"))


def routes_quota():
    api = client.create_api(Name="quota", ProtocolType="HTTP")["ApiId"]
    for i in range(routes_per_api):
        client.create_route(ApiId=api, RouteKey=f"GET /q{i}")
    # The emulator answers a quota with HTTP 429, which botocore retries as throttling before it raises.
    expect_error("ConflictException", 429, lambda: client.create_route(ApiId=api, RouteKey="GET /one-too-many"),
                 "Maximum number of Routes for this API has been reached. Please contact AWS if you need additional"
                 " Routes.")
    assert len(client.get_routes(ApiId=api, MaxResults=str(routes_per_api + 1))["Items"]) == routes_per_api
    client.delete_api(ApiId=api)


step(f"a route over the routes-per-API quota of {routes_per_api} is refused", routes_quota)


step("a custom domain name with an API mapping", domain)
step("delete the route", lambda: client.delete_route(ApiId=state["api"], RouteId=state["route"]))
step("delete the stage", lambda: client.delete_stage(ApiId=state["api"], StageName="prod"))
step("delete the API", lambda: client.delete_api(ApiId=state["api"]))
step("its routes are gone with it", lambda: expect_error(
    "NotFoundException", 404, lambda: client.get_routes(ApiId=state["api"])))
step("only the WebSocket API is left", lambda: [a["ApiId"] for a in client.get_apis()["Items"]] == [state["ws"]]
     or fail())


print(f"OK {steps} steps")

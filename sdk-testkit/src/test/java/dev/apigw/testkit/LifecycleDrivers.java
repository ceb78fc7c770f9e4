package dev.apigw.testkit;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.DomainNameConfiguration;
import dev.apigw.model.EndpointType;
import dev.apigw.model.GetPortalResult;
import dev.apigw.model.NotFoundException;
import dev.apigw.model.ProtocolType;
import dev.apigw.model.StatusException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * For each operation of the status tables, how a test starts its change through our client and
 * reads the status it shows: {@code status} is empty once the resource is gone.
 */
final class LifecycleDrivers {
  /** Starts the change; what comes before it is done and settled first, the clock moved past. */
  interface Start {
    String start(ApiGatewayV2Client client, ManualClock clock, Duration provisioningTime);
  }

  /** One operation's way in and the status, with its message, it reads back. */
  static final class Driver {
    final Start start;
    final StatusReader status;

    Driver(Start start, StatusReader status) {
      this.start = start;
      this.status = status;
    }
  }

  /** The status and status message the resource shows now; empty when it is gone. */
  interface StatusReader {
    Optional<Shown> read(ApiGatewayV2Client client, String id);
  }

  /** A status as shown, with its message or null. */
  static final class Shown {
    final String status;
    final String message;

    Shown(String status, String message) {
      this.status = status;
      this.message = message;
    }
  }

  static final Map<String, Driver> BY_OPERATION =
      Map.of(
          "CreateVpcLink", new Driver((c, clock, t) -> vpcLink(c), LifecycleDrivers::vpcLinkStatus),
          "DeleteVpcLink",
              new Driver(
                  (c, clock, t) -> {
                    String id = vpcLink(c);
                    settle(c, clock, t);
                    c.deleteVpcLink(b -> b.vpcLinkId(id));
                    return id;
                  },
                  LifecycleDrivers::vpcLinkStatus),
          "PublishPortal",
              new Driver(
                  (c, clock, t) -> {
                    String id = portal(c);
                    c.publishPortal(b -> b.portalId(id));
                    return id;
                  },
                  LifecycleDrivers::publishStatus),
          "DisablePortal",
              new Driver(
                  (c, clock, t) -> {
                    String id = portal(c);
                    c.publishPortal(b -> b.portalId(id));
                    settle(c, clock, t);
                    c.disablePortal(b -> b.portalId(id));
                    return id;
                  },
                  LifecycleDrivers::publishStatus),
          "PreviewPortal",
              new Driver(
                  (c, clock, t) -> {
                    String id = portal(c);
                    c.previewPortal(b -> b.portalId(id));
                    return id;
                  },
                  LifecycleDrivers::previewStatus),
          "CreateDomainName",
              new Driver((c, clock, t) -> domainName(c), LifecycleDrivers::domainNameStatus),
          "UpdateDomainName",
              new Driver(
                  (c, clock, t) -> {
                    String name = domainName(c);
                    settle(c, clock, t);
                    c.updateDomainName(
                        b ->
                            b.domainName(name)
                                .addDomainNameConfigurations(
                                    DomainNameConfiguration.builder()
                                        .certificateArn("arn:aws:acm:us-east-1:1:certificate/2")
                                        .endpointType(EndpointType.REGIONAL)
                                        .build()));
                    return name;
                  },
                  LifecycleDrivers::domainNameStatus),
          "CreateDeployment",
              new Driver(
                  (c, clock, t) -> webSocketDeployment(c), LifecycleDrivers::deploymentStatus));

  private LifecycleDrivers() {}

  /** Moves the clock past the provisioning time and makes a call, so what was started settles. */
  static void settle(ApiGatewayV2Client client, ManualClock clock, Duration provisioningTime) {
    clock.advance(provisioningTime.plusSeconds(1));
    client.getApis(b -> {});
  }

  private static String vpcLink(ApiGatewayV2Client client) {
    return client
        .createVpcLink(b -> b.name("link").addSubnetIds("subnet-1"))
        .vpcLinkId()
        .orElseThrow();
  }

  private static String portal(ApiGatewayV2Client client) {
    return Portals.create(client, "Portal");
  }

  private static String domainName(ApiGatewayV2Client client) {
    return client
        .createDomainName(
            b ->
                b.domainName("api.example.com")
                    .addDomainNameConfigurations(
                        DomainNameConfiguration.builder()
                            .certificateArn("arn:aws:acm:us-east-1:1:certificate/1")
                            .endpointType(EndpointType.REGIONAL)
                            .build()))
        .domainName()
        .orElseThrow();
  }

  /** A deployment of a new WebSocket API, named {@code apiId/deploymentId}. */
  static String webSocketDeployment(ApiGatewayV2Client client) {
    String apiId =
        client
            .createApi(
                b ->
                    b.name("ws")
                        .protocolType(ProtocolType.WEBSOCKET)
                        .routeSelectionExpression("$request.body.action"))
            .apiId()
            .orElseThrow();
    return apiId + "/" + client.createDeployment(b -> b.apiId(apiId)).deploymentId().orElseThrow();
  }

  static Optional<Shown> deploymentStatus(ApiGatewayV2Client client, String apiAndDeployment) {
    String[] ids = apiAndDeployment.split("/");
    var deployment = client.getDeployment(b -> b.apiId(ids[0]).deploymentId(ids[1]));
    return Optional.of(
        new Shown(
            deployment.deploymentStatus().orElseThrow().value(),
            deployment.deploymentStatusMessage().orElse(null)));
  }

  private static Optional<Shown> vpcLinkStatus(ApiGatewayV2Client client, String id) {
    try {
      var link = client.getVpcLink(b -> b.vpcLinkId(id));
      return Optional.of(
          new Shown(
              link.vpcLinkStatus().orElseThrow().value(),
              link.vpcLinkStatusMessage().orElse(null)));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  private static Optional<Shown> publishStatus(ApiGatewayV2Client client, String id) {
    GetPortalResult portal = client.getPortal(b -> b.portalId(id));
    return Optional.of(
        new Shown(
            portal.publishStatus().orElseThrow().value(),
            portal.statusException().flatMap(StatusException::message).orElse(null)));
  }

  private static Optional<Shown> previewStatus(ApiGatewayV2Client client, String id) {
    var preview = client.getPortal(b -> b.portalId(id)).preview().orElseThrow();
    return Optional.of(
        new Shown(
            preview.previewStatus().orElseThrow().value(),
            preview.statusException().flatMap(StatusException::message).orElse(null)));
  }

  private static Optional<Shown> domainNameStatus(ApiGatewayV2Client client, String name) {
    DomainNameConfiguration configuration =
        client.getDomainName(b -> b.domainName(name)).domainNameConfigurations().get(0);
    return Optional.of(
        new Shown(
            configuration.domainNameStatus().orElseThrow().value(),
            configuration.domainNameStatusMessage().orElse(null)));
  }
}

package dev.apigw.testkit;

/**
 * What the emulator provisions over time, as the service does: each can be made to fail once with
 * {@link ApiGatewayV2Emulator#failNextProvisioning(ProvisionedKind, String)}. Domain names are not
 * here: the model gives a domain name no failed status.
 */
public enum ProvisionedKind {
  /** Creating a VPC link: {@code PENDING}, then {@code AVAILABLE}, or {@code FAILED}. */
  VPC_LINK,
  /**
   * Publishing a portal: {@code PUBLISH_IN_PROGRESS}, then {@code PUBLISHED}, or {@code
   * PUBLISH_FAILED}.
   */
  PORTAL_PUBLISH,
  /**
   * Disabling a portal: {@code DISABLE_IN_PROGRESS}, then {@code DISABLED}, or {@code
   * DISABLE_FAILED}.
   */
  PORTAL_DISABLE,
  /**
   * Previewing a portal: {@code PREVIEW_IN_PROGRESS}, then {@code PREVIEW_READY}, or {@code
   * PREVIEW_FAILED}.
   */
  PORTAL_PREVIEW,
  /**
   * Deploying a WebSocket API: {@code PENDING}, then {@code DEPLOYED}, or {@code FAILED} with a
   * {@code deploymentStatusMessage}. An HTTP API's deployments are {@code DEPLOYED} at once.
   */
  DEPLOYMENT
}

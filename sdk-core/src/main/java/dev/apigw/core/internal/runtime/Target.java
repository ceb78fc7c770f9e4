package dev.apigw.core.internal.runtime;

import java.net.URI;

/** Where a client's calls go: the region they are signed for and the endpoint. */
public final class Target {
  final String region;
  final URI endpoint;

  public Target(String region, URI endpoint) {
    this.region = region;
    this.endpoint = endpoint;
  }
}

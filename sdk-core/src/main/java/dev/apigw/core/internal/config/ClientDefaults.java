package dev.apigw.core.internal.config;

import java.time.Duration;

/**
 * The defaults of a client's settings, the AWS SDK for Java v2's where it has the same setting. The
 * client builder publishes them as its {@code DEFAULT_*} constants.
 */
public final class ClientDefaults {
  public static final Duration API_CALL_TIMEOUT = Duration.ofMinutes(2);
  public static final Duration API_CALL_ATTEMPT_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  public static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);
  public static final int MAX_IDLE_CONNECTIONS = 50;
  public static final Duration CONNECTION_MAX_IDLE_TIME = Duration.ofSeconds(60);
  public static final int MAX_CONCURRENCY = 50;

  private ClientDefaults() {}
}

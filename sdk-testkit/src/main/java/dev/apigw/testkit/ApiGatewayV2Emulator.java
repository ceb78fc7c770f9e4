package dev.apigw.testkit;

import dev.apigw.client.ApiGatewayV2AsyncClient;
import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.region.Regions;
import dev.apigw.testkit.internal.ModelIndex;
import dev.apigw.testkit.internal.RequestLimits;
import dev.apigw.testkit.internal.constraints.Quotas;
import dev.apigw.testkit.internal.handlers.EmulatedService;
import dev.apigw.testkit.internal.http.EmulatorDispatcher;
import dev.apigw.testkit.internal.http.Faults;
import dev.apigw.testkit.internal.http.GuardedServerSockets;
import dev.apigw.testkit.internal.http.SignatureVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import mockwebserver3.MockWebServer;
import org.jspecify.annotations.Nullable;

/**
 * An in-process emulator of the Amazon API Gateway V2 management API: all its operations, with
 * state, on a loopback port, answering as the service does (ids, defaults, PATCH updates, errors,
 * pagination, SigV4 checks).
 *
 * <pre>{@code
 * try (ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.start()) {
 *   ApiGatewayV2Client client = emulator.client();
 *   String apiId = client.createApi(b -> b.name("pets").protocolType(ProtocolType.HTTP)).apiId().orElseThrow();
 * }
 * }</pre>
 *
 * <p>Any SDK can use it through {@link #endpoint()}; run it on its own with {@code java -jar
 * sdk-testkit-<version>-standalone.jar --port 4566} (the jar {@code mvn package} attaches, with
 * everything it needs inside) or {@code java -cp … dev.apigw.testkit.ApiGatewayV2Emulator --port
 * 4566}. Thread-safe.
 */
public final class ApiGatewayV2Emulator implements AutoCloseable {
  /** The access key id of {@link #client()} when the emulator was given no credentials. */
  public static final String DEFAULT_ACCESS_KEY_ID = "AKIDEMULATOR";

  /** The secret access key of {@link #client()} when the emulator was given no credentials. */
  public static final String DEFAULT_SECRET_ACCESS_KEY = "emulator-secret-access-key";

  private final MockWebServer server;
  private final EmulatedService service;
  private final Faults faults;
  private final EmulatorDispatcher dispatcher;
  private final String region;
  private final Credentials clientCredentials;
  private final URI endpoint;
  private @Nullable ApiGatewayV2Client client;
  private @Nullable ApiGatewayV2AsyncClient asyncClient;

  private ApiGatewayV2Emulator(Builder builder) throws IOException {
    this.region = builder.region;
    Clock clock =
        builder.clockSkew.isZero() ? builder.clock : Clock.offset(builder.clock, builder.clockSkew);
    this.service =
        new EmulatedService(
            ModelIndex.shared(),
            region,
            clock,
            builder.seed,
            new Quotas(builder.quotas),
            builder.provisioningTime);
    this.faults = new Faults();
    this.server = new MockWebServer();
    MockWebServer recording = server;
    this.dispatcher =
        new EmulatorDispatcher(
            ModelIndex.shared(),
            new SignatureVerifier(builder.credentials, region, clock, !builder.clockSkew.isZero()),
            service,
            faults,
            clock,
            // MockWebServer keeps each request for takeRequest(); a long-running emulator must not.
            () -> drain(recording));
    server.setDispatcher(dispatcher);
    server.setServerSocketFactory(
        new GuardedServerSockets(
            builder.idleTimeout, builder.requestTimeout, clock, () -> drain(recording)));
    // Never more than the limit (and one byte, to tell it was passed) is kept of a body.
    server.setBodyLimit(RequestLimits.MAX_BODY_BYTES + 1L);
    Logger.getLogger(MockWebServer.class.getName()).setLevel(Level.WARNING);
    server.start(InetAddress.getByName("127.0.0.1"), builder.port);
    this.endpoint = URI.create("http://127.0.0.1:" + server.getPort());
    this.clientCredentials =
        builder.credentials.isEmpty()
            ? Credentials.of(DEFAULT_ACCESS_KEY_ID, DEFAULT_SECRET_ACCESS_KEY)
            : builder.credentials.values().iterator().next();
  }

  /**
   * An emulator on a free loopback port, in {@code us-east-1}, accepting any well-formed signature.
   */
  public static ApiGatewayV2Emulator start() {
    return builder().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Where it listens, such as {@code http://127.0.0.1:53121}. */
  public URI endpoint() {
    return endpoint;
  }

  public int port() {
    return server.getPort();
  }

  public String region() {
    return region;
  }

  /**
   * A client pointed at this emulator, with its region and credentials (the first it was given, or
   * {@link #DEFAULT_ACCESS_KEY_ID}); made on first use and closed with the emulator. For other
   * settings, start from {@link #clientBuilder()}.
   */
  public synchronized ApiGatewayV2Client client() {
    if (client == null) {
      client = clientBuilder().build();
    }
    return client;
  }

  /**
   * An asynchronous client pointed at this emulator, set up as {@link #client()}; made on first use
   * and closed with the emulator. For other settings, start from {@link #asyncClientBuilder()}.
   */
  public synchronized ApiGatewayV2AsyncClient asyncClient() {
    if (asyncClient == null) {
      asyncClient = asyncClientBuilder().build();
    }
    return asyncClient;
  }

  /**
   * An asynchronous client builder with this emulator's endpoint, region and credentials set, and
   * no proxy: the emulator is on this machine, whatever proxy the environment names.
   */
  public ApiGatewayV2AsyncClient.Builder asyncClientBuilder() {
    return ApiGatewayV2AsyncClient.builder()
        .region(region)
        .endpoint(endpoint)
        .credentials(clientCredentials)
        .proxyConfiguration(ProxyConfiguration.none());
  }

  /**
   * A client builder with this emulator's endpoint, region and credentials set, and no proxy: the
   * emulator is on this machine, whatever proxy the environment names.
   */
  public ApiGatewayV2Client.Builder clientBuilder() {
    return ApiGatewayV2Client.builder()
        .region(region)
        .endpoint(endpoint)
        .credentials(clientCredentials)
        .proxyConfiguration(ProxyConfiguration.none());
  }

  /**
   * Makes the next {@code times} calls of {@code operation} (such as {@code GetRoutes}) meet {@code
   * fault}: an error answer instead of the result, such as {@link Fault#clockSkew(Duration)}, or a
   * delay before it. Faults for one operation apply in the order injected.
   */
  public void inject(String operation, int times, Fault fault) {
    ModelIndex.shared().operation(operation);
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + times);
    }
    if (fault == null) {
      throw new IllegalArgumentException("fault must not be null");
    }
    faults.inject(operation, times, fault.spec());
  }

  /**
   * Makes the next provisioning of {@code kind} fail: the operation answers with the in-progress
   * status as always, and once the provisioning time has passed the resource shows the failed
   * status ({@code FAILED} for a VPC link or a WebSocket API's deployment, {@code PUBLISH_FAILED},
   * {@code DISABLE_FAILED} or {@code PREVIEW_FAILED} for a portal) with {@code statusMessage} (a
   * VPC link's {@code vpcLinkStatusMessage}, a deployment's {@code deploymentStatusMessage}, a
   * portal's or preview's {@code statusException.message}). A deployment made to fail answers
   * {@code PENDING} even without a provisioning time. Calls add up: each fails one more. {@link
   * #reset()} forgets those not yet met.
   */
  public void failNextProvisioning(ProvisionedKind kind, String statusMessage) {
    if (kind == null) {
      throw new IllegalArgumentException("kind must not be null");
    }
    if (statusMessage == null || statusMessage.isEmpty()) {
      throw new IllegalArgumentException("statusMessage must not be empty");
    }
    service.failNextProvisioning(kind, statusMessage);
  }

  /** How many requests it has answered since it started or was last reset. */
  public int requestCount() {
    return dispatcher.requestCount();
  }

  /**
   * How many calls of each operation (such as {@code CreateRoute}) reached it, whether answered or
   * failed, since it started or was last reset; operations never called are absent.
   */
  public Map<String, Integer> operationCounts() {
    return dispatcher.operationCounts();
  }

  /**
   * Forgets every resource, pending fault, provisioning failure not yet met and the request count;
   * ids start over from the seed.
   */
  public void reset() {
    service.reset();
    faults.clear();
    dispatcher.resetCount();
  }

  /** A copy of every resource now, for {@link #restore(Object)}; an opaque value. */
  public Object snapshot() {
    return service.snapshot();
  }

  /**
   * Puts the resources back as they were at {@code snapshot} (from {@link #snapshot()}), forgetting
   * pending faults and the request counts; the snapshot can be restored again.
   */
  public void restore(Object snapshot) {
    if (snapshot == null) {
      throw new IllegalArgumentException("snapshot must not be null");
    }
    service.restore(snapshot);
    faults.clear();
    dispatcher.resetCount();
  }

  /** Stops listening and closes {@link #client()} and {@link #asyncClient()}. Idempotent. */
  @Override
  public synchronized void close() {
    if (client != null) {
      client.close();
      client = null;
    }
    if (asyncClient != null) {
      asyncClient.close();
      asyncClient = null;
    }
    server.close();
  }

  @Override
  public String toString() {
    return "ApiGatewayV2Emulator{" + endpoint + ", " + region + "}";
  }

  private static void drain(MockWebServer server) {
    try {
      while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
        // the emulator keeps its own state; the recorded requests are not needed
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Serves until the process is stopped: {@code --port N} (0, the default, for any free port),
   * {@code --region R} (default {@code us-east-1}), {@code --credentials ACCESS_KEY_ID:SECRET}
   * (repeatable; with none, any well-formed signature is accepted), {@code --seed S} for the id
   * sequence, {@code --clock-skew D} to run its clock off by an ISO-8601 duration ({@code PT1H},
   * {@code -PT20M}), {@code --provisioning-time D} for {@link Builder#provisioningTime(Duration)}
   * ({@code 5s}, {@code 500ms}, {@code 2m} or ISO-8601), {@code --fail-next-provisioning
   * KIND:MESSAGE} (repeatable; KIND a {@link ProvisionedKind} such as {@code VPC_LINK}), {@code
   * --quota NAME=VALUE} (repeatable) to set a {@link Quota}, {@code --request-timeout D} and {@code
   * --idle-timeout D} for {@link Builder#requestTimeout(Duration)} and {@link
   * Builder#idleTimeout(Duration)}; {@code --help} lists them and the request limits. The first
   * line on standard output is {@code Listening on http://127.0.0.1:N}.
   */
  public static void main(String[] args) throws InterruptedException {
    StandaloneOptions options;
    try {
      options = StandaloneOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("ApiGatewayV2Emulator: " + e.getMessage());
      StandaloneOptions.usage(System.err);
      System.exit(2);
      return;
    }
    if (options.help) {
      StandaloneOptions.usage(System.out);
      return;
    }
    ApiGatewayV2Emulator emulator = options.builder.start();
    options.failures.forEach(f -> emulator.failNextProvisioning(f.getKey(), f.getValue()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  emulator.close();
                  stopped.countDown();
                },
                "apigw-emulator-shutdown"));
    System.out.println("Listening on " + emulator.endpoint());
    System.out.flush();
    stopped.await();
  }

  /** Settings of an emulator. Not thread-safe. */
  public static final class Builder {
    private int port;
    private String region = "us-east-1";
    private final Map<String, Credentials> credentials = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();
    private Duration clockSkew = Duration.ZERO;
    private long seed = 20181129L;
    private final Map<Quota, Integer> quotas = new EnumMap<>(Quota.class);
    private Duration provisioningTime = Duration.ZERO;
    private Duration requestTimeout = RequestLimits.REQUEST_TIMEOUT;
    private Duration idleTimeout = RequestLimits.IDLE_TIMEOUT;

    private Builder() {}

    /** The loopback port; 0 (the default) for any free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
      }
      this.port = port;
      return this;
    }

    /** The region it emulates, as in {@code apiEndpoint} and ARNs; {@code us-east-1} by default. */
    public Builder region(String region) {
      this.region = Regions.requireValid(region);
      return this;
    }

    /**
     * Credentials whose signatures it accepts (call once for each); once any are given, every
     * request's signature is verified against them.
     */
    public Builder credentials(Credentials credentials) {
      if (credentials == null) {
        throw new IllegalArgumentException("credentials must not be null");
      }
      this.credentials.put(credentials.accessKeyId(), credentials);
      return this;
    }

    /** The clock of creation dates and of signature time checks; the system clock by default. */
    public Builder clock(Clock clock) {
      if (clock == null) {
        throw new IllegalArgumentException("clock must not be null");
      }
      this.clock = clock;
      return this;
    }

    /**
     * Runs the service's clock {@code skew} ahead of {@link #clock(Clock)} (behind when negative),
     * so that a client whose clock is right looks off to it. Creation dates and every answer's
     * {@code Date} header come from the skewed clock, and every request's signing time is checked
     * against it, also without {@link #credentials(Credentials) credentials}: more than 15 minutes
     * away, the request gets the service's clock-skew error, InvalidSignatureException (403), from
     * which a client of this SDK learns the difference and retries at once. Zero by default.
     */
    public Builder clockSkew(Duration skew) {
      if (skew == null) {
        throw new IllegalArgumentException("skew must not be null");
      }
      this.clockSkew = skew;
      return this;
    }

    /** The seed of the id sequence: the same seed gives the same ids in the same order. */
    public Builder idSeed(long seed) {
      this.seed = seed;
      return this;
    }

    // Quotas: kept together.

    /**
     * Holds the emulator to {@code limit} for {@code quota} instead of the service's default (see
     * {@link Quota}): a create that would go over it is refused as the service refuses it.
     */
    public Builder quota(Quota quota, int limit) {
      if (quota == null) {
        throw new IllegalArgumentException("quota must not be null");
      }
      if (limit < 0) {
        throw new IllegalArgumentException("a quota must not be negative: " + limit);
      }
      quotas.put(quota, limit);
      return this;
    }

    /**
     * How long what the service provisions stays in progress on {@link #clock(Clock)}: a created
     * VPC link {@code PENDING}, a deleted one {@code DELETING}, a portal {@code
     * PUBLISH_IN_PROGRESS} or {@code DISABLE_IN_PROGRESS}, its preview {@code PREVIEW_IN_PROGRESS},
     * a created or updated domain name {@code UPDATING}, a WebSocket API's deployment {@code
     * PENDING}. Zero by default: the operation answers with the in-progress status and any later
     * call sees the final one (a domain name is {@code AVAILABLE} and a deployment {@code DEPLOYED}
     * at once, as the service answers). Tests move a clock of their own past it rather than
     * sleeping.
     */
    public Builder provisioningTime(Duration time) {
      if (time == null || time.isNegative()) {
        throw new IllegalArgumentException("provisioning time must not be negative: " + time);
      }
      this.provisioningTime = time;
      return this;
    }

    // Connections: kept together.

    /**
     * How long a request may take to come whole, from its first byte; a client that sends slower is
     * cut off then, so that it holds a server thread no longer. 30 seconds by default. Bodies are
     * held to 12 MiB whatever this is (a larger one is answered 413, the rest unread).
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = connectionTimeout("request", timeout);
      return this;
    }

    /**
     * How long a connection may stay open with no request coming, after its opening or an answer;
     * it is closed then. 2 minutes by default: longer than clients keep idle connections.
     */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = connectionTimeout("idle", timeout);
      return this;
    }

    private static Duration connectionTimeout(String what, Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(what + " timeout must be positive: " + timeout);
      }
      if (timeout.toMillis() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(what + " timeout is too long: " + timeout);
      }
      return timeout;
    }

    /** Starts an emulator with these settings. */
    public ApiGatewayV2Emulator start() {
      try {
        return new ApiGatewayV2Emulator(this);
      } catch (IOException e) {
        throw new UncheckedIOException("The emulator could not listen on 127.0.0.1:" + port, e);
      }
    }
  }
}

package dev.apigw.core.internal.http;

import dev.apigw.core.internal.config.ClientDefaults;
import dev.apigw.core.internal.config.ProxySettings;
import java.util.List;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/** The OkHttp clients a service client sends its calls with. */
public final class HttpClients {
  private HttpClients() {}

  /**
   * The OkHttp client a service client builds for itself when none is handed in: the AWS SDK's
   * timeouts and pool sizes, and daemon threads, so that an unclosed client does not keep the JVM
   * alive, and connections routed by {@code proxy}. For a plain-HTTP endpoint (a local server, the
   * emulator) it has no TLS connection spec, and so never loads the trust store, the largest part
   * of building a client.
   */
  public static OkHttpClient own(boolean cleartextOnly, ProxySettings proxy) {
    OkHttpClient.Builder own =
        new OkHttpClient.Builder()
            .connectTimeout(ClientDefaults.CONNECT_TIMEOUT)
            .readTimeout(ClientDefaults.SOCKET_TIMEOUT)
            .writeTimeout(ClientDefaults.SOCKET_TIMEOUT)
            .connectionPool(
                new ConnectionPool(
                    ClientDefaults.MAX_IDLE_CONNECTIONS,
                    ClientDefaults.CONNECTION_MAX_IDLE_TIME.toMillis(),
                    TimeUnit.MILLISECONDS))
            .dispatcher(dispatcher());
    ProxyRouting.apply(own, proxy);
    if (cleartextOnly) {
      own.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
    }
    return own.build();
  }

  /**
   * The client every call goes through, sharing {@code base}'s pools and threads without changing
   * it. Redirects are never followed, because a signed request must not be replayed to another
   * address. OkHttp does not silently resend after a connection failure, because every attempt is
   * the retry strategy's to make, count and log. Its connections are routed by {@code proxy}, or as
   * {@code base} routes them when it is null. {@link CallClients} adds the exchange scopes and the
   * wire log to the attempts that need them.
   */
  public static OkHttpClient forCalls(OkHttpClient base, @Nullable ProxySettings proxy) {
    OkHttpClient.Builder calls =
        base.newBuilder()
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false);
    if (proxy != null) {
      ProxyRouting.apply(calls, proxy);
    }
    return calls.build();
  }

  /** Releases what {@link #own} started: its dispatcher's threads and its idle connections. */
  public static void release(OkHttpClient own) {
    own.dispatcher().executorService().shutdown();
    own.connectionPool().evictAll();
  }

  /** Up to {@code MAX_CONCURRENCY} asynchronous calls at once; OkHttp alone allows 5 per host. */
  private static Dispatcher dispatcher() {
    ThreadPoolExecutor threads =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            daemonThreads("apigw-okhttp-dispatcher-"));
    Dispatcher dispatcher = new Dispatcher(threads);
    dispatcher.setMaxRequests(ClientDefaults.MAX_CONCURRENCY);
    dispatcher.setMaxRequestsPerHost(ClientDefaults.MAX_CONCURRENCY);
    return dispatcher;
  }

  /** Daemon threads named {@code prefix} and a count. */
  public static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}

package dev.apigw.core.internal.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;
import org.jspecify.annotations.Nullable;

/**
 * Cancels an OkHttp call when the thread that waits for it is interrupted.
 *
 * <p>A thread blocked in a socket read does not notice {@link Thread#interrupt()}, and OkHttp does
 * not turn an interrupt into a cancel, so without help an interrupted caller waits until the server
 * answers or a timeout fires. One daemon thread for the whole JVM looks at the threads of the calls
 * in flight every {@value #PERIOD_MILLIS} ms and cancels the call of any thread that has been
 * interrupted, which makes its read fail at once. It parks while no call is in flight. Thread-safe.
 */
public final class InterruptWatchdog {
  static final long PERIOD_MILLIS = 10;

  private static final InterruptWatchdog SHARED = new InterruptWatchdog();

  private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
  private volatile boolean idle;
  private volatile @Nullable Thread thread;

  private InterruptWatchdog() {}

  /** The watchdog of this JVM. */
  public static InterruptWatchdog shared() {
    return SHARED;
  }

  /**
   * Watches the calling thread while it runs {@code call}; close the watch when the call is done.
   */
  public Watch watch(Call call) {
    Watch watch = new Watch(Thread.currentThread(), call);
    watches.add(watch);
    Thread watchdog = thread;
    if (watchdog == null) {
      start();
    } else if (idle) {
      LockSupport.unpark(watchdog);
    }
    return watch;
  }

  private synchronized void start() {
    if (thread != null) {
      LockSupport.unpark(thread);
      return;
    }
    Thread watchdog = new Thread(this::run, "apigw-interrupt-watchdog");
    watchdog.setDaemon(true);
    // It must not pin the class loader of whichever application happened to make the first call.
    watchdog.setContextClassLoader(null);
    thread = watchdog;
    watchdog.start();
  }

  private void run() {
    try {
      while (true) {
        // An interrupt of this thread itself would make every park return at once: clear it and go
        // on.
        Thread.interrupted();
        if (watches.isEmpty()) {
          idle = true;
          if (watches.isEmpty()) {
            LockSupport.park(this);
          }
          idle = false;
          continue;
        }
        for (Watch watch : watches) {
          if (watch.thread.isInterrupted() && !watch.interrupted) {
            watch.interrupted = true;
            cancel(watch.call);
          }
        }
        LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(PERIOD_MILLIS));
      }
    } finally {
      synchronized (this) {
        thread = null;
      }
    }
  }

  /**
   * Cancels a call; whatever a listener of the caller's throws from it must not end the watchdog.
   */
  private static void cancel(Call call) {
    try {
      call.cancel();
    } catch (RuntimeException | Error e) {
      if (e instanceof VirtualMachineError) {
        throw e;
      }
    }
  }

  /** One call being watched. */
  public final class Watch implements AutoCloseable {
    private final Thread thread;
    private final Call call;
    private volatile boolean interrupted;

    private Watch(Thread thread, Call call) {
      this.thread = thread;
      this.call = call;
    }

    /** Whether the watchdog cancelled the call because its thread was interrupted. */
    public boolean interrupted() {
      return interrupted;
    }

    @Override
    public void close() {
      watches.remove(this);
    }
  }
}

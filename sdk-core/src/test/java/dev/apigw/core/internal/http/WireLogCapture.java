package dev.apigw.core.internal.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * The entries of the wire log ({@code dev.apigw.wire}) written while it is open, at the level it
 * was opened with, kept from the console; closing it puts the logger back as it was.
 */
public final class WireLogCapture implements AutoCloseable {
  private final Logger log = (Logger) LoggerFactory.getLogger("dev.apigw.wire");
  private final ListAppender<ILoggingEvent> entries = new ListAppender<>();
  private final Level previous;
  private final boolean wasAdditive;

  private WireLogCapture(Level level) {
    previous = log.getLevel();
    wasAdditive = log.isAdditive();
    log.setLevel(level);
    log.setAdditive(false);
    entries.start();
    log.addAppender(entries);
  }

  public static WireLogCapture at(Level level) {
    return new WireLogCapture(level);
  }

  public List<ILoggingEvent> entries() {
    return List.copyOf(entries.list);
  }

  /** Each entry's message. */
  public List<String> messages() {
    return entries().stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.toList());
  }

  /** Every entry's message, one after the other. */
  public String text() {
    return String.join("\n", messages());
  }

  @Override
  public void close() {
    log.detachAppender(entries);
    entries.stop();
    log.setLevel(previous);
    log.setAdditive(wasAdditive);
  }
}

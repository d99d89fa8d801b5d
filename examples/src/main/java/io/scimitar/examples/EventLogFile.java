package io.scimitar.examples;

import io.scimitar.core.event.ChangeEvent;
import io.scimitar.core.event.ChangeEventJson;
import io.scimitar.core.event.ChangeListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The example's {@code --event-log <file>}: a {@link ChangeListener} that appends each change
 * event of its tenant to a file as one JSON line, an audit trail kept by the host. It never
 * creates the file's folder: while the folder is missing (or the disk refuses the write) the
 * listener throws, and the dispatcher delivers the event again later. Delivery is at least once,
 * so after a crash a line may appear twice (same {@code eventId}).
 */
final class EventLogFile implements ChangeListener {
  /** The consumer name under which the log keeps this listener's position. */
  static final String CONSUMER = "example-event-log";

  private final String tenant;
  private final Path file;

  EventLogFile(String tenant, Path file) {
    this.tenant = tenant;
    this.file = file;
  }

  @Override
  public void onChange(ChangeEvent event) {
    if (!event.tenantId().equals(tenant)) {
      return;
    }
    byte[] line = (ChangeEventJson.write(event) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
          StandardOpenOption.WRITE, StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the event log " + file, e);
    }
  }
}

package io.scimitar.spring.boot.autoconfigure;

import io.scimitar.core.event.ChangeEvent;
import io.scimitar.core.event.ChangeListener;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes every change event as a Spring application event, so a host reacts with
 * {@code @EventListener void on(ChangeEvent event)}. It is a consumer of the event log like any
 * other: it runs on the dispatcher's thread after the change was committed, at least once and in
 * order, and a listener that throws makes the dispatcher deliver the same event again later.
 */
public final class ApplicationEventChangeListener implements ChangeListener {
  private final ApplicationEventPublisher publisher;

  /** Publishes through {@code publisher}. */
  public ApplicationEventChangeListener(ApplicationEventPublisher publisher) {
    this.publisher = publisher;
  }

  @Override
  public void onChange(ChangeEvent event) {
    publisher.publishEvent(event);
  }
}

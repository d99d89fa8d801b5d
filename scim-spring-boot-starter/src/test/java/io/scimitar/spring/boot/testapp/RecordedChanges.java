package io.scimitar.spring.boot.testapp;

import io.scimitar.core.event.ChangeEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The host's listener of change events, which arrive as Spring application events. */
@Component
public class RecordedChanges {
  private final List<ChangeEvent> events = new CopyOnWriteArrayList<>();

  @EventListener
  void on(ChangeEvent event) {
    events.add(event);
  }

  /** What arrived so far, in order. */
  public List<ChangeEvent> events() {
    return List.copyOf(events);
  }
}

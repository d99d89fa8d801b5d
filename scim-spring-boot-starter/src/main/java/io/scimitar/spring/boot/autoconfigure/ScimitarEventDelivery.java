package io.scimitar.spring.boot.autoconfigure;

import io.scimitar.core.event.EventDispatcher;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the {@link EventDispatcher} with the application: delivery starts once the context has
 * started (so listeners exist and the web server serves) and stops, confirming what was
 * delivered, when it stops.
 */
public final class ScimitarEventDelivery implements SmartLifecycle {
  private final EventDispatcher dispatcher;
  private volatile boolean running;

  /** Runs {@code dispatcher}. */
  public ScimitarEventDelivery(EventDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public void start() {
    dispatcher.start();
    running = true;
  }

  @Override
  public void stop() {
    dispatcher.close();
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}

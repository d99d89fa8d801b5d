package io.scimitar.core.service;

import io.scimitar.core.event.ChangeEvent;
import io.scimitar.core.event.EventLog;
import io.scimitar.core.event.InMemoryEventLog;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceUpdate;
import io.scimitar.core.spi.Storage;
import java.util.function.Supplier;

/**
 * Carries a write and its change event to the store. A storage with an event log gets both in
 * one call and records them in one transaction; for a storage without one, the event goes to an
 * in-process log once the write has returned (a crash in between loses it). With events off,
 * stores get the plain writes.
 */
final class ChangeRecorder {
  private final boolean enabled;
  private final EventLog log;
  /** The in-process log, or null when the storage keeps its own. */
  private final InMemoryEventLog inProcess;

  ChangeRecorder(Storage storage, boolean enabled) {
    this.enabled = enabled;
    EventLog durable = storage.eventLog().orElse(null);
    this.inProcess = durable == null ? new InMemoryEventLog() : null;
    this.log = durable == null ? inProcess : durable;
  }

  EventLog log() {
    return log;
  }

  /** Whether deletes must tell the event their version (the in-process log cannot ask a store). */
  boolean needsDeletedVersion() {
    return enabled && inProcess != null;
  }

  ScimResource create(ResourceHandler handler, RequestContext context, ScimResource resource) {
    if (!enabled) {
      return handler.store().create(context, resource);
    }
    ChangeEvent event = ChangeDescriptions.created(handler, context, resource);
    if (inProcess == null) {
      return handler.store().create(context, resource, event);
    }
    ScimResource stored = handler.store().create(context, resource);
    inProcess.append(event);
    return stored;
  }

  /**
   * Writes an update.
   *
   * @param event describes the update; called only when events are on
   */
  ScimResource update(ResourceHandler handler, RequestContext context, ResourceUpdate update,
      Supplier<ChangeEvent> event) {
    if (!enabled) {
      return handler.store().update(context, update);
    }
    ChangeEvent described = event.get();
    if (inProcess == null) {
      return handler.store().update(context, update, described);
    }
    ScimResource stored = handler.store().update(context, update);
    inProcess.append(described);
    return stored;
  }

  /**
   * Deletes a resource.
   *
   * @param event describes the delete, with the version when it is known
   */
  void delete(ResourceHandler handler, RequestContext context, String id, String expected,
      ChangeEvent event) {
    if (!enabled) {
      handler.store().delete(context, id, expected);
    } else if (inProcess == null) {
      handler.store().delete(context, id, expected, event);
    } else {
      handler.store().delete(context, id, expected);
      inProcess.append(event);
    }
  }
}

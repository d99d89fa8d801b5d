/**
 * Change events: facts after commit. Every committed write to a resource is one {@link
 * io.scimitar.core.event.ChangeEvent}; a storage that keeps an {@link
 * io.scimitar.core.event.EventLog} records it in the same transaction as the write (an outbox), and
 * an {@link io.scimitar.core.event.EventDispatcher} delivers the log to named consumers, such as a
 * host's {@link io.scimitar.core.event.ChangeListener} or a SET push receiver, at least once, in
 * sequence order, resuming after restarts, without ever blocking a SCIM request.
 *
 * <p>Nothing here knows HTTP or JDBC; stores implement the log, bindings and modules consume it.
 */
package io.scimitar.core.event;

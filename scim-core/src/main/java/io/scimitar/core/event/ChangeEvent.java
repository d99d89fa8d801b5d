package io.scimitar.core.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One committed change to one resource: a fact after commit. The service describes the write
 * (everything but the sequence) and hands it to the store with the write; a store with an
 * {@link EventLog} records it in the same transaction, so the event exists exactly when the
 * change does.
 *
 * @param eventId unique id of this event, stable across redeliveries (a deduplication key)
 * @param sequence position in the event log, assigned by the log, increasing in commit order;
 *     0 until the event is stored
 * @param tenantId the tenant of the resource
 * @param resourceType the resource type's name, e.g. {@code User}
 * @param resourceId the resource's id
 * @param version the resource's version after the write; for a delete, the version it had
 * @param kind what the write did
 * @param actor who wrote: the SCIM key id or principal of the request
 * @param userAgent the client's User-Agent, or an empty string
 * @param provisioningDomain the writer's provisioning domain (RFC 7643 §3.1); empty for the
 *     tenant's default domain
 * @param time when the change was committed (the resource's {@code meta.lastModified}; for a
 *     delete, the time of the delete)
 * @param changedAttributes the paths of the attributes the write changed, e.g. {@code
 *     displayName}, {@code name.givenName}, {@code
 *     urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager}; every attribute the
 *     resource holds for a create, none for a delete
 * @param membersAdded ids of the members a group write added
 * @param membersRemoved ids of the members a group write removed
 */
public record ChangeEvent(
    String eventId,
    long sequence,
    String tenantId,
    String resourceType,
    String resourceId,
    String version,
    ChangeKind kind,
    String actor,
    String userAgent,
    String provisioningDomain,
    Instant time,
    List<String> changedAttributes,
    List<String> membersAdded,
    List<String> membersRemoved) {

  public ChangeEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(resourceId, "resourceId");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(time, "time");
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must be >= 0");
    }
    userAgent = userAgent == null ? "" : userAgent;
    provisioningDomain = provisioningDomain == null ? "" : provisioningDomain;
    changedAttributes = List.copyOf(changedAttributes);
    membersAdded = List.copyOf(membersAdded);
    membersRemoved = List.copyOf(membersRemoved);
  }

  /** Whether the log has stored this event (its sequence is assigned). */
  public boolean isStored() {
    return sequence > 0;
  }

  /** This event at a position of the log; used by event logs when they store it. */
  public ChangeEvent withSequence(long position) {
    if (position < 1) {
      throw new IllegalArgumentException("a stored event's sequence is >= 1");
    }
    return new ChangeEvent(eventId, position, tenantId, resourceType, resourceId, version, kind,
        actor, userAgent, provisioningDomain, time, changedAttributes, membersAdded,
        membersRemoved);
  }

  /**
   * This event with the version the store committed; a store uses it for a delete without an
   * expected version, where only the store knows the version it deleted.
   */
  public ChangeEvent withVersion(String committedVersion) {
    return new ChangeEvent(eventId, sequence, tenantId, resourceType, resourceId,
        committedVersion, kind, actor, userAgent, provisioningDomain, time, changedAttributes,
        membersAdded, membersRemoved);
  }

  /**
   * This event with the members the store actually added and removed; a store uses it when it
   * applied member-level changes whose effect only it knows (see {@link
   * io.scimitar.core.spi.ResourceStore#update(io.scimitar.core.spi.RequestContext,
   * io.scimitar.core.spi.ResourceUpdate, ChangeEvent)}).
   */
  public ChangeEvent withMembers(List<String> added, List<String> removed) {
    return new ChangeEvent(eventId, sequence, tenantId, resourceType, resourceId, version, kind,
        actor, userAgent, provisioningDomain, time, changedAttributes, added, removed);
  }
}

package io.scimitar.core.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.event.ChangeEvent;
import io.scimitar.core.event.ChangeKind;
import io.scimitar.core.patch.MemberRef;
import io.scimitar.core.patch.MembershipChange;
import io.scimitar.core.resource.Meta;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.spi.RequestContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Describes a write as the {@link ChangeEvent} the store records with it: what kind of change,
 * by whom, which attributes and members it changed. The attributes are found by comparing the
 * resource before and after the write, so a PUT that resends most attributes unchanged names only
 * those it changed.
 */
final class ChangeDescriptions {
  private static final String ACTIVE = "active";
  private static final ObjectNode NOTHING = JsonNodeFactory.instance.objectNode();

  private ChangeDescriptions() {}

  /** The event of creating {@code resource}. */
  static ChangeEvent created(ResourceHandler handler, RequestContext context,
      ScimResource resource) {
    ObjectNode tree = resource.view();
    return event(handler, context, resource.id().orElseThrow(), meta(resource), ChangeKind.CREATE,
        changedAttributes(NOTHING, tree), memberIds(tree.get(ResourceHandler.MEMBERS)), List.of());
  }

  /**
   * The event of replacing {@code before} by {@code after}, both complete (members included for
   * a group), as a PUT or a PATCH on a loaded resource writes them.
   */
  static ChangeEvent replaced(ResourceHandler handler, RequestContext context,
      ScimResource before, ScimResource after, ChangeKind kind) {
    List<String> was = memberIds(before.view().get(ResourceHandler.MEMBERS));
    List<String> is = memberIds(after.view().get(ResourceHandler.MEMBERS));
    return event(handler, context, after.id().orElseThrow(), meta(after),
        activation(before.view(), after.view(), kind),
        changedAttributes(before.view(), after.view()), minus(is, was), minus(was, is));
  }

  /**
   * The event of a PATCH that reaches the store as member-level changes: the members are those
   * the request names, which the store corrects to what it actually changed.
   */
  static ChangeEvent patchedMembers(ResourceHandler handler, RequestContext context,
      ScimResource before, ScimResource after, List<MembershipChange> changes) {
    List<String> changed = changedAttributes(before.view(), after.view());
    if (!changes.isEmpty() && !changed.contains(ResourceHandler.MEMBERS)) {
      changed = new ArrayList<>(changed);
      changed.add(ResourceHandler.MEMBERS);
    }
    Set<String> added = new LinkedHashSet<>();
    Set<String> removed = new LinkedHashSet<>();
    for (MembershipChange change : changes) {
      if (change instanceof MembershipChange.Add add) {
        add.members().forEach(ref -> added.add(ref.value()));
      } else if (change instanceof MembershipChange.ReplaceAll replaceAll) {
        replaceAll.members().stream().map(MemberRef::value).forEach(added::add);
      } else if (change instanceof MembershipChange.Remove remove) {
        removed.addAll(remove.ids());
      }
    }
    return event(handler, context, after.id().orElseThrow(), meta(after),
        activation(before.view(), after.view(), ChangeKind.PATCH), changed,
        List.copyOf(added), List.copyOf(removed));
  }

  /**
   * The event of deleting a resource at {@code version}; empty when the service does not know
   * it, for the store to fill in.
   */
  static ChangeEvent deleted(ResourceHandler handler, RequestContext context, String id,
      String version, Instant time) {
    return event(handler, context, id, new Meta(handler.name(), time, time, null, version),
        ChangeKind.DELETE, List.of(), List.of(), List.of());
  }

  private static ChangeEvent event(ResourceHandler handler, RequestContext context, String id,
      Meta meta, ChangeKind kind, List<String> changed, List<String> added,
      List<String> removed) {
    return new ChangeEvent(UUID.randomUUID().toString(), 0, context.tenantId(), handler.name(),
        id, meta.version(), kind, context.principal(), context.userAgent(),
        context.provisioningDomain(), meta.lastModified(), changed, added, removed);
  }

  private static Meta meta(ScimResource resource) {
    return resource.meta().orElseThrow(
        () -> new IllegalStateException("a written resource without meta"));
  }

  /** ACTIVATE or DEACTIVATE when {@code active} changed, else the write's own kind. */
  private static ChangeKind activation(ObjectNode before, ObjectNode after, ChangeKind kind) {
    boolean was = isActive(before);
    boolean is = isActive(after);
    if (was == is) {
      return kind;
    }
    return is ? ChangeKind.ACTIVATE : ChangeKind.DEACTIVATE;
  }

  private static boolean isActive(ObjectNode tree) {
    JsonNode active = tree.get(ACTIVE);
    return active != null && active.isBoolean() && active.booleanValue();
  }

  /**
   * The paths of the attributes that differ: top-level names, sub-attributes of complex
   * single-valued attributes ({@code name.givenName}), and extension attributes by their full
   * name ({@code urn:...:User:manager}). The service's own members (id, meta, schemas,
   * provenance) are left out.
   */
  static List<String> changedAttributes(ObjectNode before, ObjectNode after) {
    Set<String> names = new LinkedHashSet<>();
    before.fieldNames().forEachRemaining(names::add);
    after.fieldNames().forEachRemaining(names::add);
    List<String> changed = new ArrayList<>();
    for (String name : names) {
      if (isServiceOwned(name)) {
        continue;
      }
      JsonNode was = before.get(name);
      JsonNode is = after.get(name);
      if (sameValue(was, is)) {
        continue;
      }
      boolean extension = name.regionMatches(true, 0, "urn:", 0, 4);
      if (isObject(was) || isObject(is)) {
        String separator = extension ? ":" : ".";
        for (String sub : changedMembers(asObject(was), asObject(is))) {
          changed.add(name + separator + sub);
        }
      } else {
        changed.add(name);
      }
    }
    return changed;
  }

  private static List<String> changedMembers(ObjectNode before, ObjectNode after) {
    Set<String> names = new LinkedHashSet<>();
    before.fieldNames().forEachRemaining(names::add);
    after.fieldNames().forEachRemaining(names::add);
    List<String> changed = new ArrayList<>();
    for (String name : names) {
      if (!sameValue(before.get(name), after.get(name))) {
        changed.add(name);
      }
    }
    return changed;
  }

  private static boolean isServiceOwned(String name) {
    return name.equals(CommonAttributes.ID) || name.equals(CommonAttributes.META)
        || name.equals(CommonAttributes.SCHEMAS) || name.equals(ResourceHandler.GROUPS)
        || name.equalsIgnoreCase(BuiltInSchemas.PROVENANCE);
  }

  /** Equal values; an absent attribute and a null one are the same (both unassigned). */
  private static boolean sameValue(JsonNode a, JsonNode b) {
    boolean aMissing = a == null || a.isNull();
    boolean bMissing = b == null || b.isNull();
    if (aMissing || bMissing) {
      return aMissing == bMissing;
    }
    return a.equals(b);
  }

  private static boolean isObject(JsonNode node) {
    return node != null && node.isObject();
  }

  private static ObjectNode asObject(JsonNode node) {
    return node instanceof ObjectNode object ? object : NOTHING;
  }

  private static List<String> memberIds(JsonNode members) {
    Set<String> ids = new LinkedHashSet<>();
    if (members != null && members.isArray()) {
      for (JsonNode member : members) {
        JsonNode value = member.get("value");
        if (value != null && value.isTextual()) {
          ids.add(value.asText());
        }
      }
    }
    return List.copyOf(ids);
  }

  private static List<String> minus(List<String> from, List<String> taken) {
    Set<String> gone = Set.copyOf(taken);
    List<String> rest = new ArrayList<>();
    for (String id : from) {
      if (!gone.contains(id)) {
        rest.add(id);
      }
    }
    return rest;
  }
}

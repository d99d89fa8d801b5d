package io.scimitar.store.tck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.resource.Meta;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.CommonAttributes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds resources the way the protocol service hands them to a store: canonical trees with an
 * id and complete metadata. Versions are the service's counters {@code "1"}, {@code "2"}, ...
 */
public final class TckResources {
  /** The instant every TCK resource is created at unless a test says otherwise. */
  public static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private TckResources() {}

  /**
   * A deterministic UUID-shaped id for a test name, so that tests can refer to resources by
   * name and a store with UUID id columns can still hold them.
   */
  public static String idOf(String name) {
    return UUID.nameUUIDFromBytes(("scimitar-tck:" + name).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** A new, empty canonical tree declaring the given schemas. */
  public static ObjectNode tree(String... schemaUrns) {
    ObjectNode tree = JSON.objectNode();
    var schemas = tree.putArray(CommonAttributes.SCHEMAS);
    for (String urn : schemaUrns) {
      schemas.add(urn);
    }
    return tree;
  }

  /** A minimal user tree: schemas and userName. */
  public static ObjectNode userTree(String userName) {
    ObjectNode tree = tree(BuiltInSchemas.USER);
    tree.put("userName", userName);
    return tree;
  }

  /** A group tree with a displayName and members given by id (no display, type or $ref). */
  public static ObjectNode groupTree(String displayName, String... memberIds) {
    ObjectNode tree = tree(BuiltInSchemas.GROUP);
    tree.put("displayName", displayName);
    if (memberIds.length > 0) {
      var members = tree.putArray("members");
      for (String memberId : memberIds) {
        members.addObject().put("value", memberId);
      }
    }
    return tree;
  }

  /** A stored-ready resource at version {@code "1"}, created and modified at {@link #CREATED}. */
  public static ScimResource prepared(String resourceType, String id, ObjectNode tree) {
    return prepared(resourceType, id, tree, "1", CREATED, CREATED);
  }

  /** A stored-ready resource: the tree with this id and metadata. */
  public static ScimResource prepared(
      String resourceType, String id, ObjectNode tree, String version,
      Instant created, Instant lastModified) {
    ObjectNode copy = tree.deepCopy();
    copy.put(CommonAttributes.ID, id);
    copy.set(CommonAttributes.META,
        new Meta(resourceType, created, lastModified, null, version).toJson());
    return ScimResource.wrap(resourceType, copy);
  }

  /** A user named {@code userName} at version {@code "1"}. */
  public static ScimResource user(String id, String userName) {
    return prepared("User", id, userTree(userName));
  }

  /** A group at version {@code "1"} with members given by id. */
  public static ScimResource group(String id, String displayName, String... memberIds) {
    return prepared("Group", id, groupTree(displayName, memberIds));
  }

  /**
   * The next state of a resource as the service would write it: the same attributes with the
   * version counted up by one and lastModified a second later.
   */
  public static ScimResource nextVersion(ScimResource resource) {
    return nextVersion(resource, resource.toJson());
  }

  /** The next state of a resource with these attributes (id and meta are set from it). */
  public static ScimResource nextVersion(ScimResource current, ObjectNode attributes) {
    Meta meta = current.meta().orElseThrow();
    String next = Integer.toString(Integer.parseInt(meta.version()) + 1);
    return prepared(current.resourceType(), current.id().orElseThrow(), attributes, next,
        meta.created(), meta.lastModified().plus(Duration.ofSeconds(1)));
  }

  /** The resource with one top-level text attribute set, at the next version. */
  public static ScimResource withText(ScimResource current, String name, String value) {
    ObjectNode attributes = current.toJson();
    attributes.put(name, value);
    return nextVersion(current, attributes);
  }

  /** The resource's tree without its {@code members}. */
  public static ObjectNode withoutMembers(ScimResource resource) {
    ObjectNode tree = resource.toJson();
    tree.remove("members");
    return tree;
  }

  /** The resource without its {@code members}, same id and metadata. */
  public static ScimResource membersDropped(ScimResource resource) {
    return ScimResource.wrap(resource.resourceType(), withoutMembers(resource));
  }

  /** The {@code value}s of a group's members, in the order the store returned them. */
  public static List<String> memberIds(ScimResource group) {
    List<String> ids = new ArrayList<>();
    JsonNode members = group.view().path("members");
    for (JsonNode member : members) {
      ids.add(member.path("value").asText());
    }
    return ids;
  }

  /** The version a resource's metadata carries. */
  public static String versionOf(ScimResource resource) {
    return resource.meta().orElseThrow().version();
  }
}

package io.scimitar.core.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.CommonAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A typed view of a Group resource (RFC 7643 §4.2), for store implementers who would rather not
 * walk JSON trees. Conversions are lossless: {@code Group.fromResource(r).toResource()} equals
 * {@code r}. Whatever has no typed field here, or a value that does not fit its field (host
 * extensions, unknown attributes, a {@code meta} not written by {@link Meta}), is kept in
 * {@link #otherAttributes()} and written back unchanged.
 *
 * @param schemas the {@code schemas} URNs
 * @param id the server-assigned id, or null before creation
 * @param externalId the client's id, or null
 * @param displayName the display name
 * @param members the members, never null
 * @param meta the metadata, or null
 * @param otherAttributes top-level members without a typed field, by JSON name (extension
 *     objects under their URN); values must not be changed
 */
public record Group(
    List<String> schemas,
    String id,
    String externalId,
    String displayName,
    List<Member> members,
    Meta meta,
    Map<String, JsonNode> otherAttributes) {

  /** The resource type name of groups, as in {@code meta.resourceType}. */
  public static final String RESOURCE_TYPE = BuiltInSchemas.GROUP_RESOURCE_TYPE.name();

  public Group {
    schemas = schemas == null ? List.of() : List.copyOf(schemas);
    members = members == null ? List.of() : List.copyOf(members);
    otherAttributes = OtherAttributes.copy(otherAttributes);
  }

  /**
   * The typed view of a resource.
   *
   * @throws IllegalArgumentException when the resource is not a Group
   */
  public static Group fromResource(ScimResource resource) {
    if (!RESOURCE_TYPE.equals(resource.resourceType())) {
      throw new IllegalArgumentException("not a Group: " + resource.resourceType());
    }
    FieldReader in = new FieldReader(resource.view());
    return new Group(
        in.texts(CommonAttributes.SCHEMAS),
        in.text(CommonAttributes.ID),
        in.text(CommonAttributes.EXTERNAL_ID),
        in.text("displayName"),
        in.list("members", Member::read),
        in.meta(CommonAttributes.META),
        in.rest());
  }

  /** The resource this view describes. */
  public ScimResource toResource() {
    ObjectNode tree = new FieldWriter()
        .texts(CommonAttributes.SCHEMAS, schemas)
        .text(CommonAttributes.ID, id)
        .text(CommonAttributes.EXTERNAL_ID, externalId)
        .text("displayName", displayName)
        .list("members", members, Member::write)
        .rest(otherAttributes)
        .meta(CommonAttributes.META, meta)
        .node();
    return ScimResource.wrap(RESOURCE_TYPE, tree);
  }

  /** Starts a new group. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this group's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.schemas = schemas;
    builder.id = id;
    builder.externalId = externalId;
    builder.displayName = displayName;
    builder.members = new ArrayList<>(members);
    builder.meta = meta;
    builder.otherAttributes = new LinkedHashMap<>(otherAttributes);
    return builder;
  }

  /**
   * Builds a {@link Group}. When no schemas are set, {@link #build()} lists the core Group schema
   * and every other attribute whose name is a URN (an extension).
   */
  public static final class Builder {
    private List<String> schemas = List.of();
    private String id;
    private String externalId;
    private String displayName;
    private List<Member> members = new ArrayList<>();
    private Meta meta;
    private Map<String, JsonNode> otherAttributes = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code schemas}. */
    public Builder schemas(List<String> value) {
      this.schemas = List.copyOf(value);
      return this;
    }

    /** Sets {@code id}. */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /** Sets {@code externalId}. */
    public Builder externalId(String value) {
      this.externalId = value;
      return this;
    }

    /** Sets {@code displayName}. */
    public Builder displayName(String value) {
      this.displayName = value;
      return this;
    }

    /** Sets {@code members}. */
    public Builder members(List<Member> value) {
      this.members = new ArrayList<>(value);
      return this;
    }

    /** Adds one member. */
    public Builder addMember(Member value) {
      this.members.add(Objects.requireNonNull(value, "member"));
      return this;
    }

    /** Sets {@code meta}. */
    public Builder meta(Meta value) {
      this.meta = value;
      return this;
    }

    /** Sets an attribute without a typed field (an extension object under its URN, ...). */
    public Builder otherAttribute(String name, JsonNode value) {
      this.otherAttributes.put(name, value);
      return this;
    }

    /** The group, with default schemas when none were set. */
    public Group build() {
      List<String> urns = schemas.isEmpty()
          ? DefaultSchemas.of(BuiltInSchemas.GROUP, otherAttributes.keySet())
          : schemas;
      return new Group(urns, id, externalId, displayName, members, meta, otherAttributes);
    }
  }
}

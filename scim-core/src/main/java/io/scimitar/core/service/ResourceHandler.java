package io.scimitar.core.service;

import io.scimitar.core.catalogue.CatalogueStore;
import io.scimitar.core.compat.ClientTolerances;
import io.scimitar.core.filter.FilterEvaluator;
import io.scimitar.core.filter.FilterParser;
import io.scimitar.core.patch.PatchEngine;
import io.scimitar.core.patch.PatchRequestReader;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.projection.Projection;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.Mutability;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.sort.ResourceSorter;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.validation.ResourceValidator;
import io.scimitar.core.validation.ValidationOptions;

/**
 * Everything the service needs for one resource type, built once: its schema, store, and the
 * schema-bound validator, filter evaluator, sorter and PATCH engine.
 */
final class ResourceHandler {
  /** The attribute that holds a group's members; kept apart from the rest by stores. */
  static final String MEMBERS = "members";
  /** The read-only attribute listing the groups a user belongs to. */
  static final String GROUPS = "groups";

  private final ResourceSchema schema;
  private final ResourceStore store;
  private final ResourceValidator validator;
  private final FilterEvaluator evaluator;
  private final ResourceSorter sorter;
  private final PatchEngine patchEngine;
  private final PatchRequestReader patchReader;
  private final boolean hasMembers;
  private final boolean hasGroups;
  /** Shared by every request without parameters, so that it decides each member once. */
  private final Projection defaultProjection;
  private final boolean groupsShownByDefault;

  ResourceHandler(
      ResourceSchema schema, ResourceStore store, ValidationOptions options,
      ClientTolerances tolerances, FilterParser parser, int maxPatchOperations) {
    this.schema = schema;
    this.store = store;
    this.validator = new ResourceValidator(schema, options, tolerances);
    this.evaluator = new FilterEvaluator(schema);
    this.sorter = new ResourceSorter(schema);
    this.patchEngine = new PatchEngine(schema, parser, evaluator, validator);
    this.patchReader = new PatchRequestReader(
        parser, maxPatchOperations, schema, tolerances.emptyPatchOperations());
    this.hasMembers = schema.coreSchema().attribute(MEMBERS)
        .filter(members -> members.multiValued() && members.isComplex())
        .isPresent();
    this.hasGroups = schema.coreSchema().attribute(GROUPS)
        .map(AttributeDefinition::mutability)
        .filter(mutability -> mutability == Mutability.READ_ONLY)
        .isPresent();
    this.defaultProjection = Projection.of(schema, null, null);
    this.groupsShownByDefault = hasGroups && defaultProjection.includes(AttributePath.of(GROUPS));
  }

  ResourceSchema schema() {
    return schema;
  }

  String name() {
    return schema.resourceType().name();
  }

  /** What a response shows for these parameters. */
  Projection projection(AttributeSelection selection) {
    return selection.isDefault()
        ? defaultProjection
        : Projection.of(schema, selection.attributes(), selection.excludedAttributes());
  }

  /** Whether responses under {@code projection} show {@code groups}, which the service adds. */
  boolean showsGroups(Projection projection) {
    return projection == defaultProjection
        ? groupsShownByDefault
        : hasGroups && projection.includes(AttributePath.of(GROUPS));
  }

  ResourceStore store() {
    return store;
  }

  /** Refuses a write (405) when this type is read-only: served from a host's catalogue. */
  void checkWritable() {
    if (store instanceof CatalogueStore catalogue) {
      throw catalogue.refusal();
    }
  }

  ResourceValidator validator() {
    return validator;
  }

  FilterEvaluator evaluator() {
    return evaluator;
  }

  ResourceSorter sorter() {
    return sorter;
  }

  PatchEngine patchEngine() {
    return patchEngine;
  }

  PatchRequestReader patchReader() {
    return patchReader;
  }

  /** Whether resources of this type have a {@code members} list kept member by member. */
  boolean hasMembers() {
    return hasMembers;
  }

  /** Whether resources of this type have the read-only {@code groups} computed from memberships. */
  boolean hasGroups() {
    return hasGroups;
  }
}

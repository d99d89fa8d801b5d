package io.scimitar.core.filter;

import io.scimitar.core.path.AttributePath;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.AttributeType;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.schema.Mutability;
import io.scimitar.core.schema.ResourceSchema;
import java.util.List;
import java.util.Optional;

/**
 * Resolves top-level filter paths: every schema attribute, plus {@code schemas}, which no schema
 * defines but which RFC 7644 §3.4.2.2 filters on ({@code schemas eq
 * "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"}). Schema URIs compare
 * case-insensitively.
 */
final class TopLevelPaths {
  /** {@code schemas} as filters see it: multi-valued, case-insensitive URIs. */
  static final AttributeDefinition SCHEMAS =
      AttributeDefinition.builder(CommonAttributes.SCHEMAS, AttributeType.REFERENCE)
          .multiValued(true)
          .caseExact(false)
          .mutability(Mutability.READ_ONLY)
          .referenceTypes(List.of("uri"))
          .build();

  private TopLevelPaths() {}

  static Optional<ResolvedPath> resolve(AttributePath path, ResourceSchema resourceSchema) {
    if (path.schema() == null && !path.hasSubAttribute()
        && path.name().equalsIgnoreCase(CommonAttributes.SCHEMAS)) {
      return Optional.of(new ResolvedPath(AttributePath.of(SCHEMAS.name()), SCHEMAS, null));
    }
    return ResolvedPath.resolve(path, resourceSchema);
  }
}

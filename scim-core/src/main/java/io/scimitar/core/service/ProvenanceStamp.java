package io.scimitar.core.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.resource.Provenance;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.spi.RequestContext;
import java.util.Optional;

/**
 * Records {@link Provenance} in every resource written through the service, for resource types
 * that declare the provenance extension. Clients cannot set it: the attributes are read-only, so
 * validation and PATCH leave them as they were and this stamp writes them.
 */
final class ProvenanceStamp {
  private ProvenanceStamp() {}

  /** Marks a new resource as created over SCIM by the caller. */
  static void created(ResourceHandler handler, ObjectNode tree, RequestContext context) {
    if (applies(handler)) {
      write(tree, Provenance.createdOverScim(context.principal(), context.userAgent()));
    }
  }

  /** Marks a changed resource as last changed by the caller, keeping its origin and creator. */
  static void changed(
      ResourceHandler handler, ObjectNode tree, ObjectNode before, RequestContext context) {
    if (!applies(handler)) {
      return;
    }
    Optional<Provenance> previous = Optional.ofNullable(before.get(BuiltInSchemas.PROVENANCE))
        .flatMap(Provenance::fromJson);
    write(tree, previous
        .map(known -> known.changedBy(context.principal(), context.userAgent()))
        .orElseGet(() -> Provenance.createdOverScim(context.principal(), context.userAgent())));
  }

  private static boolean applies(ResourceHandler handler) {
    return handler.schema().extension(BuiltInSchemas.PROVENANCE).isPresent();
  }

  /**
   * Sets top-level members only, and replaces {@code schemas} rather than appending to it: a
   * PATCH result shares the members it did not change with the stored resource.
   */
  private static void write(ObjectNode tree, Provenance provenance) {
    tree.set(BuiltInSchemas.PROVENANCE, provenance.toJson());
    JsonNode schemas = tree.get(CommonAttributes.SCHEMAS);
    if (schemas instanceof ArrayNode urns) {
      for (JsonNode urn : urns) {
        if (urn.asText().equalsIgnoreCase(BuiltInSchemas.PROVENANCE)) {
          return;
        }
      }
      tree.set(CommonAttributes.SCHEMAS, urns.deepCopy().add(BuiltInSchemas.PROVENANCE));
    }
  }
}

package io.scimitar.core.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.schema.BuiltInSchemas;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a resource came from, as the service records it in the read-only extension
 * {@value BuiltInSchemas#PROVENANCE} on every create and change made over SCIM: the origin
 * ({@value #ORIGIN_SCIM}, an external provisioning client), which credential created and last
 * changed it, and the User-Agent of the latest change. SCIM clients see it only when they ask
 * for it ({@code attributes=urn:scimitar:schemas:extension:provenance:1.0}).
 *
 * @param origin how the resource arrived, {@value #ORIGIN_SCIM} for SCIM
 * @param createdBy the principal (e.g. SCIM key id) that created it
 * @param lastModifiedBy the principal of the latest change
 * @param userAgent the client's User-Agent at the latest change, possibly empty
 */
public record Provenance(String origin, String createdBy, String lastModifiedBy, String userAgent) {
  /** The origin of resources written over SCIM. */
  public static final String ORIGIN_SCIM = "scim";

  public Provenance {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(lastModifiedBy, "lastModifiedBy");
    userAgent = userAgent == null ? "" : userAgent;
  }

  /** The provenance of a resource a SCIM client has just created. */
  public static Provenance createdOverScim(String principal, String userAgent) {
    return new Provenance(ORIGIN_SCIM, principal, principal, userAgent);
  }

  /** This provenance after a change by {@code principal}. */
  public Provenance changedBy(String principal, String newUserAgent) {
    return new Provenance(origin, createdBy, principal, newUserAgent);
  }

  /** The provenance recorded in a resource, if any. */
  public static Optional<Provenance> of(ScimResource resource) {
    return resource.get(BuiltInSchemas.PROVENANCE).flatMap(Provenance::fromJson);
  }

  /** Reads the extension object; empty when it is incomplete. */
  public static Optional<Provenance> fromJson(JsonNode node) {
    String origin = node.path("origin").asText(null);
    String createdBy = node.path("createdBy").asText(null);
    String lastModifiedBy = node.path("lastModifiedBy").asText(null);
    if (origin == null || createdBy == null || lastModifiedBy == null) {
      return Optional.empty();
    }
    return Optional.of(new Provenance(
        origin, createdBy, lastModifiedBy, node.path("userAgent").asText("")));
  }

  /** The extension object; an empty User-Agent is left out, as SCIM treats "" as unassigned. */
  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("origin", origin);
    node.put("createdBy", createdBy);
    node.put("lastModifiedBy", lastModifiedBy);
    if (!userAgent.isEmpty()) {
      node.put("userAgent", userAgent);
    }
    return node;
  }
}

package io.scimitar.examples.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.resource.Provenance;
import io.scimitar.core.schema.BuiltInSchemas;
import java.util.Optional;

/**
 * Where a user or group came from, as the console shows it, derived from the provenance the
 * service records: created by the admin (the console or an admin script) is
 * {@link #MANUAL}, created by a SCIM key is {@link #EXTERNAL_IMPORT}.
 */
public enum ResourceSource {
  /** Provisioned by an identity provider over SCIM. */
  EXTERNAL_IMPORT("External Import"),
  /** Created in the console or through the admin API. */
  MANUAL("Manually created");

  /** The principal the admin API writes as, recorded as the creator of manual resources. */
  public static final String ADMIN_PRINCIPAL = "admin";

  private final String label;

  ResourceSource(String label) {
    this.label = label;
  }

  /** The text the console shows. */
  public String label() {
    return label;
  }

  /** The source of a resource read with its provenance extension; absent provenance is SCIM. */
  static ResourceSource of(JsonNode resource) {
    Optional<Provenance> provenance =
        Provenance.fromJson(resource.path(BuiltInSchemas.PROVENANCE));
    return provenance.map(known -> known.createdBy().equals(ADMIN_PRINCIPAL) ? MANUAL
        : EXTERNAL_IMPORT).orElse(EXTERNAL_IMPORT);
  }
}

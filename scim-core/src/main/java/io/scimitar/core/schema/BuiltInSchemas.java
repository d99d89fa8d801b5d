package io.scimitar.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The schemas defined by RFC 7643, loaded from the JSON documents shipped in this package (the
 * §8.7 definitions, with the known errata fixed), and the built-in User and Group resource types.
 */
public final class BuiltInSchemas {
  public static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  public static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
  public static final String ENTERPRISE_USER =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  /**
   * Scimitar's read-only provenance extension: where a resource came from (see
   * {@link io.scimitar.core.resource.Provenance}).
   */
  public static final String PROVENANCE = "urn:scimitar:schemas:extension:provenance:1.0";
  public static final String SERVICE_PROVIDER_CONFIG =
      "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";

  /**
   * The User resource type at {@code /Users}, with the optional Enterprise User and Provenance
   * extensions.
   */
  public static final ResourceType USER_RESOURCE_TYPE =
      new ResourceType(
          "User", "User", "/Users", "User Account", USER,
          List.of(new SchemaExtension(ENTERPRISE_USER, false),
              new SchemaExtension(PROVENANCE, false)));

  /** The Group resource type at {@code /Groups}, with the optional Provenance extension. */
  public static final ResourceType GROUP_RESOURCE_TYPE =
      new ResourceType("Group", "Group", "/Groups", "Group", GROUP,
          List.of(new SchemaExtension(PROVENANCE, false)));

  private static final List<Schema> RESOURCE_SCHEMAS =
      List.of(load("user.json"), load("group.json"), load("enterprise-user.json"),
          load("provenance.json"));

  private static final List<Schema> DISCOVERY_SCHEMAS =
      List.of(
          load("service-provider-config.json"), load("resource-type.json"), load("schema.json"));

  private BuiltInSchemas() {}

  /** User, Group, Enterprise User and Provenance. */
  public static List<Schema> resourceSchemas() {
    return RESOURCE_SCHEMAS;
  }

  /** ServiceProviderConfig, ResourceType and Schema: served by {@code /Schemas} too. */
  public static List<Schema> discoverySchemas() {
    return DISCOVERY_SCHEMAS;
  }

  private static Schema load(String file) {
    try (InputStream in = BuiltInSchemas.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing built-in schema " + file);
      }
      JsonNode document = new ObjectMapper().readTree(in);
      return SchemaDocuments.readSchema(document);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in schema " + file, e);
    }
  }
}

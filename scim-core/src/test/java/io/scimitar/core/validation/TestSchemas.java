package io.scimitar.core.validation;

import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.AttributeType;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.Mutability;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.ResourceType;
import io.scimitar.core.schema.Schema;
import io.scimitar.core.schema.SchemaExtension;
import io.scimitar.core.schema.SchemaRegistry;
import java.util.List;

/**
 * Schemas for validation tests: the built-in User and Group, and a "Device holder" resource type
 * whose core schema is User and which carries a host extension with one attribute of every type
 * and mutability.
 */
final class TestSchemas {
  static final String HOST = "urn:example:params:scim:schemas:extension:host:2.0:User";

  static final Schema HOST_EXTENSION = new Schema(HOST, "Host", "Every attribute type", List.of(
      simple("count", AttributeType.INTEGER).build(),
      simple("ratio", AttributeType.DECIMAL).build(),
      simple("since", AttributeType.DATE_TIME).build(),
      simple("blob", AttributeType.BINARY).build(),
      simple("homepage", AttributeType.REFERENCE).build(),
      simple("flag", AttributeType.BOOLEAN).build(),
      simple("badge", AttributeType.STRING).mutability(Mutability.IMMUTABLE).build(),
      simple("serverNote", AttributeType.STRING).mutability(Mutability.READ_ONLY).build(),
      simple("tags", AttributeType.STRING).multiValued(true).build(),
      simple("level", AttributeType.STRING).canonicalValues(List.of("low", "high")).build(),
      simple("code", AttributeType.STRING).caseExact(true)
          .canonicalValues(List.of("AB", "CD")).build(),
      AttributeDefinition.builder("device", AttributeType.COMPLEX)
          .subAttribute(simple("serial", AttributeType.STRING).required(true).build())
          .subAttribute(simple("model", AttributeType.STRING).build())
          .subAttribute(simple("vendorKey", AttributeType.STRING)
              .mutability(Mutability.IMMUTABLE).build())
          .build()));

  static final ResourceType HOLDER = new ResourceType("Holder", "Holder", "/Holders",
      "Users with the host extension", BuiltInSchemas.USER,
      List.of(new SchemaExtension(BuiltInSchemas.ENTERPRISE_USER, false),
          new SchemaExtension(HOST, false)));

  static final SchemaRegistry REGISTRY = SchemaRegistry.builder().withBuiltIns()
      .schema(HOST_EXTENSION).resourceType(HOLDER).build();

  static final ResourceSchema USER = REGISTRY.resourceSchema("User");
  static final ResourceSchema GROUP = REGISTRY.resourceSchema("Group");
  static final ResourceSchema HOLDER_SCHEMA = REGISTRY.resourceSchema("Holder");

  private TestSchemas() {}

  private static AttributeDefinition.Builder simple(String name, AttributeType type) {
    return AttributeDefinition.builder(name, type);
  }
}

package io.scimitar.core.patch;

import static io.scimitar.core.patch.PatchTesting.ENTERPRISE;
import static io.scimitar.core.patch.PatchTesting.USER;
import static io.scimitar.core.patch.PatchTesting.apply;
import static io.scimitar.core.patch.PatchTesting.engine;
import static io.scimitar.core.patch.PatchTesting.fails;
import static io.scimitar.core.patch.PatchTesting.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.filter.FilterParser;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.AttributeType;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.ResourceType;
import io.scimitar.core.schema.Schema;
import io.scimitar.core.schema.SchemaExtension;
import io.scimitar.core.schema.SchemaRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PATCH paths and no-path keys naming a whole extension, as client libraries that serialise
 * typed extension models send them (issue 16, item 3).
 */
class ExtensionPathsTest {
  private static final String VERSIONED = "urn:example:ext:1.0";
  private static final ResourceSchema EXTENDED = SchemaRegistry.builder().withBuiltIns()
      .schema(new Schema(VERSIONED, "Badge", "", List.of(
          AttributeDefinition.builder("badge", AttributeType.STRING).build())))
      .resourceType(new ResourceType("Badged", "Badged", "/Badged", "", BuiltInSchemas.USER,
          List.of(new SchemaExtension(VERSIONED, false))))
      .build().resourceSchema("Badged");

  private static ObjectNode user() {
    return json("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"u1","userName":"bjensen"}""");
  }

  private static PatchResult patch(ResourceSchema schema, ObjectNode tree, String operations) {
    PatchRequestReader reader = new PatchRequestReader(FilterParser.withDefaults(), 10, schema);
    return apply(engine(schema), tree,
        reader.read(json("{\"Operations\":" + operations + "}")));
  }

  @Test
  void aReplaceOfTheExtensionWhoseValueNamesItsSchemaIsApplied() {
    PatchResult result = patch(USER, user(), """
        [{"op":"replace","path":"%s",
          "value":{"schemas":["%s"],"employeeNumber":"701984","department":"Tour"}}]"""
        .formatted(ENTERPRISE, ENTERPRISE));

    assertThat(result.resource().get(ENTERPRISE)).isEqualTo(json("""
        {"employeeNumber":"701984","department":"Tour"}"""));
    assertThat(result.resource().get(ENTERPRISE).has("schemas")).isFalse();
  }

  @Test
  void aNoPathAddKeyedByTheUrnAcceptsTheSchemasMember() {
    PatchResult result = patch(USER, user(), """
        [{"op":"add","value":{"%s":{"schemas":["%s"],"costCenter":"4130"}}}]"""
        .formatted(ENTERPRISE, ENTERPRISE));

    assertThat(result.resource().get(ENTERPRISE)).isEqualTo(json("{\"costCenter\":\"4130\"}"));
  }

  @Test
  void aSchemasMemberNamingAnotherResourceTypesSchemaIsRefused() {
    assertThat(fails(ScimType.INVALID_VALUE, () -> patch(USER, user(), """
        [{"op":"replace","path":"%s","value":{"schemas":["urn:example:nothing"],"division":"x"}}]"""
        .formatted(ENTERPRISE))))
        .contains("'schemas' lists \"urn:example:nothing\"");
  }

  @Test
  void anExtensionUrnWhoseLastSegmentIsNotAnAttributeNameIsAPath() {
    PatchResult added = patch(EXTENDED, user(), """
        [{"op":"add","path":"%s","value":{"schemas":["%s"],"badge":"B-7"}}]"""
        .formatted(VERSIONED, VERSIONED));
    assertThat(added.resource().get(VERSIONED)).isEqualTo(json("{\"badge\":\"B-7\"}"));

    PatchResult removed = patch(EXTENDED, added.resource(), """
        [{"op":"remove","path":"%s"}]""".formatted(VERSIONED));
    assertThat(removed.resource().has(VERSIONED)).isFalse();
  }

  @Test
  void aReadOnlyExtensionIsAMutabilityErrorNotAnInvalidPath() {
    String provenance = BuiltInSchemas.PROVENANCE;
    assertThat(fails(ScimType.MUTABILITY, () -> patch(USER, user(), """
        [{"op":"replace","path":"%s","value":{"origin":"forged"}}]""".formatted(provenance))))
        .contains("readOnly");

    ObjectNode stamped = user();
    stamped.withArray("schemas").add(provenance);
    stamped.putObject(provenance).put("origin", "scim");
    assertThat(fails(ScimType.MUTABILITY, () -> patch(USER, stamped, """
        [{"op":"remove","path":"%s"}]""".formatted(provenance))))
        .contains("readOnly");
  }
}

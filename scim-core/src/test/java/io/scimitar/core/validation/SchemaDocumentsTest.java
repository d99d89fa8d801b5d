package io.scimitar.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.projection.Projection;
import io.scimitar.core.resource.RfcExamples;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.ResourceType;
import io.scimitar.core.schema.Schema;
import io.scimitar.core.schema.SchemaDocuments;
import io.scimitar.core.schema.SchemaExtension;
import io.scimitar.core.schema.SchemaRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema and discovery documents: the built-in schemas survive a write/read round trip, and the
 * RFC 7643 §8.5 and §8.6 examples and the built-in schema documents themselves are valid
 * resources of the discovery schemas, which project and serialize without loss.
 */
class SchemaDocumentsTest {
  private static final ValidationOptions REJECT_UNKNOWN =
      ValidationOptions.DEFAULTS.withUnknownAttributes(UnknownAttributePolicy.REJECT);

  /** The discovery schemas served as resource types, so they can be validated like any other. */
  private static final SchemaRegistry DISCOVERY = SchemaRegistry.builder().withBuiltIns()
      .resourceType(new ResourceType("ServiceProviderConfig", "ServiceProviderConfig",
          "/ServiceProviderConfig", "", BuiltInSchemas.SERVICE_PROVIDER_CONFIG, List.of()))
      .resourceType(new ResourceType("ResourceType", "ResourceType", "/ResourceTypes", "",
          SchemaDocuments.RESOURCE_TYPE_URN, List.of()))
      .resourceType(new ResourceType("Schema", "Schema", "/Schemas", "",
          SchemaDocuments.SCHEMA_URN, List.of()))
      .build();

  static Stream<Schema> builtInSchemas() {
    List<Schema> all = new ArrayList<>(BuiltInSchemas.resourceSchemas());
    all.addAll(BuiltInSchemas.discoverySchemas());
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("builtInSchemas")
  void everyBuiltInSchemaRoundTripsThroughItsDocument(Schema schema) {
    ObjectNode document = SchemaDocuments.writeSchema(schema, "/v2/Schemas/" + schema.id());
    ObjectNode reparsed = RfcExamples.JSON.readObject(RfcExamples.JSON.write(document));

    assertThat(SchemaDocuments.readSchema(reparsed)).isEqualTo(schema);
    assertThat(SchemaDocuments.writeSchema(SchemaDocuments.readSchema(reparsed),
        "/v2/Schemas/" + schema.id())).isEqualTo(document);
  }

  @ParameterizedTest
  @MethodSource("builtInSchemas")
  void everyBuiltInSchemaDocumentIsAValidSchemaResource(Schema schema) {
    // The Schema schema describes attributes two levels deep, one less than its own document
    // has (attributes.subAttributes.subAttributes, see rfc7643/NOTES.md): that one document
    // can only be checked with unknown sub-attributes ignored.
    boolean describesItself = schema.id().equals(SchemaDocuments.SCHEMA_URN);
    ResourceValidator schemas = new ResourceValidator(DISCOVERY.resourceSchema("Schema"),
        describesItself ? ValidationOptions.DEFAULTS : REJECT_UNKNOWN);
    ObjectNode document = SchemaDocuments.writeSchema(schema, "/v2/Schemas/" + schema.id());

    schemas.checkResult(document, null);
    assertThat(Projection.of(DISCOVERY.resourceSchema("Schema"), null, null).apply(document))
        .isEqualTo(document);
  }

  @ParameterizedTest
  @MethodSource("builtInSchemas")
  void theShippedSchemaFilesAreWhatWriteSchemaProduces(Schema schema) {
    String file = switch (schema.id()) {
      case BuiltInSchemas.USER -> "user.json";
      case BuiltInSchemas.GROUP -> "group.json";
      case BuiltInSchemas.ENTERPRISE_USER -> "enterprise-user.json";
      case BuiltInSchemas.PROVENANCE -> "provenance.json";
      case BuiltInSchemas.SERVICE_PROVIDER_CONFIG -> "service-provider-config.json";
      case SchemaDocuments.RESOURCE_TYPE_URN -> "resource-type.json";
      default -> "schema.json";
    };
    JsonNode shipped = shipped(file);
    ObjectNode written =
        SchemaDocuments.writeSchema(schema, shipped.path("meta").path("location").asText());

    // The shipped files are schema data; only the served document adds "schemas".
    assertThat(written.remove("schemas")).isNotNull();
    assertThat(written).isEqualTo(shipped);
  }

  private static JsonNode shipped(String file) {
    try (InputStream in = BuiltInSchemas.class.getResourceAsStream(file)) {
      return RfcExamples.JSON.readObject(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theRfcServiceProviderConfigIsValidAndProjectsWithoutLoss() {
    ResourceSchema config = DISCOVERY.resourceSchema("ServiceProviderConfig");
    ObjectNode example = RfcExamples.object(RfcExamples.SERVICE_PROVIDER_CONFIG);

    new ResourceValidator(config, REJECT_UNKNOWN).checkResult(example, null);
    assertThat(Projection.of(config, null, null).apply(example)).isEqualTo(example);
    assertThat(RfcExamples.JSON.readObject(RfcExamples.JSON.write(example))).isEqualTo(example);
  }

  @Test
  void theRfcResourceTypesAreValidAndReadBackAsTheBuiltIns() {
    ResourceSchema resourceTypes = DISCOVERY.resourceSchema("ResourceType");
    ResourceValidator validator = new ResourceValidator(resourceTypes, REJECT_UNKNOWN);
    JsonNode examples = RfcExamples.tree(RfcExamples.RESOURCE_TYPES);

    assertThat(examples).hasSize(2);
    for (JsonNode example : examples) {
      validator.checkResult((ObjectNode) example, null);
      assertThat(Projection.of(resourceTypes, null, null).apply((ObjectNode) example))
          .isEqualTo(example);
    }
    // §8.6 declares the Enterprise extension required; the built-in User type does not, and the
    // built-in types also carry Scimitar's provenance extension.
    assertThat(SchemaDocuments.readResourceType(examples.get(0))).isEqualTo(new ResourceType(
        "User", "User", "/Users", "User Account", BuiltInSchemas.USER,
        List.of(new SchemaExtension(BuiltInSchemas.ENTERPRISE_USER, true))));
    assertThat(SchemaDocuments.readResourceType(examples.get(1))).isEqualTo(new ResourceType(
        "Group", "Group", "/Groups", "Group", BuiltInSchemas.GROUP, List.of()));
  }
}

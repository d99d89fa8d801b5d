package io.scimitar.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.projection.Projection;
import io.scimitar.core.resource.Group;
import io.scimitar.core.resource.RfcExamples;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.resource.User;
import io.scimitar.core.schema.ResourceSchema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each RFC 7643 §8 resource example through the whole pipeline: parse with ScimJson, validate as
 * a stored resource, take it through a replace by itself, the typed view and the default
 * projection, serialize and parse again, with nothing lost on the way (only the never-returned
 * password is left out of the response).
 */
class RfcExamplesEndToEndTest {
  private static final ValidationOptions STRICT = new ValidationOptions(
      UnknownAttributePolicy.REJECT, CanonicalValuePolicy.STRICT);

  @ParameterizedTest
  @CsvSource({"minimal-user.json, User", "full-user.json, User", "enterprise-user.json, User",
      "group.json, Group"})
  void parsesValidatesProjectsAndSerializesWithoutLoss(String file, String resourceType) {
    ResourceSchema schema = TestSchemas.REGISTRY.resourceSchema(resourceType);
    ResourceValidator validator = new ResourceValidator(schema, STRICT);
    ObjectNode parsed = RfcExamples.JSON.readObject(RfcExamples.bytes(file));

    validator.checkResult(parsed, null);
    ObjectNode stored = validator.forReplace(parsed, parsed);
    ScimResource resource = ScimResource.wrap(resourceType, stored);
    ScimResource viaTypedView = resourceType.equals(User.RESOURCE_TYPE)
        ? User.fromResource(resource).toResource()
        : Group.fromResource(resource).toResource();
    ObjectNode response = Projection.of(schema, null, null).apply(viaTypedView.view());
    ObjectNode reparsed = RfcExamples.JSON.readObject(RfcExamples.JSON.write(response));

    ObjectNode expected = RfcExamples.object(file);
    expected.remove("password");
    assertThat(stored).isEqualTo(parsed);
    assertThat(viaTypedView).isEqualTo(resource);
    assertThat(reparsed).isEqualTo(expected);
  }
}

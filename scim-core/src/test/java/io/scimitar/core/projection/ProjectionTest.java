package io.scimitar.core.projection;

import org.junit.jupiter.params.provider.CsvSource;
import java.util.Map;
import java.util.LinkedHashMap;
import com.fasterxml.jackson.databind.JsonNode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.resource.RfcExamples;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.AttributeType;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.ResourceType;
import io.scimitar.core.schema.Returned;
import io.scimitar.core.schema.Schema;
import io.scimitar.core.schema.SchemaExtension;
import io.scimitar.core.schema.SchemaRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Projection of the RFC 7643 §8 examples, with exact expected output. */
class ProjectionTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.defaults();
  private static final ResourceSchema USER = REGISTRY.resourceSchema("User");
  private static final ResourceSchema GROUP = REGISTRY.resourceSchema("Group");
  private static final String ENTERPRISE = BuiltInSchemas.ENTERPRISE_USER;
  private static final String SCHEMAS_USER = "\"schemas\":[\"" + BuiltInSchemas.USER + "\"]";
  private static final String ID = "\"id\":\"2819c223-7f76-453a-919d-413861904646\"";

  private static ObjectNode json(String text) {
    return RfcExamples.JSON.readObject(text);
  }

  private static ObjectNode project(ResourceSchema schema, String attributes, String excluded,
      String file) {
    ObjectNode example = RfcExamples.object(file);
    ObjectNode projected = Projection.of(schema, attributes, excluded).apply(example);
    assertThat(example).as("the input is not changed").isEqualTo(RfcExamples.object(file));
    return projected;
  }

  @ParameterizedTest
  @ValueSource(strings = {RfcExamples.MINIMAL_USER, RfcExamples.FULL_USER,
      RfcExamples.ENTERPRISE_USER})
  void byDefaultEverythingButThePasswordIsShown(String file) {
    ObjectNode expected = RfcExamples.object(file);
    expected.remove("password");

    ObjectNode projected = project(USER, null, null, file);

    assertThat(projected).isEqualTo(expected);
    assertThat(RfcExamples.JSON.readObject(RfcExamples.JSON.write(projected)))
        .isEqualTo(expected);
  }

  @Test
  void byDefaultTheGroupIsShownWhole() {
    assertThat(project(GROUP, null, null, RfcExamples.GROUP))
        .isEqualTo(RfcExamples.object(RfcExamples.GROUP));
  }

  @Test
  void attributesSelectsOnlyThoseAndTheAlwaysReturnedId() {
    assertThat(project(USER, "userName", null, RfcExamples.FULL_USER)).isEqualTo(
        json("{" + SCHEMAS_USER + "," + ID + ",\"userName\":\"bjensen@example.com\"}"));
  }

  @Test
  void attributesNamesAreCaseInsensitiveAndMaySelectSubAttributes() {
    assertThat(project(USER, "USERNAME, Name.GivenName,emails.value", null, RfcExamples.FULL_USER))
        .isEqualTo(json("{" + SCHEMAS_USER + "," + ID + ",\"userName\":\"bjensen@example.com\","
            + "\"name\":{\"givenName\":\"Barbara\"},"
            + "\"emails\":[{\"value\":\"bjensen@example.com\"},{\"value\":\"babs@jensen.org\"}]}"));
  }

  @Test
  void aParentAndItsSubAttributeTogetherSelectTheWholeParent() {
    ObjectNode projected = project(USER, "name.givenName,name", null, RfcExamples.FULL_USER);

    assertThat(projected.get("name")).isEqualTo(RfcExamples.object(RfcExamples.FULL_USER)
        .get("name"));
  }

  @Test
  void aSubAttributeMissingFromSomeValuesLeavesThoseValuesOut() {
    assertThat(project(USER, "addresses.primary", null, RfcExamples.FULL_USER)).isEqualTo(json(
        "{" + SCHEMAS_USER + "," + ID + ",\"addresses\":[{\"primary\":true}]}"));
  }

  @Test
  void thePasswordIsNeverShownEvenWhenAskedFor() {
    assertThat(project(USER, "password,userName", null, RfcExamples.FULL_USER)).isEqualTo(
        json("{" + SCHEMAS_USER + "," + ID + ",\"userName\":\"bjensen@example.com\"}"));
  }

  @Test
  void excludedAttributesRemovesThoseAndKeepsTheRest() {
    ObjectNode expected = RfcExamples.object(RfcExamples.FULL_USER);
    expected.remove("password");
    expected.remove("emails");
    expected.remove("meta");
    ((ObjectNode) expected.get("name")).remove("formatted");

    assertThat(project(USER, null, "emails,name.formatted,META", RfcExamples.FULL_USER))
        .isEqualTo(expected);
  }

  @Test
  void anAlwaysReturnedAttributeCannotBeExcluded() {
    assertThat(project(USER, null, "id,userName", RfcExamples.MINIMAL_USER).get("id").asText())
        .isEqualTo("2819c223-7f76-453a-919d-413861904646");
  }

  @Test
  void extensionAttributesAreSelectedByUrnQualifiedPath() {
    assertThat(project(USER, ENTERPRISE + ":manager.value," + ENTERPRISE + ":department", null,
        RfcExamples.ENTERPRISE_USER)).isEqualTo(json(
            "{\"schemas\":[\"" + BuiltInSchemas.USER + "\",\"" + ENTERPRISE + "\"]," + ID + ",\""
                + ENTERPRISE + "\":{\"department\":\"Tour Operations\","
                + "\"manager\":{\"value\":\"26118915-6090-4610-87e4-49d8ca9f808d\"}}}"));
  }

  @Test
  void anUnqualifiedExtensionAttributeNameResolvesToo() {
    assertThat(project(USER, "employeeNumber", null, RfcExamples.ENTERPRISE_USER)).isEqualTo(json(
        "{\"schemas\":[\"" + BuiltInSchemas.USER + "\",\"" + ENTERPRISE + "\"]," + ID + ",\""
            + ENTERPRISE + "\":{\"employeeNumber\":\"701984\"}}"));
  }

  @Test
  void anExtensionLeftWithoutAttributesLeavesSchemasToo() {
    assertThat(project(USER, "userName", null, RfcExamples.ENTERPRISE_USER)).isEqualTo(
        json("{" + SCHEMAS_USER + "," + ID + ",\"userName\":\"bjensen@example.com\"}"));

    ObjectNode withoutExtension = project(USER, null, ENTERPRISE, RfcExamples.ENTERPRISE_USER);
    ObjectNode expected = RfcExamples.object(RfcExamples.ENTERPRISE_USER);
    expected.remove("password");
    expected.remove(ENTERPRISE);
    expected.putArray("schemas").add(BuiltInSchemas.USER);
    assertThat(withoutExtension).isEqualTo(expected);
  }

  @Test
  void aSchemaUrnSelectsAllItsAttributes() {
    ObjectNode projected = project(USER, ENTERPRISE, null, RfcExamples.ENTERPRISE_USER);

    assertThat(projected.get(ENTERPRISE))
        .isEqualTo(RfcExamples.object(RfcExamples.ENTERPRISE_USER).get(ENTERPRISE));
    assertThat(projected.has("userName")).isFalse();
  }

  @Test
  void entraReadsGroupsWithoutMembers() {
    Projection projection = Projection.of(GROUP, null, "members");
    ObjectNode expected = RfcExamples.object(RfcExamples.GROUP);
    expected.remove("members");

    assertThat(projection.apply(RfcExamples.object(RfcExamples.GROUP))).isEqualTo(expected);
    assertThat(projection.includes(AttributePath.of("members"))).isFalse();
    assertThat(projection.includes(AttributePath.of("Members", "value"))).isFalse();
    assertThat(projection.includes(AttributePath.of("displayName"))).isTrue();
  }

  @Test
  void memberIdsOnly() {
    Projection projection = Projection.of(GROUP, "members.value", null);

    assertThat(projection.apply(RfcExamples.object(RfcExamples.GROUP))).isEqualTo(json(
        "{\"schemas\":[\"" + BuiltInSchemas.GROUP + "\"],"
            + "\"id\":\"e9e30dba-f08f-4109-8486-d5c6a331660a\",\"members\":["
            + "{\"value\":\"2819c223-7f76-453a-919d-413861904646\"},"
            + "{\"value\":\"902c246b-6245-4190-8e05-00816be7344a\"}]}"));
    assertThat(projection.includes(AttributePath.of("members"))).isTrue();
    assertThat(projection.includes(AttributePath.of("members", "value"))).isTrue();
    assertThat(projection.includes(AttributePath.of("members", "display"))).isFalse();
    assertThat(projection.includes(AttributePath.of("displayName"))).isFalse();
    assertThat(projection.includes(AttributePath.of("id"))).isTrue();
  }

  @Test
  void aValueFilterInAnEntryIsIgnoredAndSelectsTheAttribute() {
    assertThat(project(USER, "emails[type eq \"work\"],userName", null, RfcExamples.FULL_USER))
        .isEqualTo(json("{" + SCHEMAS_USER + "," + ID + ",\"userName\":\"bjensen@example.com\","
            + "\"emails\":[{\"value\":\"bjensen@example.com\",\"type\":\"work\",\"primary\":true},"
            + "{\"value\":\"babs@jensen.org\",\"type\":\"home\"}]}"));
    assertThat(project(USER, "emails[type eq \"a,b\"].value", null, RfcExamples.FULL_USER)
        .get("emails")).hasSize(2);
  }

  @Test
  void unknownNamesAreIgnored() {
    assertThat(project(USER, "userName,nosuch,urn:example:nope:2.0:X:y,name.nosuch", null,
        RfcExamples.FULL_USER)).isEqualTo(
            json("{" + SCHEMAS_USER + "," + ID + ",\"userName\":\"bjensen@example.com\"}"));
    assertThat(Projection.of(USER, null, "nosuch").apply(RfcExamples.object(RfcExamples.GROUP)))
        .isEqualTo(RfcExamples.object(RfcExamples.GROUP));
  }

  @Test
  void blankParametersMeanNone() {
    ObjectNode expected = RfcExamples.object(RfcExamples.MINIMAL_USER);

    assertThat(project(USER, " ", "", RfcExamples.MINIMAL_USER)).isEqualTo(expected);
    assertThat(project(USER, " , ", null, RfcExamples.MINIMAL_USER)).isEqualTo(
        json("{" + SCHEMAS_USER + "," + ID + "}"));
  }

  @Test
  void bothParametersTogetherAreRefused() {
    ScimException error = catchThrowableOfType(ScimException.class,
        () -> Projection.of(USER, "userName", "emails"));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.scimType()).contains(ScimType.INVALID_VALUE);
    assertThat(error.detail())
        .isEqualTo("attributes and excludedAttributes cannot be used together; send one of them");
  }

  @Test
  void aMalformedEntryIsRefused() {
    ScimException error = catchThrowableOfType(ScimException.class,
        () -> Projection.of(USER, null, "userName,na me"));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.scimType()).contains(ScimType.INVALID_VALUE);
    assertThat(error.detail())
        .isEqualTo("excludedAttributes: 'na me' is not a valid attribute path");
  }

  /** A host extension with request-only and never-returned attributes and sub-attributes. */
  private static final String AUDIT = "urn:example:params:scim:schemas:extension:audit:2.0:User";
  private static final ResourceSchema AUDITED = SchemaRegistry.builder().withBuiltIns()
      .schema(new Schema(AUDIT, "Audit", "", List.of(
          attribute("lastLogin", Returned.REQUEST),
          attribute("riskScore", Returned.NEVER),
          AttributeDefinition.builder("device", AttributeType.COMPLEX)
              .subAttribute(attribute("name", Returned.DEFAULT))
              .subAttribute(attribute("fingerprint", Returned.REQUEST))
              .subAttribute(attribute("secret", Returned.NEVER))
              .build())))
      .resourceType(new ResourceType("Audited", "Audited", "/Audited", "", BuiltInSchemas.USER,
          List.of(new SchemaExtension(AUDIT, false))))
      .build().resourceSchema("Audited");

  private static AttributeDefinition attribute(String name, Returned returned) {
    return AttributeDefinition.builder(name, AttributeType.STRING).returned(returned).build();
  }

  private static final ObjectNode AUDITED_USER = json("{\"schemas\":[\"" + BuiltInSchemas.USER
      + "\",\"" + AUDIT + "\"],\"id\":\"1\",\"userName\":\"u\",\"" + AUDIT + "\":{"
      + "\"lastLogin\":\"2024-01-01T00:00:00Z\",\"riskScore\":\"7\","
      + "\"device\":{\"name\":\"laptop\",\"fingerprint\":\"ab:cd\",\"secret\":\"s\"}}}");

  @Test
  void requestOnlyAttributesAppearOnlyWhenNamed() {
    String schemas = "\"schemas\":[\"" + BuiltInSchemas.USER + "\",\"" + AUDIT + "\"]";

    assertThat(Projection.of(AUDITED, null, null).apply(AUDITED_USER)).isEqualTo(json(
        "{" + schemas + ",\"id\":\"1\",\"userName\":\"u\",\"" + AUDIT + "\":{"
            + "\"device\":{\"name\":\"laptop\"}}}"));
    assertThat(Projection.of(AUDITED, null, "userName").apply(AUDITED_USER)).isEqualTo(json(
        "{" + schemas + ",\"id\":\"1\",\"" + AUDIT + "\":{\"device\":{\"name\":\"laptop\"}}}"));
    assertThat(Projection.of(AUDITED, "lastLogin,device.fingerprint,riskScore,device.secret",
        null).apply(AUDITED_USER)).isEqualTo(json(
            "{" + schemas + ",\"id\":\"1\",\"" + AUDIT + "\":{"
                + "\"lastLogin\":\"2024-01-01T00:00:00Z\","
                + "\"device\":{\"fingerprint\":\"ab:cd\"}}}"));
    assertThat(Projection.of(AUDITED, "device", null).apply(AUDITED_USER)).isEqualTo(json(
        "{" + schemas + ",\"id\":\"1\",\"" + AUDIT + "\":{\"device\":{\"name\":\"laptop\"}}}"));
  }

  @Test
  void includesAnswersForRequestAndNeverAttributes() {
    Projection defaults = Projection.of(AUDITED, null, null);
    Projection asked = Projection.of(AUDITED, AUDIT + ":lastLogin", null);

    assertThat(defaults.includes(AttributePath.of("lastLogin"))).isFalse();
    assertThat(defaults.includes(AttributePath.of("riskScore"))).isFalse();
    assertThat(defaults.includes(AttributePath.of("password"))).isFalse();
    assertThat(defaults.includes(AttributePath.of("device", "fingerprint"))).isFalse();
    assertThat(defaults.includes(AttributePath.of("device", "name"))).isTrue();
    assertThat(defaults.includes(AttributePath.of("groups"))).isTrue();
    assertThat(asked.includes(new AttributePath(AUDIT, "lastLogin", null))).isTrue();
    assertThat(asked.includes(AttributePath.of("groups"))).isFalse();
    assertThat(asked.includes(AttributePath.of("id"))).isTrue();
  }

  @Test
  void attributesTheSchemaDoesNotDefineAreShownUnlessAttributesIsGiven() {
    ObjectNode tree = RfcExamples.object(RfcExamples.MINIMAL_USER).put("hostNote", "n");

    assertThat(Projection.of(USER, null, null).apply(tree).get("hostNote").asText())
        .isEqualTo("n");
    assertThat(Projection.of(USER, null, "userName").apply(tree).has("hostNote")).isTrue();
    assertThat(Projection.of(USER, "userName", null).apply(tree).has("hostNote")).isFalse();
  }

  /** Selections that keep, cut into and drop complex attributes, extensions and unknowns. */
  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {
      "-, -", "'userName,emails', -", "-, 'emails,name.givenName'", "-, " + ENTERPRISE,
      "'" + ENTERPRISE + ":manager.displayName,id', -", "'userName', -", "'emails.value', -",
      "-, 'emails.value,addresses,x509Certificates'", "'name.familyName,hostNote', -",
      "-, '" + ENTERPRISE + ":manager,meta'", "'" + ENTERPRISE + ":employeeNumber', -"})
  void contentIsWhatApplyReturnsByteForByte(String attributes, String excluded) {
    Projection projection = Projection.of(USER, attributes, excluded);
    for (ObjectNode stored : List.of(RfcExamples.object(RfcExamples.ENTERPRISE_USER),
        awkwardUser())) {
      ObjectNode before = stored.deepCopy();

      byte[] written = RfcExamples.JSON.write(projection.content(stored, Map.of()));

      assertThat(new String(written, java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(RfcExamples.JSON.writeString(projection.apply(stored)));
      assertThat(stored).as("the stored tree is not changed").isEqualTo(before);
    }
  }

  /**
   * A user with what stores may hold and projections must leave out or keep: empty objects and
   * arrays, a value that is not an object where one is expected, a member no schema defines, and
   * an extension that holds only an empty object.
   */
  private static ObjectNode awkwardUser() {
    return json("""
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "%s"],
         "id": "a1", "userName": "awkward", "name": {}, "addresses": [],
         "emails": [{}, {"value": "a@example.com", "type": "work"}, {"display": "only"}],
         "x509Certificates": ["not an object"], "hostNote": "kept unless attributes is given",
         "%s": {"manager": {}},
         "meta": {"resourceType": "User", "version": "W/\\"1\\""}}
        """.formatted(ENTERPRISE, ENTERPRISE));
  }

  @Test
  void anExtensionWithNothingShownLeavesSchemasInContentAsInApply() {
    Projection projection = Projection.of(USER, null, ENTERPRISE + ":manager");
    ObjectNode stored = awkwardUser();

    ObjectNode shown = RfcExamples.JSON.readObject(
        RfcExamples.JSON.write(projection.content(stored, Map.of())));

    assertThat(shown.has(ENTERPRISE)).isFalse();
    assertThat(shown.get("schemas")).hasSize(1);
    assertThat(shown).isEqualTo(projection.apply(stored));
  }

  @Test
  void aCopySharesNoValueWithTheStoredTree() {
    ObjectNode stored = RfcExamples.object(RfcExamples.ENTERPRISE_USER);

    ObjectNode copy = Projection.of(USER, null, null).apply(stored);

    assertThat(copy.get("emails")).isEqualTo(stored.get("emails"))
        .isNotSameAs(stored.get("emails"));
    assertThat(copy.get("name")).isNotSameAs(stored.get("name"));
  }

  @Test
  void replacedMembersAreShownInPlaceAddedOrRemovedByTheSameRules() {
    ObjectNode stored = RfcExamples.object(RfcExamples.ENTERPRISE_USER);
    ObjectNode meta = stored.get("meta").deepCopy();
    meta.put("location", "https://example.com/v2/Users/x");
    ObjectNode group = json("{\"value\":\"g1\",\"display\":\"Admins\",\"type\":\"direct\"}");
    Map<String, JsonNode> served = new LinkedHashMap<>();
    served.put("meta", meta);
    served.put("groups", group.arrayNode().add(group));
    served.put("nickName", null);
    Projection defaults = Projection.of(USER, null, null);
    Projection excluding = Projection.of(USER, null, "groups,meta.location");

    ObjectNode shown = defaults.apply(stored, served);
    ObjectNode withoutGroups = excluding.apply(stored, served);

    assertThat(shown.get("meta")).isEqualTo(meta);
    assertThat(shown.get("groups")).isEqualTo(served.get("groups"));
    assertThat(shown.has("nickName")).isFalse();
    assertThat(withoutGroups.has("groups")).isFalse();
    assertThat(withoutGroups.get("meta").has("location")).isFalse();
    assertThat(withoutGroups.get("meta").get("version")).isEqualTo(meta.get("version"));
    assertThat(stored).isEqualTo(RfcExamples.object(RfcExamples.ENTERPRISE_USER));
    for (Projection projection : List.of(defaults, excluding)) {
      assertThat(RfcExamples.JSON.write(projection.content(stored, served)))
          .isEqualTo(RfcExamples.JSON.write(projection.apply(stored, served)));
    }
  }

  @Test
  void aResourceWrittenAgainIsWrittenFromItsEncodedMembersWithTheSameBytes() {
    ScimResource stored = ScimResource.wrap("User", awkwardUser());
    Projection projection = Projection.of(USER, null, null);
    Map<String, JsonNode> served = new LinkedHashMap<>();
    served.put("meta", json("{\"resourceType\":\"User\",\"location\":\"https://x/Users/a1\"}"));
    served.put("groups", json("{\"g\":[{\"value\":\"g1\"}]}").get("g"));
    served.put("nickName", null);
    served.put("name", null);
    byte[] expected = RfcExamples.JSON.write(projection.apply(stored.view(), served));

    List<byte[]> written = new java.util.ArrayList<>();
    for (int read = 0; read < 4; read++) {
      written.add(RfcExamples.JSON.write(projection.content(stored, served)));
    }

    assertThat(written).allSatisfy(bytes -> assertThat(bytes).isEqualTo(expected));
    assertThat(stored.rendering(projection)).isInstanceOf(EncodedMembers.class);
    assertThat(RfcExamples.JSON.write(projection.content(stored, Map.of())))
        .as("other members served in place of the stored ones")
        .isEqualTo(RfcExamples.JSON.write(projection.apply(stored.view())));
  }

  @Test
  void aValueServedInPlaceOfAStoredMemberIsWrittenAsItIsNow() {
    ScimResource stored = ScimResource.wrap("User", awkwardUser());
    Projection projection = Projection.of(USER, null, null);
    List<String> locations = List.of("https://a/Users/1", "https://a/Users/1", "https://b/Users/1",
        "https://a/Users/1", "https://c/Users/1", "https://c/Users/1");

    for (String location : locations) {
      // As the service serves it: the same node while the location stays, a new one otherwise.
      Map<String, JsonNode> served = Map.of("meta", stored.metaAt(location));
      byte[] bytes = RfcExamples.JSON.write(projection.content(stored, served));

      assertThat(bytes).isEqualTo(RfcExamples.JSON.write(projection.apply(stored.view(), served)));
      assertThat(RfcExamples.JSON.readObject(bytes).at("/meta/location").asText())
          .isEqualTo(location);
    }
    assertThat(stored.rendering(projection)).isInstanceOf(EncodedMembers.class);
  }

  @Test
  void onlyTheProjectionWithoutParametersKeepsRenderings() {
    ScimResource stored = ScimResource.wrap("User", RfcExamples.object(RfcExamples.ENTERPRISE_USER));
    Projection selecting = Projection.of(USER, "userName", null);

    for (int read = 0; read < 3; read++) {
      assertThat(RfcExamples.JSON.write(selecting.content(stored, Map.of())))
          .isEqualTo(RfcExamples.JSON.write(selecting.apply(stored.view())));
    }

    assertThat(stored.rendering(selecting)).isNull();
  }

  @Test
  void servingAnExtensionInPlaceOfTheStoredOneBypassesTheEncodedMembers() {
    ScimResource stored = ScimResource.wrap("User", awkwardUser());
    Projection projection = Projection.of(USER, null, null);
    Map<String, JsonNode> served =
        Map.of(ENTERPRISE, json("{\"employeeNumber\":\"7\"}"));

    for (int read = 0; read < 3; read++) {
      byte[] bytes = RfcExamples.JSON.write(projection.content(stored, served));
      assertThat(bytes).isEqualTo(RfcExamples.JSON.write(projection.apply(stored.view(), served)));
      assertThat(RfcExamples.JSON.readObject(bytes).get("schemas")).hasSize(2);
    }
  }
}

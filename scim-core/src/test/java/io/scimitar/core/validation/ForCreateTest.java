package io.scimitar.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.resource.RfcExamples;
import io.scimitar.core.schema.BuiltInSchemas;
import org.junit.jupiter.api.Test;

/** Canonical create bodies: the RFC examples, and what identity providers really send. */
class ForCreateTest {
  private static final ResourceValidator USERS =
      new ResourceValidator(TestSchemas.USER, ValidationOptions.DEFAULTS);
  private static final ResourceValidator STRICT_USERS = new ResourceValidator(TestSchemas.USER,
      new ValidationOptions(UnknownAttributePolicy.REJECT, CanonicalValuePolicy.STRICT));
  private static final ResourceValidator GROUPS =
      new ResourceValidator(TestSchemas.GROUP, ValidationOptions.DEFAULTS);

  private static ObjectNode json(String text) {
    return RfcExamples.JSON.readObject(text);
  }

  @Test
  void theMinimalUserLosesOnlyWhatTheServiceAssigns() {
    ObjectNode example = RfcExamples.object(RfcExamples.MINIMAL_USER);

    assertThat(USERS.forCreate(example)).isEqualTo(json(
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
            + "\"userName\":\"bjensen@example.com\"}"));
  }

  @Test
  void theFullUserKeepsEveryWritableAttributeIncludingThePassword() {
    ObjectNode example = RfcExamples.object(RfcExamples.FULL_USER);
    ObjectNode expected = example.deepCopy();
    expected.remove("id");
    expected.remove("meta");
    expected.remove("groups");

    ObjectNode canonical = STRICT_USERS.forCreate(example);

    assertThat(canonical).isEqualTo(expected);
    assertThat(canonical.get("password").asText()).isEqualTo("t1meMa$heen");
    assertThat(example.has("id")).as("input untouched").isTrue();
  }

  @Test
  void theEnterpriseUserLosesTheReadOnlyManagerDisplayName() {
    ObjectNode example = RfcExamples.object(RfcExamples.ENTERPRISE_USER);
    ObjectNode expected = example.deepCopy();
    expected.remove("id");
    expected.remove("meta");
    expected.remove("groups");
    ((ObjectNode) expected.get(BuiltInSchemas.ENTERPRISE_USER).get("manager"))
        .remove("displayName");

    assertThat(STRICT_USERS.forCreate(example)).isEqualTo(expected);
  }

  @Test
  void theGroupLosesTheReadOnlyMemberDisplays() {
    ObjectNode example = RfcExamples.object(RfcExamples.GROUP);
    ObjectNode expected = example.deepCopy();
    expected.remove("id");
    expected.remove("meta");
    expected.get("members").forEach(member -> ((ObjectNode) member).remove("display"));

    assertThat(GROUPS.forCreate(example)).isEqualTo(expected);
  }

  @Test
  void oktaCreateBodyKeepsPasswordAndDropsReadOnlyGroups() {
    ObjectNode okta = json("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
        + "\"userName\":\"test.user@okta.local\","
        + "\"name\":{\"givenName\":\"Test\",\"familyName\":\"User\"},"
        + "\"emails\":[{\"primary\":true,\"value\":\"test.user@okta.local\",\"type\":\"work\"}],"
        + "\"displayName\":\"Test User\",\"locale\":\"en-US\","
        + "\"externalId\":\"00ujl29u0le5T6Aj10h7\","
        + "\"groups\":[],\"password\":\"1mz050nq\",\"active\":true}");
    ObjectNode expected = okta.deepCopy();
    expected.remove("groups");

    assertThat(USERS.forCreate(okta)).isEqualTo(expected);
  }

  @Test
  void entraCreateBodyIsRespelledCoercedAndCompleted() {
    ObjectNode entra = json("{\"Schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:user\"],"
        + "\"externalId\":\"ext\",\"UserName\":\"Test_User@contoso.com\",\"active\":\"True\","
        + "\"Emails\":[{\"Primary\":\"true\",\"Type\":\"work\",\"Value\":\"a@contoso.com\"}],"
        + "\"meta\":{\"resourceType\":\"User\"},\"roles\":[],\"addresses\":null,"
        + "\"name\":{\"formatted\":\"A B\",\"familyName\":null},"
        + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":"
        + "{\"Department\":\"Sales\",\"Manager\":{\"Value\":\"m1\"}}}");

    assertThat(USERS.forCreate(entra)).isEqualTo(json(
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\","
            + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"],"
            + "\"externalId\":\"ext\",\"userName\":\"Test_User@contoso.com\",\"active\":true,"
            + "\"emails\":[{\"primary\":true,\"type\":\"work\",\"value\":\"a@contoso.com\"}],"
            + "\"name\":{\"formatted\":\"A B\"},"
            + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":"
            + "{\"department\":\"Sales\",\"manager\":{\"value\":\"m1\"}}}"));
  }

  @Test
  void booleanStringsAreCoercedInAnyCase() {
    for (String text : new String[] {"True", "TRUE", "true", "False", "fAlSe"}) {
      ObjectNode canonical = USERS.forCreate(json(
          "{\"schemas\":[\"" + BuiltInSchemas.USER + "\"],\"userName\":\"u\",\"active\":\""
              + text + "\"}"));
      assertThat(canonical.get("active").isBoolean()).isTrue();
      assertThat(canonical.get("active").booleanValue()).isEqualTo(text.equalsIgnoreCase("true"));
    }
  }

  @Test
  void readOnlyIdAndMetaInTheBodyAreIgnored() {
    ObjectNode canonical = USERS.forCreate(json(
        "{\"schemas\":[\"" + BuiltInSchemas.USER + "\"],\"id\":\"client-chosen\","
            + "\"userName\":\"u\","
            + "\"meta\":{\"resourceType\":\"User\",\"created\":\"not even a date\"}}"));

    assertThat(canonical.has("id")).isFalse();
    assertThat(canonical.has("meta")).isFalse();
  }

  @Test
  void unknownAttributesAndSchemasAreIgnoredByDefault() {
    ObjectNode canonical = GROUPS.forCreate(json(
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\","
            + "\"http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group\"],"
            + "\"externalId\":\"8aa1a0c0\",\"displayName\":\"Group1DisplayName\","
            + "\"adreses\":[{\"x\":1}],\"urn:example:unknown\":{\"a\":1}}"));

    assertThat(canonical).isEqualTo(json(
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
            + "\"externalId\":\"8aa1a0c0\",\"displayName\":\"Group1DisplayName\"}"));
  }

  @Test
  void anExtensionMissingFromSchemasIsAddedAndAnEmptyOneIsLeftOut() {
    ObjectNode withData = USERS.forCreate(json(
        "{\"schemas\":[\"" + BuiltInSchemas.USER + "\"],\"userName\":\"u\","
            + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:user\":"
            + "{\"employeeNumber\":\"7\"}}"));
    ObjectNode withoutData = USERS.forCreate(json(
        "{\"schemas\":[\"" + BuiltInSchemas.USER + "\",\"" + BuiltInSchemas.ENTERPRISE_USER
            + "\"],\"userName\":\"u\",\"" + BuiltInSchemas.ENTERPRISE_USER
            + "\":{\"manager\":null}}"));

    assertThat(withData.get("schemas")).hasSize(2);
    assertThat(withData.get("schemas").get(1).asText()).isEqualTo(BuiltInSchemas.ENTERPRISE_USER);
    assertThat(withData.get(BuiltInSchemas.ENTERPRISE_USER).get("employeeNumber").asText())
        .isEqualTo("7");
    assertThat(withoutData).isEqualTo(json(
        "{\"schemas\":[\"" + BuiltInSchemas.USER + "\"],\"userName\":\"u\"}"));
  }

  @Test
  void aSingleValueForAMultiValuedAttributeIsWrapped() {
    ObjectNode canonical = USERS.forCreate(json(
        "{\"schemas\":[\"" + BuiltInSchemas.USER + "\"],\"userName\":\"u\","
            + "\"emails\":{\"value\":\"u@example.com\",\"type\":\"work\"},"
            + "\"phoneNumbers\":\"555-0100\"}"));

    assertThat(canonical.get("emails")).isEqualTo(
        json("{\"a\":[{\"value\":\"u@example.com\",\"type\":\"work\"}]}").get("a"));
    assertThat(canonical.get("phoneNumbers"))
        .isEqualTo(json("{\"a\":[{\"value\":\"555-0100\"}]}").get("a"));
  }

  @Test
  void managerIsAcceptedInEachShapeEntraSends() {
    String prefix = "{\"schemas\":[\"" + BuiltInSchemas.USER + "\"],\"userName\":\"u\",\""
        + BuiltInSchemas.ENTERPRISE_USER + "\":{\"manager\":";
    ObjectNode expected = json("{\"value\":\"271\"}");

    for (String shape : new String[] {"\"271\"", "{\"value\":\"271\"}",
        "[{\"$ref\":null,\"value\":\"271\"}]", "{\"VALUE\":\"271\"}"}) {
      ObjectNode canonical = USERS.forCreate(json(prefix + shape + "}}"));
      assertThat(canonical.get(BuiltInSchemas.ENTERPRISE_USER).get("manager"))
          .as(shape).isEqualTo(expected);
    }
  }

  @Test
  void valuesAreKeptExactlyAsSent() {
    ObjectNode body = json("{\"schemas\":[\"" + BuiltInSchemas.USER + "\"],"
        + "\"userName\":\"  Bob@Example.COM \",\"phoneNumbers\":[{\"value\":\"+1 (555) 010-0\"}],"
        + "\"emails\":[{\"value\":\"a@x\",\"type\":\"Work\"},"
        + "{\"value\":\"b@x\",\"type\":\"work\"}],"
        + "\"" + TestSchemas.HOST + "\":{\"since\":\"2011-05-13T06:42:34+02:00\",\"ratio\":1.50}}");
    ResourceValidator holders =
        new ResourceValidator(TestSchemas.HOLDER_SCHEMA, ValidationOptions.DEFAULTS);

    ObjectNode canonical = holders.forCreate(body);

    assertThat(canonical.get("userName").asText()).isEqualTo("  Bob@Example.COM ");
    assertThat(canonical.get("phoneNumbers")).isEqualTo(body.get("phoneNumbers"));
    assertThat(canonical.get("emails")).isEqualTo(body.get("emails"));
    assertThat(canonical.get(TestSchemas.HOST)).isEqualTo(body.get(TestSchemas.HOST));
  }

  @Test
  void everyAttributeTypeAcceptsItsValues() {
    ResourceValidator holders = new ResourceValidator(TestSchemas.HOLDER_SCHEMA,
        new ValidationOptions(UnknownAttributePolicy.REJECT, CanonicalValuePolicy.STRICT));
    ObjectNode host = json("{\"count\":-9007199254740993,\"ratio\":5,"
        + "\"since\":\"2011-05-13T04:42:34\","
        + "\"blob\":\"AAEC/w==\",\"homepage\":\"../Users/1\",\"flag\":false,\"badge\":\"b\","
        + "\"tags\":[\"x\",\"y\"],\"level\":\"HIGH\",\"code\":\"AB\","
        + "\"device\":{\"serial\":\"s1\",\"model\":\"m\",\"vendorKey\":\"k\"}}");
    ObjectNode body = json("{\"schemas\":[\"" + BuiltInSchemas.USER + "\",\"" + TestSchemas.HOST
        + "\"],\"userName\":\"u\"}");
    body.set(TestSchemas.HOST, host);

    assertThat(holders.forCreate(body).get(TestSchemas.HOST)).isEqualTo(host);
  }
}

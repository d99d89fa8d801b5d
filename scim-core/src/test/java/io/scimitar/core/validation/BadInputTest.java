package io.scimitar.core.validation;

import static io.scimitar.core.validation.ScimErrors.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.resource.RfcExamples;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.ResourceType;
import io.scimitar.core.schema.SchemaExtension;
import io.scimitar.core.schema.SchemaRegistry;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad body gets one precise 400: status, scimType and a detail naming the cause. */
class BadInputTest {
  private static final String USER = "\"schemas\":[\"" + BuiltInSchemas.USER + "\"]";
  private static final String HOLDER = "\"schemas\":[\"" + BuiltInSchemas.USER + "\",\""
      + TestSchemas.HOST + "\"],\"userName\":\"u\"";

  private static final ResourceValidator DEFAULT_USERS =
      new ResourceValidator(TestSchemas.USER, ValidationOptions.DEFAULTS);
  private static final ResourceValidator REJECTING_USERS = new ResourceValidator(TestSchemas.USER,
      ValidationOptions.DEFAULTS.withUnknownAttributes(UnknownAttributePolicy.REJECT));
  private static final ResourceValidator STRICT_USERS = new ResourceValidator(TestSchemas.USER,
      ValidationOptions.DEFAULTS.withCanonicalValues(CanonicalValuePolicy.STRICT));
  private static final ResourceValidator HOLDERS =
      new ResourceValidator(TestSchemas.HOLDER_SCHEMA, ValidationOptions.DEFAULTS);
  private static final ResourceValidator STRICT_HOLDERS = new ResourceValidator(
      TestSchemas.HOLDER_SCHEMA,
      ValidationOptions.DEFAULTS.withCanonicalValues(CanonicalValuePolicy.STRICT));

  private static ObjectNode json(String text) {
    return RfcExamples.JSON.readObject(text);
  }

  private static Arguments bad(String name, ResourceValidator validator, String body,
      ScimType scimType, String detail) {
    return Arguments.of(name, validator, body, scimType, detail);
  }

  static Stream<Arguments> badBodies() {
    String host = HOLDER + ",\"" + TestSchemas.HOST + "\":";
    return Stream.of(
        bad("schemas missing", DEFAULT_USERS, "{\"userName\":\"u\"}",
            ScimType.INVALID_SYNTAX, "'schemas' is missing; it must list the core schema "
                + BuiltInSchemas.USER),
        bad("schemas empty", DEFAULT_USERS, "{\"schemas\":[],\"userName\":\"u\"}",
            ScimType.INVALID_SYNTAX, "'schemas' is missing"),
        bad("schemas not an array", DEFAULT_USERS,
            "{\"schemas\":\"" + BuiltInSchemas.USER + "\",\"userName\":\"u\"}",
            ScimType.INVALID_SYNTAX, "'schemas' must be an array of schema URNs, got the string"),
        bad("schemas holding a number", DEFAULT_USERS, "{\"schemas\":[1],\"userName\":\"u\"}",
            ScimType.INVALID_SYNTAX, "'schemas' must hold schema URN strings, got the number 1"),
        bad("schemas without the core schema", DEFAULT_USERS,
            "{\"schemas\":[\"" + BuiltInSchemas.GROUP + "\"],\"userName\":\"u\"}",
            ScimType.INVALID_SYNTAX, "'schemas' must contain the core schema "
                + BuiltInSchemas.USER + " of resource type User"),
        bad("unknown extension schema under REJECT", REJECTING_USERS,
            "{\"schemas\":[\"" + BuiltInSchemas.USER + "\",\"urn:example:ext:2.0:Nope\"],"
                + "\"userName\":\"u\"}",
            ScimType.INVALID_VALUE, "unknown schema 'urn:example:ext:2.0:Nope' for resource "
                + "type User, which accepts " + BuiltInSchemas.USER + ", "
                + BuiltInSchemas.ENTERPRISE_USER),
        bad("unknown extension object under REJECT", REJECTING_USERS,
            "{" + USER + ",\"userName\":\"u\",\"urn:example:ext:2.0:Nope\":{\"a\":1}}",
            ScimType.INVALID_VALUE, "unknown schema 'urn:example:ext:2.0:Nope'"),
        bad("unknown attribute under REJECT", REJECTING_USERS,
            "{" + USER + ",\"userName\":\"u\",\"adreses\":[]}",
            ScimType.INVALID_SYNTAX, "unknown attribute 'adreses' for resource type User"),
        bad("unknown sub-attribute under REJECT", REJECTING_USERS,
            "{" + USER + ",\"userName\":\"u\",\"name\":{\"givenNme\":\"x\"}}",
            ScimType.INVALID_SYNTAX, "unknown sub-attribute 'name.givenNme'"),
        bad("unknown extension attribute under REJECT", REJECTING_USERS,
            "{" + USER + ",\"userName\":\"u\",\"" + BuiltInSchemas.ENTERPRISE_USER
                + "\":{\"departmnt\":\"x\"}}",
            ScimType.INVALID_SYNTAX,
            "unknown attribute '" + BuiltInSchemas.ENTERPRISE_USER + ":departmnt'"),
        bad("missing userName", DEFAULT_USERS, "{" + USER + ",\"displayName\":\"x\"}",
            ScimType.INVALID_VALUE, "attribute 'userName' is required"),
        bad("null userName", DEFAULT_USERS, "{" + USER + ",\"userName\":null}",
            ScimType.INVALID_VALUE, "attribute 'userName' is required"),
        bad("blank userName", DEFAULT_USERS, "{" + USER + ",\"userName\":\"  \"}",
            ScimType.INVALID_VALUE, "attribute 'userName' is required"),
        bad("same attribute twice in different case", DEFAULT_USERS,
            "{" + USER + ",\"userName\":\"a\",\"USERNAME\":\"b\"}",
            ScimType.INVALID_SYNTAX,
            "the resource names the same attribute twice: 'userName' and 'USERNAME'"),
        bad("same sub-attribute twice in different case", DEFAULT_USERS,
            "{" + USER + ",\"userName\":\"a\",\"name\":{\"givenName\":\"a\",\"GivenName\":\"b\"}}",
            ScimType.INVALID_SYNTAX,
            "attribute 'name' names the same attribute twice: 'givenName' and 'GivenName'"),
        bad("string attribute given a number", DEFAULT_USERS, "{" + USER + ",\"userName\":5}",
            ScimType.INVALID_VALUE, "attribute 'userName' must be a string, got the number 5"),
        bad("string sub-attribute given an object", DEFAULT_USERS,
            "{" + USER + ",\"userName\":\"u\",\"name\":{\"givenName\":{\"a\":1}}}",
            ScimType.INVALID_VALUE, "attribute 'name.givenName' must be a string, got an object"),
        bad("boolean given another string", DEFAULT_USERS,
            "{" + USER + ",\"userName\":\"u\",\"active\":\"yes\"}",
            ScimType.INVALID_VALUE,
            "attribute 'active' must be a boolean (true or false), got the string 'yes'"),
        bad("boolean given a number", DEFAULT_USERS,
            "{" + USER + ",\"userName\":\"u\",\"active\":1}",
            ScimType.INVALID_VALUE, "attribute 'active' must be a boolean (true or false), got "
                + "the number 1"),
        bad("boolean sub-attribute given a bad string", DEFAULT_USERS,
            "{" + USER + ",\"userName\":\"u\",\"emails\":[{\"value\":\"a\"},"
                + "{\"value\":\"b\",\"primary\":\"sure\"}]}",
            ScimType.INVALID_VALUE, "attribute 'emails[1].primary' must be a boolean"),
        bad("integer given a numeric string", HOLDERS, "{" + host + "{\"count\":\"5\"}}",
            ScimType.INVALID_VALUE, "attribute '" + TestSchemas.HOST + ":count' must be an "
                + "integer (a JSON number without fraction or exponent), got the string '5'"),
        bad("integer given a fraction", HOLDERS, "{" + host + "{\"count\":5.5}}",
            ScimType.INVALID_VALUE, "must be an integer (a JSON number without fraction or "
                + "exponent), got the number 5.5"),
        bad("integer beyond 64 bits", HOLDERS,
            "{" + host + "{\"count\":123456789012345678901234567890}}",
            ScimType.INVALID_VALUE, "must be an integer within 64 bits, got the number "
                + "123456789012345678901234567890"),
        bad("decimal given a string", HOLDERS, "{" + host + "{\"ratio\":\"1.5\"}}",
            ScimType.INVALID_VALUE, ":ratio' must be a number, got the string '1.5'"),
        bad("dateTime that is not one", HOLDERS, "{" + host + "{\"since\":\"yesterday\"}}",
            ScimType.INVALID_VALUE, ":since' must be an xsd:dateTime such as "
                + "2011-05-13T04:42:34Z, got 'yesterday'"),
        bad("dateTime given a number", HOLDERS, "{" + host + "{\"since\":1300000000}}",
            ScimType.INVALID_VALUE, ":since' must be an xsd:dateTime string, got the number"),
        bad("binary that is not base64", HOLDERS, "{" + host + "{\"blob\":\"not base64!\"}}",
            ScimType.INVALID_VALUE, ":blob' must be base64-encoded (RFC 4648 §4)"),
        bad("reference given a boolean", HOLDERS, "{" + host + "{\"homepage\":true}}",
            ScimType.INVALID_VALUE,
            ":homepage' must be a string holding a URI reference, got the boolean true"),
        bad("complex given a string", DEFAULT_USERS,
            "{" + USER + ",\"userName\":\"u\",\"name\":\"Barbara Jensen\"}",
            ScimType.INVALID_VALUE,
            "attribute 'name' must be a JSON object (it is complex), got the string"),
        bad("complex given an array of two", DEFAULT_USERS,
            "{" + USER + ",\"userName\":\"u\",\"name\":[{\"givenName\":\"a\"},"
                + "{\"givenName\":\"b\"}]}",
            ScimType.INVALID_VALUE, "attribute 'name' is single-valued and must not be an array"),
        bad("single-valued simple given an array", DEFAULT_USERS,
            "{" + USER + ",\"userName\":[\"a\"]}",
            ScimType.INVALID_VALUE, "attribute 'userName' is single-valued and must not be an "
                + "array"),
        bad("multi-valued element that is an array", DEFAULT_USERS,
            "{" + USER + ",\"userName\":\"u\",\"emails\":[[{\"value\":\"a\"}]]}",
            ScimType.INVALID_VALUE, "attribute 'emails[0]' must be a single value, not an array"),
        bad("multi-valued simple element of the wrong type", HOLDERS,
            "{" + host + "{\"tags\":[\"a\",2]}}",
            ScimType.INVALID_VALUE, ":tags[1]' must be a string, got the number 2"),
        bad("extension that is not an object", DEFAULT_USERS,
            "{" + USER + ",\"userName\":\"u\",\"" + BuiltInSchemas.ENTERPRISE_USER + "\":\"x\"}",
            ScimType.INVALID_VALUE, "'" + BuiltInSchemas.ENTERPRISE_USER
                + "' must be a JSON object holding that extension's attributes, got the string"),
        bad("two primary emails", DEFAULT_USERS,
            "{" + USER + ",\"userName\":\"u\",\"emails\":[{\"value\":\"a\",\"primary\":true},"
                + "{\"value\":\"b\",\"Primary\":\"True\"}]}",
            ScimType.INVALID_VALUE, "attribute 'emails' has 2 values with primary set to true; "
                + "at most one value may be primary"),
        bad("non-canonical type under STRICT", STRICT_USERS,
            "{" + USER + ",\"userName\":\"u\",\"emails\":[{\"value\":\"a\",\"type\":\"office\"}]}",
            ScimType.INVALID_VALUE, "attribute 'emails[0].type' has value 'office', which is not "
                + "one of its canonical values work, home, other"),
        bad("caseExact canonical value in the wrong case under STRICT", STRICT_HOLDERS,
            "{" + host + "{\"code\":\"ab\"}}",
            ScimType.INVALID_VALUE, "has value 'ab', which is not one of its canonical values "
                + "AB, CD"),
        bad("required sub-attribute missing", HOLDERS,
            "{" + host + "{\"device\":{\"model\":\"m\"}}}",
            ScimType.INVALID_VALUE,
            "attribute '" + TestSchemas.HOST + ":device.serial' is required"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBodies")
  void badBodyIsRefusedOnCreate(String name, ResourceValidator validator, String body,
      ScimType scimType, String detail) {
    assertScimError(() -> validator.forCreate(json(body)), 400, scimType, detail);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBodies")
  void badBodyIsRefusedOnReplaceToo(String name, ResourceValidator validator, String body,
      ScimType scimType, String detail) {
    ObjectNode existing = json("{" + USER + ",\"id\":\"1\",\"userName\":\"old\"}");

    assertScimError(() -> validator.forReplace(json(body), existing), 400, scimType, detail);
  }

  @Test
  void canonicalValuesAreNotEnforcedWhenLenient() {
    ObjectNode body = json("{" + USER + ",\"userName\":\"u\","
        + "\"emails\":[{\"value\":\"a\",\"type\":\"office\"}]}");

    assertThat(DEFAULT_USERS.forCreate(body).get("emails").get(0).get("type").asText())
        .isEqualTo("office");
  }

  @Test
  void aResourceTypeThatRequiresAnExtensionRefusesABodyWithoutIt() {
    ResourceType employee = new ResourceType("Employee", "Employee", "/Employees", "",
        BuiltInSchemas.USER, List.of(new SchemaExtension(BuiltInSchemas.ENTERPRISE_USER, true)));
    ResourceValidator employees = new ResourceValidator(
        SchemaRegistry.builder().withBuiltIns().resourceType(employee).build()
            .resourceSchema("Employee"),
        ValidationOptions.DEFAULTS);

    assertScimError(() -> employees.forCreate(json("{" + USER + ",\"userName\":\"u\"}")), 400,
        ScimType.INVALID_VALUE,
        "resource type Employee requires extension " + BuiltInSchemas.ENTERPRISE_USER);
    ObjectNode withExtension = json("{" + USER + ",\"userName\":\"u\",\""
        + BuiltInSchemas.ENTERPRISE_USER + "\":{\"employeeNumber\":\"1\"}}");
    assertThat(employees.forCreate(withExtension).get("schemas")).hasSize(2);
  }

  @Test
  void missingGroupDisplayNameIsRefused() {
    ResourceValidator groups = new ResourceValidator(TestSchemas.GROUP, ValidationOptions.DEFAULTS);

    assertScimError(() -> groups.forCreate(json(
        "{\"schemas\":[\"" + BuiltInSchemas.GROUP + "\"],\"members\":[]}")),
        400, ScimType.INVALID_VALUE, "attribute 'displayName' is required");
  }
}

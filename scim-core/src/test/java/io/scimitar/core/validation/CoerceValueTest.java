package io.scimitar.core.validation;

import static io.scimitar.core.validation.ScimErrors.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.resource.RfcExamples;
import org.junit.jupiter.api.Test;

/** Values written by PATCH operations. */
class CoerceValueTest {
  private static final ResourceValidator USERS =
      new ResourceValidator(TestSchemas.USER, ValidationOptions.DEFAULTS);
  private static final ResourceValidator GROUPS =
      new ResourceValidator(TestSchemas.GROUP, ValidationOptions.DEFAULTS);

  private static ResolvedPath userPath(String path) {
    return ResolvedPath.resolve(AttributePath.parse(path), TestSchemas.USER).orElseThrow();
  }

  private static JsonNode json(String text) {
    return RfcExamples.JSON.readObject("{\"v\":" + text + "}").get("v");
  }

  @Test
  void entraFalseStringBecomesABoolean() {
    assertThat(USERS.coerceValue(userPath("active"), new TextNode("False")))
        .isEqualTo(BooleanNode.FALSE);
  }

  @Test
  void objectKeysAreRespelledAndNullsAndReadOnlySubAttributesDropped() {
    ResolvedPath members = ResolvedPath.resolve(AttributePath.of("members"), TestSchemas.GROUP)
        .orElseThrow();

    assertThat(GROUPS.coerceValue(members,
        json("[{\"Value\":\"u1\",\"display\":\"ignored\",\"$ref\":null}]")))
        .isEqualTo(json("[{\"value\":\"u1\"}]"));
  }

  @Test
  void theResultHasTheShapeOfTheInput() {
    ResolvedPath emails = userPath("emails");

    assertThat(USERS.coerceValue(emails, json("{\"VALUE\":\"a@x\",\"primary\":\"true\"}")))
        .isEqualTo(json("{\"value\":\"a@x\",\"primary\":true}"));
    assertThat(USERS.coerceValue(emails, json("[{\"value\":\"a@x\"}]")))
        .isEqualTo(json("[{\"value\":\"a@x\"}]"));
  }

  @Test
  void subAttributeAndExtensionPathsAreChecked() {
    assertThat(USERS.coerceValue(userPath("emails.primary"), new TextNode("TRUE")))
        .isEqualTo(BooleanNode.TRUE);
    assertThat(USERS.coerceValue(
        userPath("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager"),
        new TextNode("271"))).isEqualTo(json("{\"value\":\"271\"}"));
    assertThat(USERS.coerceValue(userPath("manager"), json("[{\"$ref\":null,\"value\":\"271\"}]")))
        .isEqualTo(json("{\"value\":\"271\"}"));
  }

  @Test
  void noValueIsJsonNull() {
    assertThat(USERS.coerceValue(userPath("nickName"), NullNode.getInstance()))
        .isEqualTo(NullNode.getInstance());
    assertThat(USERS.coerceValue(userPath("name"), json("{\"givenName\":null}")))
        .isEqualTo(NullNode.getInstance());
    assertThat(USERS.coerceValue(userPath("emails"), json("[]")))
        .isEqualTo(NullNode.getInstance());
  }

  @Test
  void wrongValuesNameTheAttributePath() {
    assertScimError(() -> USERS.coerceValue(userPath("active"), new TextNode("nope")), 400,
        ScimType.INVALID_VALUE, "attribute 'active' must be a boolean (true or false), got the "
            + "string 'nope'");
    assertScimError(() -> USERS.coerceValue(userPath("name.familyName"), json("1")), 400,
        ScimType.INVALID_VALUE, "attribute 'name.familyName' must be a string, got the number 1");
    assertScimError(() -> USERS.coerceValue(
        userPath("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department"),
        json("[\"a\"]")), 400, ScimType.INVALID_VALUE,
        "attribute 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department' is "
            + "single-valued and must not be an array");
    assertScimError(() -> USERS.coerceValue(userPath("emails"),
        json("[{\"value\":\"a\",\"primary\":true},{\"value\":\"b\",\"primary\":true}]")),
        400, ScimType.INVALID_VALUE, "attribute 'emails' has 2 values with primary set to true");
  }
}

package io.scimitar.core.validation;

import static io.scimitar.core.validation.ScimErrors.assertScimError;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.resource.RfcExamples;
import io.scimitar.core.schema.BuiltInSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole-tree checks, as after a PATCH. */
class CheckResultTest {
  private static final ResourceValidator REJECTING_USERS = new ResourceValidator(TestSchemas.USER,
      ValidationOptions.DEFAULTS.withUnknownAttributes(UnknownAttributePolicy.REJECT));
  private static final ResourceValidator GROUPS = new ResourceValidator(TestSchemas.GROUP,
      ValidationOptions.DEFAULTS.withUnknownAttributes(UnknownAttributePolicy.REJECT));
  private static final ResourceValidator HOLDERS =
      new ResourceValidator(TestSchemas.HOLDER_SCHEMA, ValidationOptions.DEFAULTS);

  private static ObjectNode json(String text) {
    return RfcExamples.JSON.readObject(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {RfcExamples.MINIMAL_USER, RfcExamples.FULL_USER,
      RfcExamples.ENTERPRISE_USER})
  void everyRfcUserExampleIsAValidStoredUser(String file) {
    ObjectNode example = RfcExamples.object(file);

    REJECTING_USERS.checkResult(example, null);
    REJECTING_USERS.checkResult(example, example.deepCopy());
  }

  @Test
  void theRfcGroupExampleIsAValidStoredGroup() {
    ObjectNode example = RfcExamples.object(RfcExamples.GROUP);

    GROUPS.checkResult(example, example.deepCopy());
  }

  @Test
  void storedTreesAreNotCoerced() {
    ObjectNode tree = RfcExamples.object(RfcExamples.MINIMAL_USER).put("active", "False");

    assertScimError(() -> REJECTING_USERS.checkResult(tree, null), 400, ScimType.INVALID_VALUE,
        "attribute 'active' must be a boolean (true or false), got the string 'False'");
  }

  @Test
  void aPatchThatRemovedTheUserNameIsRefused() {
    ObjectNode before = RfcExamples.object(RfcExamples.MINIMAL_USER);
    ObjectNode after = before.deepCopy();
    after.remove("userName");

    assertScimError(() -> REJECTING_USERS.checkResult(after, before), 400,
        ScimType.INVALID_VALUE, "attribute 'userName' is required");
  }

  @Test
  void readOnlyChangesAreRefusedButMetaMayChange() {
    ObjectNode before = RfcExamples.object(RfcExamples.FULL_USER);
    ObjectNode newMeta = before.deepCopy();
    ((ObjectNode) newMeta.get("meta")).put("lastModified", "2020-01-01T00:00:00Z");
    ObjectNode newId = before.deepCopy().put("id", "other");
    ObjectNode newGroups = before.deepCopy();
    newGroups.remove("groups");

    REJECTING_USERS.checkResult(newMeta, before);
    assertScimError(() -> REJECTING_USERS.checkResult(newId, before), 400, ScimType.MUTABILITY,
        "attribute 'id' is readOnly and cannot be changed");
    assertScimError(() -> REJECTING_USERS.checkResult(newGroups, before), 400,
        ScimType.MUTABILITY, "attribute 'groups' is readOnly and cannot be changed");
  }

  @Test
  void immutableValuesMayBeSetOnceButNotChangedOrRemoved() {
    String schemas = "\"schemas\":[\"" + BuiltInSchemas.USER + "\",\"" + TestSchemas.HOST + "\"]";
    ObjectNode unset = json("{" + schemas + ",\"userName\":\"u\"}");
    ObjectNode set = json("{" + schemas + ",\"userName\":\"u\",\"" + TestSchemas.HOST
        + "\":{\"badge\":\"B-1\",\"device\":{\"serial\":\"s\",\"vendorKey\":\"k\"}}}");
    ObjectNode changed = set.deepCopy();
    ((ObjectNode) changed.get(TestSchemas.HOST)).put("badge", "B-2");
    ObjectNode removed = set.deepCopy();
    ((ObjectNode) removed.get(TestSchemas.HOST)).remove("badge");
    ObjectNode subChanged = set.deepCopy();
    ((ObjectNode) subChanged.get(TestSchemas.HOST).get("device")).put("vendorKey", "x");

    HOLDERS.checkResult(set, unset);
    assertScimError(() -> HOLDERS.checkResult(changed, set), 400, ScimType.MUTABILITY,
        "attribute '" + TestSchemas.HOST + ":badge' is immutable and cannot be changed once set");
    assertScimError(() -> HOLDERS.checkResult(removed, set), 400, ScimType.MUTABILITY,
        "attribute '" + TestSchemas.HOST + ":badge' is immutable and cannot be removed");
    assertScimError(() -> HOLDERS.checkResult(subChanged, set), 400, ScimType.MUTABILITY,
        "attribute '" + TestSchemas.HOST + ":device.vendorKey' is immutable and cannot be "
            + "changed once set");
  }

  @Test
  void aStoredTreeWithTwoPrimariesOrAMissingCoreSchemaIsRefused() {
    ObjectNode twoPrimaries = json("{\"schemas\":[\"" + BuiltInSchemas.USER + "\"],"
        + "\"userName\":\"u\",\"emails\":[{\"value\":\"a\",\"primary\":true},"
        + "{\"value\":\"b\",\"primary\":true}]}");
    ObjectNode noSchemas = json("{\"userName\":\"u\"}");

    assertScimError(() -> REJECTING_USERS.checkResult(twoPrimaries, null), 400,
        ScimType.INVALID_VALUE, "attribute 'emails' has 2 values with primary set to true");
    assertScimError(() -> REJECTING_USERS.checkResult(noSchemas, null), 400,
        ScimType.INVALID_SYNTAX, "'schemas' is missing");
  }
}

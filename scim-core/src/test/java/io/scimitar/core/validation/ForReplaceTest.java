package io.scimitar.core.validation;

import static io.scimitar.core.validation.ScimErrors.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.resource.RfcExamples;
import io.scimitar.core.schema.BuiltInSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Canonical replace bodies: what PUT keeps, carries over and refuses. */
class ForReplaceTest {
  private static final ResourceValidator USERS = new ResourceValidator(TestSchemas.USER,
      ValidationOptions.DEFAULTS.withUnknownAttributes(UnknownAttributePolicy.REJECT));
  private static final ResourceValidator GROUPS =
      new ResourceValidator(TestSchemas.GROUP, ValidationOptions.DEFAULTS);
  private static final ResourceValidator HOLDERS =
      new ResourceValidator(TestSchemas.HOLDER_SCHEMA, ValidationOptions.DEFAULTS);

  private static ObjectNode json(String text) {
    return RfcExamples.JSON.readObject(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {RfcExamples.MINIMAL_USER, RfcExamples.FULL_USER,
      RfcExamples.ENTERPRISE_USER})
  void replacingAUserByItselfChangesNothing(String file) {
    ObjectNode example = RfcExamples.object(file);

    assertThat(USERS.forReplace(example, example)).isEqualTo(example);
  }

  @Test
  void replacingAGroupByItselfChangesNothing() {
    ObjectNode example = RfcExamples.object(RfcExamples.GROUP);

    assertThat(GROUPS.forReplace(example, example)).isEqualTo(example);
  }

  @Test
  void oktaPutEchoingTheUserWithAChangeKeepsServerValuesAndAppliesTheChange() {
    ObjectNode stored = RfcExamples.object(RfcExamples.ENTERPRISE_USER);
    ObjectNode put = stored.deepCopy();
    put.put("id", "something-else");
    put.putArray("groups");
    put.set("meta", json("{\"resourceType\":\"User\"}"));
    put.remove("password");
    put.put("active", "False");
    ObjectNode expected = stored.deepCopy();
    expected.put("active", false);

    assertThat(USERS.forReplace(put, stored)).isEqualTo(expected);
  }

  @Test
  void omittedReadWriteAttributesAreClearedButThePasswordStays() {
    ObjectNode stored = RfcExamples.object(RfcExamples.FULL_USER);
    ObjectNode put = json("{\"schemas\":[\"" + BuiltInSchemas.USER + "\"],"
        + "\"userName\":\"bjensen@example.com\",\"active\":false}");

    ObjectNode replaced = USERS.forReplace(put, stored);

    assertThat(replaced).isEqualTo(json("{\"schemas\":[\"" + BuiltInSchemas.USER + "\"],"
        + "\"id\":\"2819c223-7f76-453a-919d-413861904646\","
        + "\"userName\":\"bjensen@example.com\",\"active\":false,\"password\":\"t1meMa$heen\"}")
        .setAll(groupsAndMetaOf(stored)));
    assertThat(replaced.fieldNames()).toIterable()
        .startsWith("schemas", "id").endsWith("meta");
  }

  private static ObjectNode groupsAndMetaOf(ObjectNode stored) {
    ObjectNode kept = json("{}");
    kept.set("groups", stored.get("groups"));
    kept.set("meta", stored.get("meta"));
    return kept;
  }

  @Test
  void oktaGroupPutWithMemberIdsOnlyKeepsTheStoredMemberDetails() {
    ObjectNode stored = RfcExamples.object(RfcExamples.GROUP);
    ObjectNode put = json("{\"schemas\":[\"" + BuiltInSchemas.GROUP + "\"],"
        + "\"displayName\":\"Tour Guides\",\"members\":["
        + "{\"value\":\"2819c223-7f76-453a-919d-413861904646\",\"display\":\"ignored\"},"
        + "{\"value\":\"new-member\",\"display\":\"ignored too\"}]}");

    ObjectNode replaced = GROUPS.forReplace(put, stored);

    assertThat(replaced.get("members")).isEqualTo(json("{\"m\":["
        + "{\"value\":\"2819c223-7f76-453a-919d-413861904646\",\"display\":\"Babs Jensen\","
        + "\"$ref\":\"https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646\"},"
        + "{\"value\":\"new-member\"}]}").get("m"));
    assertThat(replaced.get("id")).isEqualTo(stored.get("id"));
  }

  @Test
  void aNewManagerDoesNotKeepTheOldManagersDisplayName() {
    ObjectNode stored = RfcExamples.object(RfcExamples.ENTERPRISE_USER);
    ObjectNode sameManager = stored.deepCopy();
    ObjectNode newManager = stored.deepCopy();
    ((ObjectNode) newManager.get(BuiltInSchemas.ENTERPRISE_USER))
        .set("manager", json("{\"value\":\"someone-else\"}"));

    assertThat(USERS.forReplace(sameManager, stored).get(BuiltInSchemas.ENTERPRISE_USER)
        .get("manager").get("displayName").asText()).isEqualTo("John Smith");
    assertThat(USERS.forReplace(newManager, stored).get(BuiltInSchemas.ENTERPRISE_USER)
        .get("manager")).isEqualTo(json("{\"value\":\"someone-else\"}"));
  }

  @Test
  void immutableValuesAreKeptWhenLeftOutAndRefusedWhenChanged() {
    ObjectNode stored = json("{\"schemas\":[\"" + BuiltInSchemas.USER + "\",\"" + TestSchemas.HOST
        + "\"],\"id\":\"1\",\"userName\":\"u\",\"" + TestSchemas.HOST
        + "\":{\"badge\":\"B-1\",\"serverNote\":\"n\","
        + "\"device\":{\"serial\":\"s\",\"vendorKey\":\"k\"}}}");
    ObjectNode leftOut = json("{\"schemas\":[\"" + BuiltInSchemas.USER + "\"],\"userName\":\"u\"}");
    ObjectNode sameInOtherCase = json("{\"schemas\":[\"" + BuiltInSchemas.USER + "\"],"
        + "\"userName\":\"u\",\"" + TestSchemas.HOST + "\":{\"BADGE\":\"b-1\","
        + "\"device\":{\"serial\":\"s2\"}}}");
    ObjectNode changed = json("{\"schemas\":[\"" + BuiltInSchemas.USER + "\"],\"userName\":\"u\","
        + "\"" + TestSchemas.HOST + "\":{\"badge\":\"B-2\"}}");
    ObjectNode changedSub = json("{\"schemas\":[\"" + BuiltInSchemas.USER + "\"],"
        + "\"userName\":\"u\","
        + "\"" + TestSchemas.HOST + "\":{\"device\":{\"serial\":\"s\",\"vendorKey\":\"other\"}}}");

    ObjectNode storedWithoutDevice = stored.deepCopy();
    ((ObjectNode) storedWithoutDevice.get(TestSchemas.HOST)).remove("device");

    // device is readWrite: leaving it out clears it, immutable sub-attribute and all
    assertThat(HOLDERS.forReplace(leftOut, stored)).isEqualTo(storedWithoutDevice);
    assertThat(HOLDERS.forReplace(sameInOtherCase, stored).get(TestSchemas.HOST)).isEqualTo(json(
        "{\"badge\":\"b-1\",\"serverNote\":\"n\","
            + "\"device\":{\"serial\":\"s2\",\"vendorKey\":\"k\"}}"));
    assertScimError(() -> HOLDERS.forReplace(changed, stored), 400, ScimType.MUTABILITY,
        "attribute '" + TestSchemas.HOST + ":badge' is immutable and cannot be changed once set");
    assertScimError(() -> HOLDERS.forReplace(changedSub, stored), 400, ScimType.MUTABILITY,
        "attribute '" + TestSchemas.HOST + ":device.vendorKey' is immutable");
  }

  @Test
  void anImmutableValueMaySetOnReplaceWhileItHasNone() {
    ObjectNode stored = json("{\"schemas\":[\"" + BuiltInSchemas.USER + "\"],\"id\":\"1\","
        + "\"userName\":\"u\"}");
    ObjectNode put = json("{\"schemas\":[\"" + BuiltInSchemas.USER + "\"],\"userName\":\"u\","
        + "\"" + TestSchemas.HOST + "\":{\"badge\":\"B-1\"}}");

    assertThat(HOLDERS.forReplace(put, stored).get(TestSchemas.HOST).get("badge").asText())
        .isEqualTo("B-1");
  }
}

package io.scimitar.core.patch;

import static io.scimitar.core.patch.PatchTesting.GROUP;
import static io.scimitar.core.patch.PatchTesting.USER;
import static io.scimitar.core.patch.PatchTesting.apply;
import static io.scimitar.core.patch.PatchTesting.engine;
import static io.scimitar.core.patch.PatchTesting.fails;
import static io.scimitar.core.patch.PatchTesting.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.filter.FilterEvaluator;
import io.scimitar.core.filter.FilterParser;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.AttributeType;
import io.scimitar.core.schema.Mutability;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.ResourceType;
import io.scimitar.core.schema.Schema;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.validation.ResourceValidator;
import io.scimitar.core.validation.UnknownAttributePolicy;
import io.scimitar.core.validation.ValidationOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every error the engine reports, with its keyword and exact detail. */
class PatchErrorsTest {
  private final PatchEngine users = engine(USER);
  private final PatchEngine groups = engine(GROUP);

  private static ObjectNode user() {
    return json("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
         "id":"u1","userName":"bjensen","displayName":"Babs",
         "name":{"givenName":"Barbara"},
         "emails":[{"value":"bjensen@example.com","type":"work","primary":true}],
         "groups":[{"value":"g1","display":"Tour Guides"}],
         "meta":{"resourceType":"User","created":"2024-01-01T00:00:00Z",
                 "lastModified":"2024-01-01T00:00:00Z","version":"W/\\"1\\""}}""");
  }

  private String userFails(ScimType type, String operations) {
    ObjectNode before = user();
    String detail = fails(type, () -> apply(users, before, "{\"Operations\":" + operations + "}"));
    assertThat(before).as("input untouched").isEqualTo(user());
    return detail;
  }

  @Test
  void unknownAttributesAreInvalidPath() {
    assertThat(userFails(ScimType.INVALID_PATH, """
        [{"op":"add","path":"nickname","value":"x"},{"op":"add","path":"shoeSize","value":42}]"""))
        .isEqualTo("operation 2 (add): unknown attribute 'shoeSize' in path 'shoeSize'");
    assertThat(userFails(ScimType.INVALID_PATH, """
        [{"op":"replace","path":"name.nickname","value":"x"}]"""))
        .isEqualTo("operation 1 (replace): attribute 'name' has no sub-attribute 'nickname'");
    assertThat(userFails(ScimType.INVALID_PATH, """
        [{"op":"replace","path":"emails[type eq \\"work\\"].label","value":"x"}]"""))
        .isEqualTo("operation 1 (replace): attribute 'emails' has no sub-attribute 'label'");
    assertThat(userFails(ScimType.INVALID_PATH, """
        [{"op":"replace","path":"urn:example:unknown:2.0:Thing:size","value":"x"}]"""))
        .isEqualTo("operation 1 (replace): unknown attribute "
            + "'urn:example:unknown:2.0:Thing:size' in path 'urn:example:unknown:2.0:Thing:size'");
    assertThat(userFails(ScimType.INVALID_PATH, """
        [{"op":"replace","value":{"displayName":"x","shoeSize":42}}]"""))
        .isEqualTo("operation 1 (replace): unknown attribute 'shoeSize' in path 'shoeSize'");
  }

  @Test
  void filtersAndSubAttributesThatDoNotFitAreRefused() {
    assertThat(userFails(ScimType.INVALID_PATH, """
        [{"op":"remove","path":"name[givenName eq \\"x\\"]"}]"""))
        .isEqualTo("operation 1 (remove): path 'name[givenName eq \"x\"]': a value filter "
            + "applies only to a multi-valued attribute, and 'name' is not one");
    assertThat(userFails(ScimType.INVALID_FILTER, """
        [{"op":"remove","path":"emails[label eq \\"x\\" or type eq \\"work\\"]"}]"""))
        .isEqualTo("operation 1 (remove): attribute 'emails' has no sub-attribute 'label'");
    assertThat(fails(ScimType.INVALID_FILTER, () -> apply(groups, json("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"g","displayName":"G"}"""),
        "{\"Operations\":[{\"op\":\"remove\",\"path\":\"members[foo eq 1]\"}]}")))
        .isEqualTo("operation 1 (remove): attribute 'members' has no sub-attribute 'foo'");
    assertThat(userFails(ScimType.INVALID_PATH, """
        [{"op":"remove","path":"userName.first"}]"""))
        .isEqualTo("operation 1 (remove): attribute 'userName' has no sub-attribute 'first'");
  }

  @Test
  void aFilterMatchingNothingIsNoTarget() {
    assertThat(userFails(ScimType.NO_TARGET, """
        [{"op":"replace","path":"displayName","value":"B"},
         {"op":"add","path":"nickName","value":"Bee"},
         {"op":"remove","path":"emails[type eq \\"home\\"]"}]"""))
        .isEqualTo("operation 3 (remove): path 'emails[type eq \"home\"]' matched no value");
    assertThat(userFails(ScimType.NO_TARGET, """
        [{"op":"replace","path":"emails[type eq \\"home\\"]","value":{"value":"h@x"}}]"""))
        .isEqualTo("operation 1 (replace): path 'emails[type eq \"home\"]' matched no value");
    assertThat(userFails(ScimType.NO_TARGET, """
        [{"op":"remove","path":"emails[type eq \\"home\\"].display"}]"""))
        .isEqualTo(
            "operation 1 (remove): path 'emails[type eq \"home\"].display' matched no value");
  }

  @Test
  void anAddThroughAFilterThatDescribesNoSingleValueIsNoTargetWhenNothingMatches() {
    assertThat(userFails(ScimType.NO_TARGET, """
        [{"op":"add","path":"emails[value co \\"home\\"].display","value":"Home"}]"""))
        .isEqualTo(
            "operation 1 (add): path 'emails[value co \"home\"].display' matched no value");
  }

  @Test
  void anAddWhoseValueContradictsItsFilterIsInvalidValue() {
    assertThat(userFails(ScimType.INVALID_VALUE, """
        [{"op":"add","path":"emails[type eq \\"home\\"]","value":{"value":"h@x","type":"other"}}]"""))
        .isEqualTo("operation 1 (add): the value for path 'emails[type eq \"home\"]' "
            + "contradicts its filter");
  }

  @Test
  void valuesOfTheWrongShapeAreInvalidValue() {
    assertThat(userFails(ScimType.INVALID_VALUE, """
        [{"op":"replace","value":"Babs"}]"""))
        .isEqualTo("operation 1 (replace): without a path, 'value' must be an object of "
            + "attributes, got a string");
    assertThat(userFails(ScimType.INVALID_VALUE, """
        [{"op":"add","path":"manager","value":[{"value":"m1"},{"value":"m2"}]}]"""))
        .isEqualTo("operation 1 (add): 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:"
            + "User:manager' takes a single value, got an array of 2");
    assertThat(userFails(ScimType.INVALID_VALUE, """
        [{"op":"replace","path":"name","value":true}]"""))
        .isEqualTo("operation 1 (replace): the value for 'name' must be an object, got a boolean");
    assertThat(userFails(ScimType.INVALID_VALUE, """
        [{"op":"replace","value":{"schemas":["urn:example:Other"]}}]"""))
        .isEqualTo("operation 1 (replace): 'schemas' lists \"urn:example:Other\", which is not "
            + "a schema of User");
    assertThat(userFails(ScimType.INVALID_VALUE, """
        [{"op":"add","path":"emails","value":[{"value":"a@x","primary":true},
                                              {"value":"b@x","primary":true}]}]"""))
        .isEqualTo("operation 1 (add): attribute 'emails' has 2 values with primary set to "
            + "true; at most one value may be primary");
  }

  @Test
  void typeErrorsFromTheValidatorNameTheOperation() {
    assertThat(userFails(ScimType.INVALID_VALUE, """
        [{"op":"replace","path":"displayName","value":"x"},
         {"op":"replace","path":"active","value":"maybe"}]"""))
        .startsWith("operation 2 (replace): ");
  }

  @Test
  void readOnlyAttributesCannotChange() {
    assertThat(userFails(ScimType.MUTABILITY, """
        [{"op":"replace","path":"id","value":"u2"}]"""))
        .isEqualTo("operation 1 (replace): attribute 'id' is readOnly");
    assertThat(userFails(ScimType.MUTABILITY, """
        [{"op":"replace","path":"meta.version","value":"W/\\"2\\""}]"""))
        .isEqualTo("operation 1 (replace): attribute 'meta.version' is readOnly");
    assertThat(userFails(ScimType.MUTABILITY, """
        [{"op":"add","path":"groups","value":[{"value":"g2"}]}]"""))
        .isEqualTo("operation 1 (add): attribute 'groups' is readOnly");
    assertThat(userFails(ScimType.MUTABILITY, """
        [{"op":"remove","path":"id"}]"""))
        .isEqualTo("operation 1 (remove): attribute 'id' is readOnly and cannot be removed");
    assertThat(userFails(ScimType.MUTABILITY, """
        [{"op":"remove","path":"groups[value eq \\"g1\\"]"}]"""))
        .isEqualTo("operation 1 (remove): attribute 'groups' is readOnly and cannot be removed");
    assertThat(userFails(ScimType.MUTABILITY, """
        [{"op":"replace","value":{"meta":{"version":"W/\\"9\\""}}}]"""))
        .isEqualTo("operation 1 (replace): attribute 'meta' is readOnly");
  }

  @Test
  void requiredAttributesCannotBeRemoved() {
    assertThat(userFails(ScimType.MUTABILITY, """
        [{"op":"remove","path":"userName"}]"""))
        .isEqualTo("operation 1 (remove): attribute 'userName' is required and cannot be removed");
    assertThat(userFails(ScimType.MUTABILITY, """
        [{"op":"replace","path":"userName","value":""}]"""))
        .isEqualTo("operation 1 (replace): attribute 'userName' is required and cannot be removed");
  }

  @Test
  void immutableMemberSubAttributesCannotChange() {
    ObjectNode group = json("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"g1",
         "displayName":"G","members":[{"value":"u1","type":"User"}]}""");
    assertThat(fails(ScimType.MUTABILITY, () -> apply(groups, group, """
        {"Operations":[{"op":"replace","path":"members[value eq \\"u1\\"].value","value":"u2"}]}""")))
        .isEqualTo("operation 1 (replace): attribute 'members.value' is immutable and already "
            + "has a value");
    assertThat(fails(ScimType.MUTABILITY, () -> apply(groups, group, """
        {"Operations":[{"op":"remove","path":"members[value eq \\"u1\\"].type"}]}""")))
        .isEqualTo("operation 1 (remove): attribute 'members.type' is immutable and cannot be "
            + "removed");
  }

  @Test
  void anImmutableAttributeCanBeSetOnlyWhileUnset() {
    Schema device = new Schema("urn:example:scim:Device", "Device", "", List.of(
        AttributeDefinition.builder("serial", AttributeType.STRING)
            .mutability(Mutability.IMMUTABLE).build(),
        AttributeDefinition.builder("label", AttributeType.STRING).build(),
        AttributeDefinition.builder("keys", AttributeType.COMPLEX).multiValued(true)
            .mutability(Mutability.IMMUTABLE)
            .subAttribute(AttributeDefinition.builder("value", AttributeType.STRING).build())
            .build()));
    ResourceSchema devices = SchemaRegistry.builder().schema(device)
        .resourceType(new ResourceType("Device", "Device", "/Devices", "A device",
            device.id(), List.of()))
        .build().resourceSchema("Device");
    PatchEngine engine = engine(devices);
    ObjectNode unset = json("{\"schemas\":[\"urn:example:scim:Device\"],\"id\":\"d1\"}");

    PatchResult set = apply(engine, unset,
        "{\"Operations\":[{\"op\":\"add\",\"path\":\"serial\",\"value\":\"S-1\"}]}");
    assertThat(set.resource().get("serial").asText()).isEqualTo("S-1");
    assertThat(apply(engine, set.resource(),
        "{\"Operations\":[{\"op\":\"replace\",\"path\":\"serial\",\"value\":\"S-1\"}]}")
        .changed()).isFalse();
    assertThat(fails(ScimType.MUTABILITY, () -> apply(engine, set.resource(),
        "{\"Operations\":[{\"op\":\"replace\",\"path\":\"serial\",\"value\":\"S-2\"}]}")))
        .isEqualTo("operation 1 (replace): attribute 'serial' is immutable and already has a "
            + "value");
    assertThat(fails(ScimType.MUTABILITY, () -> apply(engine, set.resource(),
        "{\"Operations\":[{\"op\":\"remove\",\"path\":\"serial\"}]}")))
        .isEqualTo("operation 1 (remove): attribute 'serial' is immutable and cannot be removed");
    assertThat(engine.membersAttribute()).isEmpty();

    ObjectNode withKeys = set.resource().deepCopy();
    withKeys.putArray("keys").add(json("{\"value\":\"k1\"}")).add(json("{\"value\":\"k2\"}"));
    assertThat(fails(ScimType.MUTABILITY, () -> apply(engine, withKeys, """
        {"Operations":[{"op":"remove","path":"keys[value eq \\"k1\\"]"}]}""")))
        .isEqualTo("operation 1 (remove): attribute 'keys' is immutable; its values cannot be "
            + "removed or replaced");
    assertThat(fails(ScimType.MUTABILITY, () -> apply(engine, withKeys, """
        {"Operations":[{"op":"add","path":"keys","value":[{"value":"k3"}]}]}""")))
        .isEqualTo("operation 1 (add): attribute 'keys' is immutable and already has a value");
    assertThat(fails(ScimType.MUTABILITY, () -> apply(engine, withKeys, """
        {"Operations":[{"op":"remove","path":"keys"}]}""")))
        .isEqualTo("operation 1 (remove): attribute 'keys' is immutable and cannot be removed");
  }

  @Test
  void anExplicitMemberAttributeMustBeOne() {
    assertThatThrownBy(() -> engine(USER, "name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'name' is not a multi-valued complex attribute with a 'value' "
            + "sub-attribute of User");
  }

  @Test
  void unknownSubAttributesInValuesFollowTheValidationPolicy() {
    PatchEngine strict = new PatchEngine(USER, FilterParser.withDefaults(),
        new FilterEvaluator(USER), new ResourceValidator(USER,
            ValidationOptions.DEFAULTS.withUnknownAttributes(UnknownAttributePolicy.REJECT)));
    assertThat(fails(ScimType.INVALID_SYNTAX, () -> apply(strict, user(), """
        {"Operations":[{"op":"add","path":"emails","value":[{"value":"x@y","label":"x"}]}]}""")))
        .startsWith("operation 1 (add): ")
        .contains("label");
    PatchResult lenient = apply(users, user(), """
        {"Operations":[{"op":"add","path":"emails","value":[{"value":"x@y","label":"x"}]}]}""");
    assertThat(lenient.resource().at("/emails/1")).isEqualTo(json("{\"value\":\"x@y\"}"));
  }

  @Test
  void aFailingThirdOperationLeavesTheResourceUntouched() {
    ObjectNode before = user();
    ObjectNode pristine = user();
    fails(ScimType.NO_TARGET, () -> apply(users, before, """
        {"Operations":[
          {"op":"replace","path":"displayName","value":"Changed"},
          {"op":"add","path":"emails","value":[{"value":"new@example.com","type":"home"}]},
          {"op":"remove","path":"phoneNumbers[type eq \\"work\\"]"}]}"""));
    assertThat(before).isEqualTo(pristine);
  }

  @Test
  void aFailingOperationLeavesMemberChangesUnreported() {
    ObjectNode group = json("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"g1","displayName":"G"}""");
    fails(ScimType.MUTABILITY, () -> groups.apply(group, PatchTesting.request("""
        {"Operations":[{"op":"add","path":"members","value":[{"value":"u1"}]},
                       {"op":"replace","path":"id","value":"g2"}]}"""), false));
    assertThat(group).isEqualTo(json("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"g1","displayName":"G"}"""));
  }
}

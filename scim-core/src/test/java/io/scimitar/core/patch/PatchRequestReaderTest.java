package io.scimitar.core.patch;

import static io.scimitar.core.patch.PatchTesting.fails;
import static io.scimitar.core.patch.PatchTesting.json;
import static io.scimitar.core.patch.PatchTesting.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.filter.FilterParser;
import io.scimitar.core.path.AttributePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatchRequestReaderTest {

  @Test
  void readsOperationsInOrderWithPathsAndValues() {
    PatchRequest request = reader().read(json("""
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
         "Operations":[
           {"op":"add","path":"emails[type eq \\"work\\"].value","value":"a@example.com"},
           {"op":"remove","path":"nickName"},
           {"op":"replace","value":{"active":false}}]}"""));

    assertThat(request.operations()).hasSize(3);
    PatchOperation add = request.operations().get(0);
    assertThat(add.op()).isEqualTo(PatchOp.ADD);
    assertThat(add.path().attribute()).isEqualTo(AttributePath.of("emails"));
    assertThat(add.path().valueFilter().render()).isEqualTo("type eq \"work\"");
    assertThat(add.path().subAttribute()).isEqualTo("value");
    assertThat(add.value().asText()).isEqualTo("a@example.com");
    PatchOperation remove = request.operations().get(1);
    assertThat(remove.op()).isEqualTo(PatchOp.REMOVE);
    assertThat(remove.value()).isNull();
    PatchOperation replace = request.operations().get(2);
    assertThat(replace.path()).isNull();
    assertThat(replace.value().get("active").booleanValue()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"add", "Add", "ADD", "aDd"})
  void readsOperationNamesInAnyCase(String name) {
    PatchRequest request = reader().read(json(
        "{\"Operations\":[{\"op\":\"" + name + "\",\"path\":\"nickName\",\"value\":\"x\"}]}"));
    assertThat(request.operations().get(0).op()).isEqualTo(PatchOp.ADD);
  }

  @Test
  void readsMemberNamesInAnyCaseAndSchemasAfterOperations() {
    PatchRequest request = reader().read(json("""
        {"operations":[{"OP":"Replace","Path":"active","Value":"False"}],
         "SCHEMAS":["urn:ietf:params:scim:api:messages:2.0:patchop"]}"""));
    assertThat(request.operations().get(0).op()).isEqualTo(PatchOp.REPLACE);
    assertThat(request.operations().get(0).value().asText()).isEqualTo("False");
  }

  @Test
  void acceptsABodyWithoutSchemas() {
    PatchRequest request =
        reader().read(json("{\"Operations\":[{\"op\":\"remove\",\"path\":\"nickName\"}]}"));
    assertThat(request.operations()).hasSize(1);
  }

  @Test
  void ignoresUnknownOperationMembersAndReadsBlankPathsAsNone() {
    PatchRequest request = reader().read(json("""
        {"Operations":[{"name":"addMember","op":"replace","path":"  ","value":{"active":true}}]}
        """));
    assertThat(request.operations().get(0).path()).isNull();
  }

  @Test
  void keepsAnExplicitNullValueApartFromAMissingOne() {
    PatchRequest request = reader().read(json(
        "{\"Operations\":[{\"op\":\"replace\",\"path\":\"nickName\",\"value\":null}]}"));
    assertThat(request.operations().get(0).value().isNull()).isTrue();
  }

  @Test
  void refusesSchemasWithoutThePatchOpUrn() {
    String detail = fails(ScimType.INVALID_SYNTAX, () -> reader().read(json("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
         "Operations":[{"op":"remove","path":"nickName"}]}""")));
    assertThat(detail).isEqualTo("'schemas' of a PATCH request must contain "
        + "urn:ietf:params:scim:api:messages:2.0:PatchOp");
  }

  @Test
  void refusesMissingEmptyOrMisshapenOperations() {
    assertThat(fails(ScimType.INVALID_SYNTAX, () -> reader().read(json("{\"schemas\":[]}"))))
        .isEqualTo("'schemas' of a PATCH request must contain "
            + "urn:ietf:params:scim:api:messages:2.0:PatchOp");
    assertThat(fails(ScimType.INVALID_SYNTAX, () -> reader().read(json("{}"))))
        .isEqualTo("PATCH request has no 'Operations'");
    assertThat(fails(ScimType.INVALID_SYNTAX,
        () -> reader().read(json("{\"Operations\":[]}"))))
        .isEqualTo("'Operations' is empty; a PATCH request needs at least one");
    assertThat(fails(ScimType.INVALID_SYNTAX,
        () -> reader().read(json("{\"Operations\":{\"op\":\"add\"}}"))))
        .isEqualTo("'Operations' must be an array, got an object");
    assertThat(fails(ScimType.INVALID_SYNTAX,
        () -> reader().read(json("{\"Operations\":[\"add\"]}"))))
        .isEqualTo("operation 1 must be an object, got a string");
    assertThat(fails(ScimType.INVALID_SYNTAX, () -> reader().read(
        json("{\"Operations\":[],\"operations\":[]}"))))
        .isEqualTo("PATCH request has 'Operations' more than once");
  }

  @Test
  void refusesMissingOrUnknownOp() {
    assertThat(fails(ScimType.INVALID_SYNTAX, () -> reader().read(json("""
        {"Operations":[{"op":"add","path":"nickName","value":"x"},{"path":"nickName"}]}"""))))
        .isEqualTo("operation 2 has no 'op' (add, remove or replace)");
    assertThat(fails(ScimType.INVALID_SYNTAX, () -> reader().read(json("""
        {"Operations":[{"op":"move","path":"nickName"}]}"""))))
        .isEqualTo("operation 1 has unknown op 'move'; expected add, remove or replace");
  }

  @Test
  void refusesAddAndReplaceWithoutValue() {
    assertThat(fails(ScimType.INVALID_SYNTAX, () -> reader().read(json("""
        {"Operations":[{"op":"Add","path":"nickName"}]}"""))))
        .isEqualTo("operation 1 (add): 'value' is required");
    assertThat(fails(ScimType.INVALID_SYNTAX, () -> reader().read(json("""
        {"Operations":[{"op":"replace"}]}"""))))
        .isEqualTo("operation 1 (replace): 'value' is required");
  }

  @Test
  void refusesRemoveWithoutPathAsNoTarget() {
    assertThat(fails(ScimType.NO_TARGET, () -> reader().read(json("""
        {"Operations":[{"op":"remove","value":{"nickName":"Babs"}}]}"""))))
        .isEqualTo("operation 1 (remove): remove needs a 'path'");
  }

  @Test
  void refusesNonStringAndMalformedPaths() {
    assertThat(fails(ScimType.INVALID_SYNTAX, () -> reader().read(json("""
        {"Operations":[{"op":"remove","path":42}]}"""))))
        .isEqualTo("operation 1 (remove): 'path' must be a string, got a number");
    assertThat(fails(ScimType.INVALID_PATH, () -> reader().read(json("""
        {"Operations":[{"op":"remove","path":"nickName"},
                       {"op":"remove","path":"emails[type eq \\"work\\"]x"}]}"""))))
        .isEqualTo("operation 2 (remove): invalid path at position 23: expected the end of the "
            + "path or '.subAttribute' after ']', found 'x'");
    assertThat(fails(ScimType.INVALID_FILTER, () -> reader().read(json("""
        {"Operations":[{"op":"remove","path":"emails[type eq \\"work\\""}]}"""))))
        .isEqualTo("operation 1 (remove): invalid filter at position 7: '[' is never closed by "
            + "']'");
  }

  @Test
  void refusesMoreOperationsThanConfigured() {
    PatchRequestReader small = new PatchRequestReader(FilterParser.withDefaults(), 2);
    ScimException error = catchThrowableOfType(ScimException.class, () -> small.read(json("""
        {"Operations":[{"op":"remove","path":"a"},{"op":"remove","path":"b"},
                       {"op":"remove","path":"c"}]}""")));
    assertThat(error.status()).isEqualTo(413);
    assertThat(error.detail())
        .isEqualTo("PATCH request has 3 operations; at most 2 are accepted");
  }
}

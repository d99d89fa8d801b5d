package io.scimitar.core.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.scimitar.core.schema.BuiltInSchemas;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedViewsTest {

  private static ScimResource user(String file) {
    return ScimResource.wrap(User.RESOURCE_TYPE, RfcExamples.object(file));
  }

  private static ScimResource user(ObjectNode tree) {
    return ScimResource.wrap(User.RESOURCE_TYPE, tree);
  }

  @ParameterizedTest
  @ValueSource(strings = {RfcExamples.MINIMAL_USER, RfcExamples.FULL_USER,
      RfcExamples.ENTERPRISE_USER})
  void everyRfcUserExampleRoundTripsWithoutLoss(String file) {
    ScimResource resource = user(file);

    User view = User.fromResource(resource);

    assertThat(view.toResource()).isEqualTo(resource);
    byte[] serialized = RfcExamples.JSON.write(view.toResource().view());
    assertThat(RfcExamples.JSON.readObject(serialized)).isEqualTo(RfcExamples.object(file));
  }

  @Test
  void theRfcGroupExampleRoundTripsWithoutLoss() {
    ScimResource resource =
        ScimResource.wrap(Group.RESOURCE_TYPE, RfcExamples.object(RfcExamples.GROUP));

    Group view = Group.fromResource(resource);

    assertThat(view.toResource()).isEqualTo(resource);
    assertThat(view.displayName()).isEqualTo("Tour Guides");
    assertThat(view.members()).extracting(Member::value, Member::display).containsExactly(
        tuple("2819c223-7f76-453a-919d-413861904646", "Babs Jensen"),
        tuple("902c246b-6245-4190-8e05-00816be7344a",
            "Mandy Pepperidge"));
    assertThat(view.members().get(0).ref())
        .isEqualTo("https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646");
    assertThat(view.otherAttributes()).isEmpty();
  }

  @Test
  void theEnterpriseExampleFillsTypedFieldsAndLeavesNothingOver() {
    User view = User.fromResource(user(RfcExamples.ENTERPRISE_USER));

    assertThat(view.id()).isEqualTo("2819c223-7f76-453a-919d-413861904646");
    assertThat(view.externalId()).isEqualTo("701984");
    assertThat(view.userName()).isEqualTo("bjensen@example.com");
    assertThat(view.name().givenName()).isEqualTo("Barbara");
    assertThat(view.name().honorificSuffix()).isEqualTo("III");
    assertThat(view.active()).isTrue();
    assertThat(view.password()).isEqualTo("t1meMa$heen");
    assertThat(view.primaryEmail()).map(MultiValue::value).contains("bjensen@example.com");
    assertThat(view.addresses()).extracting(Address::type).containsExactly("work", "home");
    assertThat(view.addresses().get(0).isPrimary()).isTrue();
    assertThat(view.groups()).extracting(GroupMembership::display)
        .containsExactly("Tour Guides", "Employees", "US Employees");
    assertThat(view.x509Certificates()).hasSize(1);
    assertThat(view.enterprise().department()).isEqualTo("Tour Operations");
    assertThat(view.enterprise().manager().value())
        .isEqualTo("26118915-6090-4610-87e4-49d8ca9f808d");
    assertThat(view.enterprise().manager().displayName()).isEqualTo("John Smith");
    assertThat(view.meta().version()).isEqualTo("3694e05e9dff591");
    assertThat(view.meta().created()).isEqualTo(Instant.parse("2010-01-23T04:56:22Z"));
    assertThat(view.otherAttributes()).isEmpty();
    assertThat(view.enterprise().otherAttributes()).isEmpty();
  }

  @Test
  void valuesThatDoNotFitTheirFieldStayAsOtherAttributesAndComeBackUnchanged() {
    ObjectNode tree = RfcExamples.object(RfcExamples.FULL_USER);
    tree.put("active", "True");
    tree.set("nickName", NullNode.getInstance());
    tree.putArray("roles");
    tree.putObject("urn:example:params:scim:schemas:extension:acme:2.0:User").put("badge", 7);
    ((ObjectNode) tree.get("emails").get(0)).put("primary", "yes").put("verified", true);
    ((ObjectNode) tree.get("name")).put("phonetic", "bar-ba-ra");
    ((ObjectNode) tree.get("meta")).put("version", "3");
    tree.putArray("phoneNumbers").add("555-555-5555");
    ScimResource resource = user(tree);

    User view = User.fromResource(resource);

    assertThat(view.toResource()).isEqualTo(resource);
    assertThat(view.active()).isNull();
    assertThat(view.nickName()).isNull();
    assertThat(view.roles()).isEmpty();
    assertThat(view.phoneNumbers()).isEmpty();
    assertThat(view.meta()).isNull();
    assertThat(view.otherAttributes()).containsOnlyKeys("active", "nickName", "roles",
        "urn:example:params:scim:schemas:extension:acme:2.0:User", "meta", "phoneNumbers");
    assertThat(view.emails().get(0).primary()).isNull();
    assertThat(view.emails().get(0).otherAttributes())
        .containsOnlyKeys("primary", "verified");
    assertThat(view.name().otherAttributes()).containsEntry("phonetic", new TextNode("bar-ba-ra"));
  }

  @Test
  void aBuiltUserBecomesACanonicalResourceAndReadsBackEqual() {
    User built = User.builder()
        .id("42")
        .userName("alice@example.com")
        .name(Name.of("Alice", "Liddell"))
        .active(true)
        .emails(List.of(MultiValue.of("alice@example.com", "work", true)))
        .enterprise(new EnterpriseUser("7", null, null, null, "Wonderland",
            Manager.of("99"), Map.of()))
        .build();

    ScimResource resource = built.toResource();

    assertThat(resource.schemas())
        .containsExactly(BuiltInSchemas.USER, BuiltInSchemas.ENTERPRISE_USER);
    assertThat(RfcExamples.JSON.writeString(resource.view())).isEqualTo(
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\","
            + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"],"
            + "\"id\":\"42\",\"userName\":\"alice@example.com\","
            + "\"name\":{\"familyName\":\"Liddell\",\"givenName\":\"Alice\"},\"active\":true,"
            + "\"emails\":[{\"value\":\"alice@example.com\",\"type\":\"work\",\"primary\":true}],"
            + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":"
            + "{\"employeeNumber\":\"7\",\"department\":\"Wonderland\","
            + "\"manager\":{\"value\":\"99\"}}}");
    assertThat(User.fromResource(resource)).isEqualTo(built);
    assertThat(User.fromResource(resource).toBuilder().active(false).build().active()).isFalse();
  }

  @Test
  void aBuiltGroupListsItsExtensionsInSchemas() {
    Group built = Group.builder()
        .displayName("Tour Guides")
        .addMember(Member.of("2819c223", "User"))
        .otherAttribute("urn:example:params:scim:schemas:extension:acme:2.0:Group",
            JsonNodeFactory.instance.objectNode().put("costCenter", "4130"))
        .build();

    assertThat(built.schemas()).containsExactly(BuiltInSchemas.GROUP,
        "urn:example:params:scim:schemas:extension:acme:2.0:Group");
    assertThat(Group.fromResource(built.toResource())).isEqualTo(built);
  }

  @Test
  void aTypedFieldWinsOverAnOtherAttributeOfTheSameName() {
    User user = User.builder().userName("typed")
        .otherAttribute("userName", new TextNode("other")).build();

    assertThat(user.toResource().text("userName")).contains("typed");
  }

  @Test
  void refusesAResourceOfAnotherType() {
    ScimResource group =
        ScimResource.wrap(Group.RESOURCE_TYPE, RfcExamples.object(RfcExamples.GROUP));

    assertThatThrownBy(() -> User.fromResource(group))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a User");
    assertThatThrownBy(() -> Group.fromResource(user(RfcExamples.MINIMAL_USER)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Group");
  }

  @Test
  void otherAttributesAreCopiedSoTheRecordCannotBeChangedFromOutside() {
    ObjectNode extension = JsonNodeFactory.instance.objectNode().put("badge", "a");
    User user = User.builder().userName("u").otherAttribute("urn:x:ext", extension).build();

    extension.put("badge", "changed");

    assertThat(user.otherAttributes().get("urn:x:ext").get("badge").asText()).isEqualTo("a");
  }
}

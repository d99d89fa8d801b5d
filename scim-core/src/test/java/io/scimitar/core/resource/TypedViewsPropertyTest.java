package io.scimitar.core.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Lossless conversion on arbitrary trees: whatever JSON sits under the User and Group attribute
 * names (right types, wrong types, nulls, empty containers, unknown members, at any depth), the
 * typed view writes it back exactly.
 */
class TypedViewsPropertyTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectNode FULL = RfcExamples.object(RfcExamples.ENTERPRISE_USER);
  private static final ObjectNode GROUP = RfcExamples.object(RfcExamples.GROUP);

  private static final List<String> TOP_LEVEL = List.of("schemas", "id", "externalId",
      "userName", "name", "displayName", "nickName", "profileUrl", "title", "userType",
      "preferredLanguage", "locale", "timezone", "active", "password", "emails", "phoneNumbers",
      "ims", "photos", "addresses", "groups", "entitlements", "roles", "x509Certificates",
      "members", "meta", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
      "urn:example:host", "UserName", "other");
  private static final List<String> NESTED = List.of("value", "display", "type", "primary",
      "$ref", "formatted", "givenName", "familyName", "streetAddress", "country", "manager",
      "employeeNumber", "department", "displayName", "resourceType", "created", "lastModified",
      "version", "location", "unknown");

  @Property(tries = 300)
  void anyUserTreeRoundTrips(@ForAll("userTrees") ObjectNode tree) {
    ScimResource resource = ScimResource.wrap(User.RESOURCE_TYPE, tree);

    assertThat(User.fromResource(resource).toResource()).isEqualTo(resource);
  }

  @Property(tries = 300)
  void anyGroupTreeRoundTrips(@ForAll("groupTrees") ObjectNode tree) {
    ScimResource resource = ScimResource.wrap(Group.RESOURCE_TYPE, tree);

    assertThat(Group.fromResource(resource).toResource()).isEqualTo(resource);
  }

  @Provide
  Arbitrary<ObjectNode> userTrees() {
    return members(TOP_LEVEL, value(2, FULL)).map(TypedViewsPropertyTest::object);
  }

  @Provide
  Arbitrary<ObjectNode> groupTrees() {
    return members(TOP_LEVEL, value(2, GROUP)).map(TypedViewsPropertyTest::object);
  }

  private static Arbitrary<Map<String, JsonNode>> members(List<String> names,
      Arbitrary<JsonNode> values) {
    return Arbitraries.maps(Arbitraries.of(names), values).ofMaxSize(names.size());
  }

  private static ObjectNode object(Map<String, JsonNode> members) {
    ObjectNode node = NODES.objectNode();
    members.forEach(node::set);
    return node;
  }

  /** Random JSON, mixed with the example's real values so typed fields are often filled. */
  private static Arbitrary<JsonNode> value(int depth, ObjectNode example) {
    Arbitrary<JsonNode> real = Arbitraries.of(List.copyOf(example.properties())).map(
        Map.Entry::getValue);
    Arbitrary<JsonNode> scalar = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(8).map(NODES::textNode),
        Arbitraries.integers().map(NODES::numberNode),
        Arbitraries.of(true, false).map(NODES::booleanNode),
        Arbitraries.just(NODES.nullNode()));
    if (depth == 0) {
      return Arbitraries.oneOf(scalar, real);
    }
    Arbitrary<JsonNode> nested = value(depth - 1, example);
    Arbitrary<JsonNode> objects =
        members(NESTED, nested).map(TypedViewsPropertyTest::object).map(JsonNode.class::cast);
    Arbitrary<JsonNode> arrays = nested.list().ofMaxSize(3).map(elements -> {
      ArrayNode array = NODES.arrayNode();
      elements.forEach(array::add);
      return array;
    });
    return Arbitraries.oneOf(scalar, real, objects, arrays);
  }
}

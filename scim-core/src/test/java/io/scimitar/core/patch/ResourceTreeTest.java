package io.scimitar.core.patch;

import static io.scimitar.core.patch.PatchTesting.ENTERPRISE;
import static io.scimitar.core.patch.PatchTesting.USER;
import static io.scimitar.core.patch.PatchTesting.json;
import static io.scimitar.core.patch.PatchTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.path.ResolvedPath;
import org.junit.jupiter.api.Test;

/**
 * Copy-on-write of the tree a request builds: the input never changes, and only what changes is
 * copied.
 */
class ResourceTreeTest {
  private static final ObjectNode USER_TREE = resource("rfc7643/enterprise-user.json");

  private static ResolvedPath path(String text) {
    return ResolvedPath.resolve(AttributePath.parse(text), USER).orElseThrow();
  }

  @Test
  void aNewTreeSharesEveryMemberWithItsInput() {
    ResourceTree tree = new ResourceTree(USER_TREE, USER);

    assertThat(tree.root()).isNotSameAs(USER_TREE).isEqualTo(USER_TREE);
    USER_TREE.properties().forEach(member ->
        assertThat(tree.root().get(member.getKey())).isSameAs(member.getValue()));
  }

  @Test
  void anEditCopiesTheAttributeOnceAndLeavesTheInputAlone() {
    ObjectNode input = USER_TREE.deepCopy();
    ResourceTree tree = new ResourceTree(input, USER);

    ObjectNode name = (ObjectNode) tree.edit(path("name"));
    name.put("givenName", "Barbra");

    assertThat(name).isNotSameAs(input.get("name"));
    assertThat(tree.edit(path("name"))).isSameAs(name);
    assertThat(tree.root().get("name")).isSameAs(name);
    assertThat(input).isEqualTo(USER_TREE);
    assertThat(tree.root().get("emails")).isSameAs(input.get("emails"));
  }

  @Test
  void writingAnExtensionAttributeCopiesOnlyTheExtensionObject() {
    ObjectNode input = USER_TREE.deepCopy();
    ResourceTree tree = new ResourceTree(input, USER);

    tree.put(path(ENTERPRISE + ":department"), TextNode.valueOf("Guest Services"));
    tree.remove(path(ENTERPRISE + ":costCenter"));

    JsonNode extension = tree.root().get(ENTERPRISE);
    assertThat(extension).isNotSameAs(input.get(ENTERPRISE));
    assertThat(extension.get("department").textValue()).isEqualTo("Guest Services");
    assertThat(extension.has("costCenter")).isFalse();
    assertThat(extension.get("manager")).isSameAs(input.get(ENTERPRISE).get("manager"));
    assertThat(input).isEqualTo(USER_TREE);
  }

  @Test
  void schemasAreCopiedOnlyWhenTheExtensionsChange() {
    ObjectNode input = json("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\",\""
        + ENTERPRISE + "\"],\"userName\":\"u\",\"" + ENTERPRISE + "\":{\"department\":\"d\"}}");
    ObjectNode original = input.deepCopy();

    ResourceTree unchanged = new ResourceTree(input, USER);
    unchanged.put(path("displayName"), TextNode.valueOf("U"));
    unchanged.syncSchemas();
    ResourceTree dropped = new ResourceTree(input, USER);
    dropped.remove(path(ENTERPRISE + ":department"));
    dropped.syncSchemas();

    assertThat(unchanged.root().get("schemas")).isSameAs(input.get("schemas"));
    assertThat(dropped.root().has(ENTERPRISE)).isFalse();
    assertThat(dropped.root().get("schemas")).hasSize(1);
    assertThat(input).isEqualTo(original);
  }
}

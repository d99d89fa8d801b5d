package io.scimitar.core.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The {@code meta} a response shows ({@link ScimResource#metaAt}), and what it keeps. */
class ScimResourceMetaTest {
  private static final String STORED = """
      {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "id": "a1", "userName": "b",
       "meta": {"resourceType": "User", "created": "2011-08-01T18:29:49.793Z",
                "lastModified": "2011-08-01T18:29:49.793Z", "version": "W/\\"1\\""}}
      """;

  @Test
  void theStoredMetaIsShownWithItsLocationWhileTheStoredTreeStaysAsItWas() {
    ScimResource resource = ScimResource.wrap("User", RfcExamples.JSON.readObject(STORED));
    ObjectNode before = resource.toJson();

    ObjectNode meta = resource.metaAt("https://example.com/v2/Users/a1");

    ObjectNode expected = ((ObjectNode) before.get("meta")).deepCopy()
        .put("location", "https://example.com/v2/Users/a1");
    assertThat(meta).isEqualTo(expected);
    assertThat(resource.view()).isEqualTo(before);
  }

  @Test
  void oneNodeIsSharedWhileTheLocationStaysTheSame() {
    ScimResource resource = ScimResource.wrap("User", RfcExamples.JSON.readObject(STORED));

    ObjectNode first = resource.metaAt("https://a/Users/a1");
    ObjectNode again = resource.metaAt(new String("https://a/Users/a1"));
    ObjectNode elsewhere = resource.metaAt("https://b/Users/a1");

    assertThat(again).isSameAs(first);
    assertThat(elsewhere).isNotSameAs(first);
    assertThat(elsewhere.get("location").asText()).isEqualTo("https://b/Users/a1");
    assertThat(first.get("location").asText()).isEqualTo("https://a/Users/a1");
  }

  @Test
  void aResourceWithoutMetaShowsNone() {
    ScimResource resource = ScimResource.wrap("User",
        RfcExamples.JSON.readObject("{\"id\": \"a1\", \"userName\": \"b\"}"));

    assertThat(resource.metaAt("https://a/Users/a1")).isNull();
  }
}

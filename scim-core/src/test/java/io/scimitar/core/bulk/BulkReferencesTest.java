package io.scimitar.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.json.ScimJson;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BulkReferencesTest {
  private static final ObjectNode DATA = ScimJson.withDefaults().readObject("""
      {"displayName":"bulkId:not-alone","members":[{"value":"bulkId:u1"},{"value":"42"}],
       "urn:example:ext":{"owner":{"value":"bulkId:u2","nested":["bulkId:u1"]}},
       "prefix":"bulkId:", "count":7}
      """);

  @Test
  void findsReferencesInThePathAndAnywhereInTheData() {
    BulkOperation operation = new BulkOperation(
        0, BulkMethod.PUT, "PUT", null, null, "/Groups/bulkId:g", DATA, null);

    assertThat(BulkReferences.of(operation)).containsExactly("g", "not-alone", "u1", "u2");
  }

  @Test
  void replacesWholeValuesOnlyAndLeavesTheInputUntouched() {
    ObjectNode resolved = BulkReferences.resolveData(DATA,
        Map.of("u1", "id-1", "u2", "id-2", "not-alone", "id-3"));

    assertThat(resolved.path("members").get(0).path("value").asText()).isEqualTo("id-1");
    assertThat(resolved.path("members").get(1).path("value").asText()).isEqualTo("42");
    assertThat(resolved.path("urn:example:ext").path("owner").path("value").asText())
        .isEqualTo("id-2");
    assertThat(resolved.path("urn:example:ext").path("owner").path("nested").get(0).asText())
        .isEqualTo("id-1");
    assertThat(resolved.path("prefix").asText()).isEqualTo("bulkId:");
    assertThat(DATA.path("members").get(0).path("value").asText()).isEqualTo("bulkId:u1");
    assertThat(BulkReferences.resolvePath("/Groups/bulkId:g/", Map.of("g", "7")))
        .isEqualTo("/Groups/7/");
    assertThat(BulkReferences.inPath("/Groups/bulkId:g", "g")).isTrue();
    assertThat(BulkReferences.inPath("/Groups/bulkId:gg", "g")).isFalse();
  }
}

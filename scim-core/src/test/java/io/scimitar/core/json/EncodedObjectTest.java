package io.scimitar.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Members encoded once and copied later ({@link EncodedObject}, {@link JsonSink#members}) come
 * out as the generator writes the same members, whatever mix of copied runs and written members
 * an object is made of.
 */
class EncodedObjectTest {
  private static final ScimJson JSON = ScimJson.withDefaults();
  /** Member values by name, in order; null for a member that is absent. */
  private static final Map<String, JsonNode> MEMBERS = members();

  private static Map<String, JsonNode> members() {
    JsonNode values = JSON.readObject(("{\"a\":1,\"b\":{\"x\":[true,null]},\"c\":\"Zoë \\\"q\\\"\","
        + "\"name with \\\"quotes\\\"\":[],\"e\":{}}").getBytes(StandardCharsets.UTF_8));
    Map<String, JsonNode> members = new LinkedHashMap<>();
    members.put("absent first", null);
    members.put("a", values.get("a"));
    members.put("b", values.get("b"));
    members.put("absent", null);
    members.put("c", values.get("c"));
    members.put("name with \"quotes\"", values.get("name with \"quotes\""));
    members.put("e", values.get("e"));
    members.put("absent last", null);
    return members;
  }

  private static EncodedObject encode(JsonSink out) throws IOException {
    EncodedObject.Builder encoder = out.encoder(MEMBERS.size());
    for (Map.Entry<String, JsonNode> member : MEMBERS.entrySet()) {
      JsonNode value = member.getValue();
      encoder.add(JsonSink.encodedName(member.getKey()),
          value == null ? null : json -> json.value(value));
    }
    return encoder.build();
  }

  /** The members from {@code from} to {@code to}, as the generator writes them. */
  private static void writeOneByOne(JsonSink out, int from, int to) throws IOException {
    List<Map.Entry<String, JsonNode>> members = new ArrayList<>(MEMBERS.entrySet());
    for (Map.Entry<String, JsonNode> member : members.subList(from, to)) {
      if (member.getValue() != null) {
        out.name(member.getKey());
        out.value(member.getValue());
      }
    }
  }

  /** Writes the members split at {@code cuts}, with a written member "w" at each cut. */
  private static JsonContent split(boolean copied, int... cuts) {
    return out -> {
      EncodedObject encoded = encode(out);
      out.startObject();
      int from = 0;
      for (int cut : cuts) {
        if (copied) {
          out.members(encoded, from, cut);
        } else {
          writeOneByOne(out, from, cut);
        }
        out.name("w");
        out.value(JSON.readObject("{\"n\":" + cut + "}"));
        from = cut;
      }
      if (copied) {
        out.members(encoded, from, MEMBERS.size());
      } else {
        writeOneByOne(out, from, MEMBERS.size());
      }
      out.endObject();
    };
  }

  @Test
  void allMembersCopiedComeOutAsWritten() throws IOException {
    assertThat(JSON.write(split(true))).isEqualTo(JSON.write(split(false)));
    assertThat(JSON.readObject(JSON.write(split(true))).size()).isEqualTo(5);
  }

  @Test
  void copiedRunsAndWrittenMembersMixInAnyOrder() throws IOException {
    int[][] cutsList = {{0}, {1}, {2}, {3}, {4}, {0, 8}, {1, 2, 3}, {4, 4}, {8}, {7}, {2, 6}};
    for (int[] cuts : cutsList) {
      assertThat(new String(JSON.write(split(true, cuts)), StandardCharsets.UTF_8))
          .as("cut at %s", java.util.Arrays.toString(cuts))
          .isEqualTo(new String(JSON.write(split(false, cuts)), StandardCharsets.UTF_8));
    }
  }

  @Test
  void runsLargerThanTheGeneratorsBufferAreCopiedWhole() throws IOException {
    String large = "x".repeat(20_000);
    JsonContent copied = out -> {
      EncodedObject encoded = out.encoder(3)
          .add(JsonSink.encodedName("a"), json -> json.value(JSON.readObject("{\"n\":1}")))
          .add(JsonSink.encodedName("large"), json -> json.value(
              com.fasterxml.jackson.databind.node.TextNode.valueOf(large)))
          .add(JsonSink.encodedName("c"), json -> json.value(JSON.readObject("{\"n\":3}")))
          .build();
      out.startObject();
      out.members(encoded, 0, 3);
      out.endObject();
    };

    assertThat(new String(JSON.write(copied), StandardCharsets.UTF_8))
        .isEqualTo("{\"a\":{\"n\":1},\"large\":\"" + large + "\",\"c\":{\"n\":3}}");
  }

  @Test
  void runsOfAbsentMembersWriteNothing() throws IOException {
    JsonContent content = out -> {
      EncodedObject encoded = encode(out);
      out.startObject();
      out.members(encoded, 0, 1);
      out.members(encoded, 3, 4);
      out.members(encoded, 5, 5);
      out.members(encoded, 7, 8);
      out.endObject();
    };

    assertThat(new String(JSON.write(content), StandardCharsets.UTF_8)).isEqualTo("{}");
  }

  @Test
  void membersAreWrittenOnlyInsideAnObject() {
    JsonContent outside = out -> out.members(encode(out), 0, MEMBERS.size());
    JsonContent inArray = out -> {
      EncodedObject encoded = encode(out);
      out.startArray();
      out.members(encoded, 0, MEMBERS.size());
    };

    assertThatThrownBy(() -> JSON.write(outside)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> JSON.write(inArray)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anObjectEncodesTheNumberOfMembersItWasMadeFor() throws IOException {
    JsonContent tooFew = out -> out.encoder(2).add(JsonSink.encodedName("a"), null).build();

    assertThatThrownBy(() -> JSON.write(tooFew)).isInstanceOf(IllegalStateException.class);
  }
}

package io.scimitar.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.resource.RfcExamples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Streaming a tree to a response writes exactly the bytes {@link ScimJson#write(JsonNode)} does. */
class ScimJsonWriteTest {
  private static final ScimJson JSON = ScimJson.withDefaults();

  private static byte[] streamed(JsonNode node) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(node, out);
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {RfcExamples.MINIMAL_USER, RfcExamples.FULL_USER,
      RfcExamples.ENTERPRISE_USER, RfcExamples.GROUP, RfcExamples.SERVICE_PROVIDER_CONFIG,
      RfcExamples.RESOURCE_TYPES})
  void rfcExamplesStreamAsTheyWrite(String file) throws IOException {
    JsonNode example = RfcExamples.tree(file);

    assertThat(streamed(example)).isEqualTo(JSON.write(example));
  }

  @Test
  void everyKindOfValueStreamsAsItWrites() throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode tree = nodes.objectNode();
    tree.put("int", 7).put("negative", -2_147_483_648).put("long", 9_007_199_254_740_993L)
        .put("double", 0.1).put("float", 1.5f)
        .put("decimal", new BigDecimal("12345678901234567890.000000000001"))
        .put("big", new BigInteger("123456789012345678901234567890"))
        .put("true", true).put("false", false).putNull("nothing")
        .put("escapes", "quote \" backslash \\ tab \t newline \n nul \u0000")
        .put("unicode", "Zoë 東京 \uD83D\uDE00").put("", "empty name")
        .put("name with \"quotes\" and é", "odd names are escaped too");
    tree.putArray("empty");
    tree.putObject("nested").putArray("deep").addObject().putArray("deeper").add(1).add("two")
        .addNull().addArray();
    tree.set("binary", nodes.binaryNode(new byte[] {1, 2, 3}));
    tree.set("pojo", nodes.pojoNode(java.time.Instant.parse("2011-05-13T04:42:34Z")));

    assertThat(streamed(tree)).isEqualTo(JSON.write(tree));
    // The second time names come from the cache.
    assertThat(streamed(tree)).isEqualTo(JSON.write(tree));
  }

  @Test
  void theStreamIsFlushedButLeftOpen() throws IOException {
    ClosingCheck out = new ClosingCheck();

    JSON.write(RfcExamples.tree(RfcExamples.MINIMAL_USER), out);

    assertThat(out.closed).isFalse();
    assertThat(out.toByteArray()).isEqualTo(JSON.write(RfcExamples.tree(RfcExamples.MINIMAL_USER)));
  }

  private static final class ClosingCheck extends ByteArrayOutputStream {
    private boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}

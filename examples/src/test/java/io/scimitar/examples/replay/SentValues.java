package io.scimitar.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "Nothing a client sends is silently dropped": compares what a client sent with what the server
 * gives back on a later read. Attribute names match case-insensitively (RFC 7643 §2.1); a null,
 * an empty string or an empty array sent means "no value" (RFC 7643 §2.5) and needs nothing
 * back; a multi-valued attribute is kept when every element sent is found among the elements
 * read back; a boolean may have been sent as the string Entra ID uses ({@code "True"}).
 */
final class SentValues {
  private SentValues() {}

  /**
   * Asserts that every value of {@code sent} is in {@code readBack}, except the attributes named
   * in {@code notReturned} by their path ({@code password}, {@code members.display}): write-only,
   * read-only or server-computed ones, each named by the test with its reason.
   */
  static void assertKept(JsonNode sent, JsonNode readBack, String... notReturned) {
    List<String> missing = new ArrayList<>();
    compare("", sent, readBack, Set.of(notReturned), missing);
    assertThat(missing).as("sent %s%nread back %s", sent, readBack).isEmpty();
  }

  private static void compare(String path, JsonNode sent, JsonNode back, Set<String> skipped,
      List<String> missing) {
    if (skipped.contains(path) || sent.isNull() || (sent.isArray() && sent.isEmpty())
        || (sent.isTextual() && sent.asText().isEmpty())) {
      return;
    }
    if (sent.isObject()) {
      for (Map.Entry<String, JsonNode> attribute : sent.properties()) {
        compare(path.isEmpty() ? attribute.getKey() : path + "." + attribute.getKey(),
            attribute.getValue(), property(back, attribute.getKey()), skipped, missing);
      }
    } else if (sent.isArray()) {
      for (JsonNode element : sent) {
        if (!containsMatch(path, back, element, skipped)) {
          missing.add(path + " element " + element);
        }
      }
    } else if (!sameScalar(sent, back)) {
      missing.add(path + " = " + sent + " (read back " + back + ")");
    }
  }

  private static boolean containsMatch(String path, JsonNode elements, JsonNode sent,
      Set<String> skipped) {
    for (JsonNode element : elements) {
      List<String> missing = new ArrayList<>();
      compare(path, sent, element, skipped, missing);
      if (missing.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameScalar(JsonNode sent, JsonNode back) {
    if (back.isBoolean() && sent.isTextual()) {
      return sent.asText().toLowerCase(Locale.ROOT).equals(back.asText());
    }
    if (back.isNumber() && sent.isNumber()) {
      return back.decimalValue().compareTo(sent.decimalValue()) == 0;
    }
    return back.isValueNode() && back.getNodeType() == sent.getNodeType()
        && back.asText().equals(sent.asText());
  }

  /** The attribute of {@code node} whose name equals {@code name} ignoring case. */
  private static JsonNode property(JsonNode node, String name) {
    for (Map.Entry<String, JsonNode> attribute : node.properties()) {
      if (attribute.getKey().equalsIgnoreCase(name)) {
        return attribute.getValue();
      }
    }
    return node.path(name);
  }
}

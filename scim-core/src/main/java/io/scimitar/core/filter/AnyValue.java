package io.scimitar.core.filter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Some value at a path passes a test. The path is read from a scope node (a resource tree, or
 * one element inside a value path) by exact, canonical names, as {@code ScimResource.view()}
 * spells them: an optional extension URN naming an object, then one or more names, each of whose
 * values is flattened when it is an array ({@code emails.value} reads the {@code value} of every
 * email). JSON nulls count as absent, as in {@link io.scimitar.core.path.PathValues}.
 */
final class AnyValue implements NodeTest {
  private final String extensionUrn;
  private final String[] names;
  private final NodeTest test;

  /**
   * @param extensionUrn the URN of the extension object holding the attribute, or null
   * @param names the attribute name, then sub-attribute names, as spelled in the tree
   * @param test the test some value must pass
   */
  AnyValue(String extensionUrn, List<String> names, NodeTest test) {
    this.extensionUrn = extensionUrn;
    this.names = names.toArray(new String[0]);
    this.test = test;
  }

  @Override
  public boolean test(JsonNode scope) {
    JsonNode container = extensionUrn == null ? scope : member(scope, extensionUrn);
    return anyMatch(container, 0);
  }

  /** Whether some value of {@code names[step]} (and the steps after it) in {@code node} passes. */
  private boolean anyMatch(JsonNode node, int step) {
    JsonNode values = member(node, names[step]);
    if (values == null || values.isNull()) {
      return false;
    }
    if (!values.isArray()) {
      return passes(values, step);
    }
    for (int i = 0; i < values.size(); i++) {
      JsonNode element = values.get(i);
      if (!element.isNull() && passes(element, step)) {
        return true;
      }
    }
    return false;
  }

  private boolean passes(JsonNode value, int step) {
    return step == names.length - 1 ? test.test(value) : anyMatch(value, step + 1);
  }

  private static JsonNode member(JsonNode node, String name) {
    return node != null && node.isObject() ? node.get(name) : null;
  }
}

package io.scimitar.core.filter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One node of a compiled filter: a test of a JSON node, which is a resource tree, an element of
 * a multi-valued attribute inside a value path, or one attribute value. Compiled once per filter
 * with every path, definition and literal resolved, so that a test allocates nothing per node.
 * Immutable and thread-safe.
 */
sealed interface NodeTest
    permits NodeTest.AllOf, NodeTest.AnyOf, NodeTest.Not, AnyValue, ValueTests.ExactText,
        ValueTests.FoldedText, ValueTests.BooleanEquals, ValueTests.NumberComparison,
        ValueTests.DateTimeComparison, ValueTests.Present, ValueTests.Never {

  /** Whether {@code node} passes; null stands for an absent node. */
  boolean test(JsonNode node);

  /** Every operand passes; operands of a whole {@code and} chain, tested in a loop. */
  final class AllOf implements NodeTest {
    private final NodeTest[] operands;

    AllOf(List<NodeTest> operands) {
      this.operands = operands.toArray(new NodeTest[0]);
    }

    @Override
    public boolean test(JsonNode node) {
      for (NodeTest operand : operands) {
        if (!operand.test(node)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Some operand passes; operands of a whole {@code or} chain, tested in a loop. */
  final class AnyOf implements NodeTest {
    private final NodeTest[] operands;

    AnyOf(List<NodeTest> operands) {
      this.operands = operands.toArray(new NodeTest[0]);
    }

    @Override
    public boolean test(JsonNode node) {
      for (NodeTest operand : operands) {
        if (operand.test(node)) {
          return true;
        }
      }
      return false;
    }
  }

  /** The operand fails. */
  record Not(NodeTest operand) implements NodeTest {
    @Override
    public boolean test(JsonNode node) {
      return !operand.test(node);
    }
  }
}

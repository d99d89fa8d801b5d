package io.scimitar.core.filter;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Walks left-deep {@code and}/{@code or} chains in a loop rather than by recursion, so that a
 * filter of thousands of {@code and}ed terms costs no stack per term.
 */
final class Chains {
  private Chains() {}

  /** The operands of the chain headed by an And (or Or), leftmost first. */
  static List<Filter> operands(Filter head) {
    boolean isAnd = head instanceof Filter.And;
    Deque<Filter> stack = new ArrayDeque<>();
    Filter current = head;
    while (isAnd ? current instanceof Filter.And : current instanceof Filter.Or) {
      stack.push(right(current));
      current = left(current);
    }
    stack.push(current);
    return List.copyOf(stack);
  }

  /** Rebuilds the chain with each operand mapped, keeping it left-deep and of the same kind. */
  static Filter map(Filter head, UnaryOperator<Filter> mapper) {
    boolean isAnd = head instanceof Filter.And;
    List<Filter> operands = operands(head);
    Filter result = mapper.apply(operands.get(0));
    for (int i = 1; i < operands.size(); i++) {
      Filter right = mapper.apply(operands.get(i));
      result = isAnd ? new Filter.And(result, right) : new Filter.Or(result, right);
    }
    return result;
  }

  /** Structural equality of two filters, the first an And or Or, without recursing on chains. */
  static boolean equal(Filter first, Filter second) {
    Filter a = first;
    Filter b = second;
    while (a instanceof Filter.And || a instanceof Filter.Or) {
      if (a.getClass() != b.getClass() || !right(a).equals(right(b))) {
        return false;
      }
      a = left(a);
      b = left(b);
    }
    return a.equals(b);
  }

  /** A hash consistent with {@link #equal}, computed without recursing on chains. */
  static int hash(Filter head) {
    Deque<Filter> rights = new ArrayDeque<>();
    Filter current = head;
    while (current instanceof Filter.And || current instanceof Filter.Or) {
      rights.push(current);
      current = left(current);
    }
    int hash = current.hashCode();
    for (Filter node : rights) {
      hash = 31 * (31 * hash + (node instanceof Filter.And ? 1 : 2)) + right(node).hashCode();
    }
    return hash;
  }

  private static Filter left(Filter chainNode) {
    return chainNode instanceof Filter.And and ? and.left() : ((Filter.Or) chainNode).left();
  }

  private static Filter right(Filter chainNode) {
    return chainNode instanceof Filter.And and ? and.right() : ((Filter.Or) chainNode).right();
  }
}

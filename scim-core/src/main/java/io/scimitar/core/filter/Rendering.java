package io.scimitar.core.filter;

import java.util.List;

/**
 * Renders {@code and}/{@code or} chains. Walks a left-deep chain in a loop, so the long chains a
 * parser builds from {@code a and b and c ...} never recurse once per operand.
 */
final class Rendering {
  private Rendering() {}

  /** The text of an {@link Filter.And} or {@link Filter.Or} and its left-deep chain. */
  static String chain(Filter head) {
    boolean isAnd = head instanceof Filter.And;
    List<Filter> operands = Chains.operands(head);
    Filter leftmost = operands.get(0);
    StringBuilder text = new StringBuilder();
    // The leftmost operand needs parentheses only when it binds looser: an 'or' under an 'and'.
    text.append(isAnd && leftmost instanceof Filter.Or ? group(leftmost) : leftmost.render());
    String keyword = isAnd ? " and " : " or ";
    for (Filter right : operands.subList(1, operands.size())) {
      // A right operand of the same kind would re-parse left-deep; an 'or' under an 'and' binds
      // looser. Both need parentheses.
      boolean needsGroup = right instanceof Filter.Or || (isAnd && right instanceof Filter.And);
      text.append(keyword).append(needsGroup ? group(right) : right.render());
    }
    return text.toString();
  }

  private static String group(Filter filter) {
    return "(" + filter.render() + ")";
  }
}

package io.scimitar.core.filter;

import io.scimitar.core.path.AttributePath;
import java.util.List;
import java.util.Objects;

/**
 * A parsed SCIM filter (RFC 7644 §3.4.2.2): a small sealed hierarchy of immutable records that
 * stores pattern-match on. {@link #render()} gives the canonical text, and parsing that text
 * yields an equal filter: {@code FilterParser.parse(f.render()).equals(f)} for every filter whose
 * paths are valid and whose value paths are not nested. The parser builds {@code and}/{@code or}
 * chains left-deep, so rendering parenthesises a right operand of the same kind (and any
 * {@code or} operand of an {@code and}).
 *
 * <p>Inside {@link ValuePath} the condition's paths are relative to the multi-valued attribute:
 * in {@code emails[type eq "work"]} the comparison's path is {@code type}.
 */
public sealed interface Filter
    permits Filter.Comparison, Filter.Present, Filter.And, Filter.Or, Filter.Not,
        Filter.ValuePath {

  /** The canonical text of this filter. */
  String render();

  /** {@code path op value}, e.g. {@code userName eq "bjensen"}. */
  record Comparison(AttributePath path, ComparisonOperator operator, Literal value)
      implements Filter {
    public Comparison {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String render() {
      return path.render() + " " + operator.keyword() + " " + value.render();
    }
  }

  /** {@code path pr}: the attribute has a non-empty value. */
  record Present(AttributePath path) implements Filter {
    public Present {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String render() {
      return path.render() + " pr";
    }
  }

  /** Both operands match. */
  record And(Filter left, Filter right) implements Filter {
    public And {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public String render() {
      return Rendering.chain(this);
    }

    /**
     * The operands of the left-deep chain this node heads, leftmost first: for
     * {@code a and b and c} the list {@code [a, b, c]}. Walks the chain in a loop, so visitors
     * can handle long chains without recursing once per operand.
     */
    public List<Filter> operands() {
      return Chains.operands(this);
    }

    // Equality, hash and text walk the left spine in a loop: a parsed chain of thousands of
    // terms is as deep as it is long, and the recursive record defaults would overflow the stack.
    @Override
    public boolean equals(Object other) {
      return other instanceof Filter that && Chains.equal(this, that);
    }

    @Override
    public int hashCode() {
      return Chains.hash(this);
    }

    @Override
    public String toString() {
      return "And[" + render() + "]";
    }
  }

  /** Either operand matches. */
  record Or(Filter left, Filter right) implements Filter {
    public Or {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public String render() {
      return Rendering.chain(this);
    }

    /**
     * The operands of the left-deep chain this node heads, leftmost first: for
     * {@code a or b or c} the list {@code [a, b, c]}. Walks the chain in a loop, so visitors
     * can handle long chains without recursing once per operand.
     */
    public List<Filter> operands() {
      return Chains.operands(this);
    }

    // Equality, hash and text walk the left spine in a loop: a parsed chain of thousands of
    // terms is as deep as it is long, and the recursive record defaults would overflow the stack.
    @Override
    public boolean equals(Object other) {
      return other instanceof Filter that && Chains.equal(this, that);
    }

    @Override
    public int hashCode() {
      return Chains.hash(this);
    }

    @Override
    public String toString() {
      return "Or[" + render() + "]";
    }
  }

  /** The operand does not match. */
  record Not(Filter operand) implements Filter {
    public Not {
      Objects.requireNonNull(operand, "operand");
    }

    @Override
    public String render() {
      return "not (" + operand.render() + ")";
    }
  }

  /**
   * {@code attribute[condition]}: some value of a multi-valued (or complex) attribute matches
   * the condition, whose paths are relative to the attribute.
   */
  record ValuePath(AttributePath attribute, Filter condition) implements Filter {
    public ValuePath {
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(condition, "condition");
    }

    @Override
    public String render() {
      return attribute.render() + "[" + condition.render() + "]";
    }
  }
}

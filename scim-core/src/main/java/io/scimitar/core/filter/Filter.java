package io.scimitar.core.filter;

import io.scimitar.core.path.AttributePath;
import java.util.Objects;

/**
 * A parsed SCIM filter (RFC 7644 §3.4.2.2): a small sealed hierarchy of immutable records that
 * stores pattern-match on. {@link #render()} gives the canonical text, and parsing that text
 * yields an equal filter.
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
      return operand(left) + " and " + operand(right);
    }

    /** {@code or} binds looser than {@code and}, so an {@code or} operand needs parentheses. */
    private static String operand(Filter filter) {
      return filter instanceof Or ? "(" + filter.render() + ")" : filter.render();
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
      return left.render() + " or " + right.render();
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

package io.scimitar.store.jdbc;

import io.scimitar.core.filter.CaseFolding;
import io.scimitar.core.filter.ComparisonOperator;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.Literal;
import io.scimitar.core.json.ScimDateTime;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.AttributeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Translates a resolved filter into a parameterised SQL condition on {@code scim_resource r},
 * exactly as the core's {@code FilterEvaluator} defines matching, or reports that it cannot.
 *
 * <ul>
 *   <li>An attribute comparison becomes {@code r.id IN (SELECT resource_id FROM scim_value ...)}
 *       over the rows of its path, which the index {@code (tenant, resource_type, attr, sub,
 *       text_value)} answers for {@code eq} and {@code sw}; {@code ne} is {@code NOT IN} of
 *       {@code eq}, {@code eq null} is {@code NOT IN} of {@code pr}. On PostgreSQL a positive
 *       test outside {@code or} and {@code not} is {@code r.id = ANY (ARRAY(SELECT ...))}, so
 *       that its plan does not depend on statistics (see {@code openAmong}).
 *   <li>A value path {@code emails[type eq "work" and value co "x"]} looks for one element
 *       (a row with {@code sub = ''}) whose sub-attribute rows satisfy the whole condition.
 *   <li>{@code members} of groups are answered from {@code scim_member}, one row per member.
 *   <li>Text is compared in its normalised form (case-folded unless {@code caseExact}), so SQL
 *       never needs a case-insensitive collation.
 * </ul>
 *
 * <p>Not pushed down (the service evaluates them): paths the store does not index, literals the
 * database cannot hold (U+0000 on PostgreSQL, unpaired surrogates, numbers out of range), and
 * ordering comparisons of text with characters at or above U+D800 where the database orders by
 * code point rather than UTF-16 code unit.
 */
final class FilterSql {
  private static final String TRUE = "1=1";
  private static final String FALSE = "1=0";

  private final AttributeCatalog catalog;
  private final Dialect dialect;
  private final StorableText storable;
  private final String resourceType;

  FilterSql(AttributeCatalog catalog, Dialect dialect) {
    this.catalog = catalog;
    this.dialect = dialect;
    this.storable = new StorableText(dialect);
    this.resourceType = catalog.schema().resourceType().name();
  }

  /** The condition for a filter within a tenant, or empty when SQL cannot decide it exactly. */
  Optional<Sql> translate(Filter filter, String tenant) {
    try {
      Sql out = new Sql();
      new Translation(tenant).filter(filter, out);
      return Optional.of(out);
    } catch (NotPushable e) {
      return Optional.empty();
    }
  }

  /** Thrown inside a translation for a filter SQL cannot decide exactly. */
  private static final class NotPushable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotPushable() {
      super(null, null, false, false);
    }
  }

  /**
   * One translation: the tenant, a counter for unique table aliases, and how deep it is inside
   * {@code or} or {@code not}.
   */
  private final class Translation {
    private final String tenant;
    private int aliases;
    private int nested;

    Translation(String tenant) {
      this.tenant = tenant;
    }

    private String alias(String prefix) {
      String alias = prefix + aliases;
      aliases++;
      return alias;
    }

    void filter(Filter filter, Sql out) {
      if (filter instanceof Filter.And and) {
        chain(and.operands(), " AND ", out, this::filter);
      } else if (filter instanceof Filter.Or or) {
        nested++;
        chain(or.operands(), " OR ", out, this::filter);
        nested--;
      } else if (filter instanceof Filter.Not not) {
        nested++;
        out.append("NOT (");
        filter(not.operand(), out);
        out.append(")");
        nested--;
      } else if (filter instanceof Filter.Present present) {
        Column column = catalog.resolve(present.path()).orElseThrow(NotPushable::new);
        present(column, out);
      } else if (filter instanceof Filter.Comparison comparison) {
        Column column = catalog.resolve(comparison.path()).orElseThrow(NotPushable::new);
        comparison(valueOf(column), comparison.operator(), comparison.value(), out);
      } else {
        valuePath((Filter.ValuePath) filter, out);
      }
    }

    private void chain(List<Filter> operands, String joiner, Sql out, Translator each) {
      out.append("(");
      for (int i = 0; i < operands.size(); i++) {
        if (i > 0) {
          out.append(joiner);
        }
        each.translate(operands.get(i), out);
      }
      out.append(")");
    }

    /** A complex attribute compared directly means its {@code value} (as resolution rewrites). */
    private Column valueOf(Column column) {
      boolean whole = (column instanceof Column.Value value && value.leaf().isComplex())
          || (column instanceof Column.Member member && member.sub() == null);
      if (!whole) {
        return column;
      }
      return catalog.resolveRelative(column, AttributePath.of(GroupMembers.VALUE))
          .orElseThrow(NotPushable::new);
    }

    private void present(Column column, Sql out) {
      if (column instanceof Column.Id) {
        out.append(TRUE);
      } else if (column instanceof Column.Value value) {
        String close = openAmong(false, false, out);
        valueRows(value, out);
        out.append(" AND v.present = ").param(true).append(close);
      } else {
        Column.Member member = (Column.Member) column;
        String close = openAmong(false, false, out);
        memberRows(out);
        if (member.sub() != null) {
          out.append(" AND ");
          memberPresent(member, "m", out);
        }
        out.append(close);
      }
    }

    private void comparison(Column column, ComparisonOperator op, Literal literal, Sql out) {
      if (literal instanceof Literal.Null) {
        if (op != ComparisonOperator.EQ && op != ComparisonOperator.NE) {
          throw new NotPushable();
        }
        if (op == ComparisonOperator.EQ) {
          nested++;
          out.append("NOT (");
        }
        present(column, out);
        if (op == ComparisonOperator.EQ) {
          out.append(")");
          nested--;
        }
        return;
      }
      boolean negated = op == ComparisonOperator.NE;
      ComparisonOperator positive = negated ? ComparisonOperator.EQ : op;
      boolean selective = isSelective(op, literal);
      if (column instanceof Column.Id) {
        out.append(negated ? "NOT (" : "(");
        text("r.id", false, CaseRule.EXACT, positive, literal, out);
        out.append(")");
      } else if (column instanceof Column.Value value) {
        String close = openAmong(negated, selective, out);
        valueRows(value, out);
        out.append(" AND ");
        valuePredicate("v", value.leaf(), positive, literal, out);
        out.append(close);
      } else {
        Column.Member member = (Column.Member) column;
        String close = openAmong(negated, selective, out);
        memberRows(out);
        out.append(" AND ");
        memberPredicate(member, "m", positive, literal, out);
        out.append(close);
      }
    }

    private void valuePath(Filter.ValuePath valuePath, Sql out) {
      Column column = catalog.resolve(valuePath.attribute()).orElseThrow(NotPushable::new);
      if (column instanceof Column.Member member && member.sub() == null) {
        String close = openAmong(false, isSelective(valuePath.condition()), out);
        memberRows(out);
        out.append(" AND ");
        memberCondition(member, "m", valuePath.condition(), out);
        out.append(close);
        return;
      }
      if (!(column instanceof Column.Value value) || !value.sub().isEmpty()
          || !value.leaf().isComplex()) {
        throw new NotPushable();
      }
      Filter condition = valuePath.condition();
      if (isSingleRowTest(condition)) {
        // One positive test on one sub-attribute: the same as the flattened path.
        filterOnSub(value, condition, out);
        return;
      }
      String element = alias("e");
      String close = openAmong(false, isSelective(condition), out);
      out.append("SELECT ").append(element).append(".resource_id FROM scim_value ")
          .append(element).append(" WHERE ").append(element).append(".tenant = ").param(tenant)
          .append(" AND ").append(element).append(".resource_type = ").param(resourceType)
          .append(" AND ").append(element).append(".attr = ").param(value.attr())
          .append(" AND ").append(element).append(".sub = ").param("")
          .append(" AND ");
      elementCondition(value, element, condition, out);
      out.append(close);
    }

    /**
     * Whether a test is an equality with a value that few resources share ({@code userName eq},
     * {@code emails[value eq]}, {@code members[value eq]}): the kind of test whose ids are worth
     * collecting into an array first. A boolean or a range can match most of a tenant, and an
     * array of a million ids costs far more than the join it replaces (16 s against 3.4 s for
     * {@code active eq true} at 1,000,000 users).
     */
    private static boolean isSelective(ComparisonOperator op, Literal literal) {
      return op == ComparisonOperator.EQ
          && !(literal instanceof Literal.Bool) && !(literal instanceof Literal.Null);
    }

    /** Whether a value path's condition holds a selective equality that every match must meet. */
    private static boolean isSelective(Filter condition) {
      if (condition instanceof Filter.Comparison comparison) {
        return isSelective(comparison.operator(), comparison.value());
      }
      return condition instanceof Filter.And and
          && and.operands().stream().anyMatch(FilterSql.Translation::isSelective);
    }

    /**
     * Opens a test of whether the resource's id is among a subquery's ids, and returns the text
     * that closes it. On PostgreSQL a positive test outside {@code or} and {@code not} (where
     * the planner would turn {@code IN} into a join) is {@code r.id = ANY (ARRAY(subquery))}: the
     * subquery runs once, through its own best index, before any resource row is read. As a
     * join, the planner of a database without statistics (just migrated or bulk-loaded, not yet
     * analysed) takes both sides for one row and may rescan the whole type's index rows once per
     * resource; the array keeps the plan the same with statistics or without. Tests inside
     * {@code or} and {@code not}, and {@code NOT IN}, are hashed subplans, also run once.
     */
    private String openAmong(boolean negated, boolean selective, Sql out) {
      if (negated) {
        out.append("r.id NOT IN (");
        return ")";
      }
      if (dialect == Dialect.POSTGRESQL && nested == 0 && selective) {
        out.append("r.id = ANY (ARRAY(");
        return "))";
      }
      out.append("r.id IN (");
      return ")";
    }

    private boolean isSingleRowTest(Filter condition) {
      if (condition instanceof Filter.Present) {
        return true;
      }
      return condition instanceof Filter.Comparison comparison
          && comparison.operator() != ComparisonOperator.NE
          && !(comparison.value() instanceof Literal.Null);
    }

    private void filterOnSub(Column.Value parent, Filter condition, Sql out) {
      if (condition instanceof Filter.Present present) {
        present(relative(parent, present.path()), out);
      } else {
        Filter.Comparison comparison = (Filter.Comparison) condition;
        comparison(relative(parent, comparison.path()), comparison.operator(),
            comparison.value(), out);
      }
    }

    private Column.Value relative(Column.Value parent, AttributePath path) {
      Column column = catalog.resolveRelative(parent, path).orElseThrow(NotPushable::new);
      if (!(column instanceof Column.Value value) || value.sub().isEmpty()) {
        throw new NotPushable();
      }
      return value;
    }

    /** A condition on one element {@code element} of a complex attribute in the value index. */
    private void elementCondition(Column.Value parent, String element, Filter condition,
        Sql out) {
      if (condition instanceof Filter.And and) {
        chain(and.operands(), " AND ", out,
            (operand, sql) -> elementCondition(parent, element, operand, sql));
      } else if (condition instanceof Filter.Or or) {
        chain(or.operands(), " OR ", out,
            (operand, sql) -> elementCondition(parent, element, operand, sql));
      } else if (condition instanceof Filter.Not not) {
        out.append("NOT (");
        elementCondition(parent, element, not.operand(), out);
        out.append(")");
      } else if (condition instanceof Filter.Present present) {
        Column.Value sub = relative(parent, present.path());
        elementRow(sub, element, out, row -> out.append(row).append(".present = ")
            .param(true));
      } else if (condition instanceof Filter.Comparison comparison) {
        Column.Value sub = relative(parent, comparison.path());
        ComparisonOperator op = comparison.operator();
        Literal literal = comparison.value();
        if (literal instanceof Literal.Null) {
          if (op != ComparisonOperator.EQ && op != ComparisonOperator.NE) {
            throw new NotPushable();
          }
          out.append(op == ComparisonOperator.EQ ? "NOT " : "");
          elementRow(sub, element, out, row -> out.append(row).append(".present = ")
              .param(true));
          return;
        }
        boolean negated = op == ComparisonOperator.NE;
        ComparisonOperator positive = negated ? ComparisonOperator.EQ : op;
        out.append(negated ? "NOT " : "");
        elementRow(sub, element, out,
            row -> valuePredicate(row, sub.leaf(), positive, literal, out));
      } else {
        throw new NotPushable();
      }
    }

    /** {@code EXISTS} a row of the same element and sub-attribute satisfying a predicate. */
    private void elementRow(Column.Value sub, String element, Sql out, RowPredicate predicate) {
      String row = alias("x");
      out.append("EXISTS (SELECT 1 FROM scim_value ").append(row).append(" WHERE ")
          .append(row).append(".tenant = ").append(element).append(".tenant AND ")
          .append(row).append(".resource_type = ").append(element).append(".resource_type AND ")
          .append(row).append(".resource_id = ").append(element).append(".resource_id AND ")
          .append(row).append(".attr = ").append(element).append(".attr AND ")
          .append(row).append(".element = ").append(element).append(".element AND ")
          .append(row).append(".sub = ").param(sub.sub()).append(" AND ");
      predicate.append(row);
      out.append(")");
    }

    /** {@code SELECT v.resource_id FROM scim_value v WHERE ...} for a path's rows. */
    private void valueRows(Column.Value value, Sql out) {
      out.append("SELECT v.resource_id FROM scim_value v WHERE v.tenant = ").param(tenant)
          .append(" AND v.resource_type = ").param(resourceType)
          .append(" AND v.attr = ").param(value.attr())
          .append(" AND v.sub = ").param(value.sub());
    }

    /** {@code SELECT m.group_id FROM scim_member m WHERE ...} for the type's member rows. */
    private void memberRows(Sql out) {
      out.append("SELECT m.group_id FROM scim_member m WHERE m.tenant = ").param(tenant)
          .append(" AND m.resource_type = ").param(resourceType);
    }

    private void memberCondition(Column.Member parent, String row, Filter condition, Sql out) {
      if (condition instanceof Filter.And and) {
        chain(and.operands(), " AND ", out,
            (operand, sql) -> memberCondition(parent, row, operand, sql));
      } else if (condition instanceof Filter.Or or) {
        chain(or.operands(), " OR ", out,
            (operand, sql) -> memberCondition(parent, row, operand, sql));
      } else if (condition instanceof Filter.Not not) {
        out.append("NOT (");
        memberCondition(parent, row, not.operand(), out);
        out.append(")");
      } else if (condition instanceof Filter.Present present) {
        memberPresent(memberSub(parent, present.path()), row, out);
      } else if (condition instanceof Filter.Comparison comparison) {
        Column.Member sub = memberSub(parent, comparison.path());
        ComparisonOperator op = comparison.operator();
        Literal literal = comparison.value();
        if (literal instanceof Literal.Null) {
          if (op != ComparisonOperator.EQ && op != ComparisonOperator.NE) {
            throw new NotPushable();
          }
          out.append(op == ComparisonOperator.EQ ? "NOT (" : "(");
          memberPresent(sub, row, out);
          out.append(")");
          return;
        }
        boolean negated = op == ComparisonOperator.NE;
        out.append(negated ? "NOT (" : "(");
        memberPredicate(sub, row, negated ? ComparisonOperator.EQ : op, literal, out);
        out.append(")");
      } else {
        throw new NotPushable();
      }
    }

    private Column.Member memberSub(Column.Member parent, AttributePath path) {
      Column column = catalog.resolveRelative(parent, path).orElseThrow(NotPushable::new);
      if (!(column instanceof Column.Member member) || member.sub() == null) {
        throw new NotPushable();
      }
      return member;
    }

    private void memberPresent(Column.Member member, String row, Sql out) {
      MemberColumns columns = MemberColumns.of(member.sub()).orElseThrow(NotPushable::new);
      // The key has the raw value's length and compares exactly (no trailing-space padding).
      String column = row + "." + columns.key();
      out.append("(").append(column).append(" IS NOT NULL AND ").append(column).append(" <> ")
          .param("").append(")");
    }

    /**
     * A test of one member row; two-valued (a missing column makes it false, never null), so
     * that {@code not} inside a value path negates it exactly.
     */
    private void memberPredicate(Column.Member member, String row, ComparisonOperator op,
        Literal literal, Sql out) {
      MemberColumns columns = MemberColumns.of(member.sub()).orElseThrow(NotPushable::new);
      AttributeDefinition leaf = member.path().leaf();
      if (!Normalized.isText(leaf)) {
        throw new NotPushable();
      }
      if (!(literal instanceof Literal.Text given)) {
        out.append(FALSE);
        return;
      }
      String key = row + "." + columns.key();
      String raw = row + "." + columns.raw();
      out.append("(").append(key).append(" IS NOT NULL AND ");
      if (columns.keyAlwaysFolded() && !Normalized.foldsCase(leaf)) {
        // The member id's key is folded for the index; a case-exact test adds the exact id.
        if (op == ComparisonOperator.EQ) {
          text(key, false, CaseRule.FOLD, op, given, out);
          out.append(" AND ");
        }
        text(raw, false, CaseRule.EXACT, op, given, out);
      } else {
        text(key, false, CaseRule.of(leaf), op, given, out);
      }
      out.append(")");
    }

    /** A test of one value-index row {@code row} against {@code op literal}. */
    private void valuePredicate(String row, AttributeDefinition leaf, ComparisonOperator op,
        Literal literal, Sql out) {
      AttributeType type = leaf.type();
      switch (type) {
        case STRING, REFERENCE, BINARY -> {
          if (literal instanceof Literal.Text) {
            text(row + ".text_value", true, CaseRule.of(leaf), op, literal, out);
          } else {
            out.append(FALSE);
          }
        }
        case BOOLEAN -> {
          Optional<Boolean> wanted = booleanOf(literal);
          if (wanted.isEmpty() || op != ComparisonOperator.EQ) {
            out.append(FALSE);
          } else {
            out.append(row).append(".num_value = ")
                .param(wanted.get() ? BigDecimal.ONE : BigDecimal.ZERO);
          }
        }
        case INTEGER, DECIMAL -> {
          if (!(literal instanceof Literal.Numeric numeric) || op.isSubstring()) {
            out.append(FALSE);
          } else {
            number(row, op, numeric.value(), out);
          }
        }
        case DATE_TIME -> {
          Optional<Instant> instant = literal instanceof Literal.Text text
              ? ScimDateTime.tryParse(text.value()) : Optional.empty();
          if (instant.isEmpty() || op.isSubstring()) {
            out.append(FALSE);
          } else {
            number(row, op, Normalized.epochSeconds(instant.get()), out);
          }
        }
        case COMPLEX -> throw new NotPushable();
      }
    }

    private void number(String row, ComparisonOperator op, BigDecimal value, Sql out) {
      if (!dialect.fitsNumber(value)) {
        throw new NotPushable();
      }
      out.append(row).append(".num_value ").append(symbol(op)).append(" ").param(value);
    }

    private Optional<Boolean> booleanOf(Literal literal) {
      if (literal instanceof Literal.Bool bool) {
        return Optional.of(bool.value());
      }
      if (literal instanceof Literal.Text text) {
        if (text.value().equalsIgnoreCase("true")) {
          return Optional.of(true);
        }
        if (text.value().equalsIgnoreCase("false")) {
          return Optional.of(false);
        }
      }
      return Optional.empty();
    }

    /**
     * A text comparison on a column holding normalised text.
     *
     * @param indexed whether the column is {@code scim_value.text_value}, whose index covers
     *     {@link Dialect#indexedText}
     */
    private void text(String column, boolean indexed, CaseRule rule, ComparisonOperator op,
        Literal literal, Sql out) {
      if (!(literal instanceof Literal.Text text)) {
        out.append(FALSE);
        return;
      }
      String value = rule.apply(text.value());
      if (!storable.isStorable(value)) {
        throw new NotPushable();
      }
      switch (op) {
        case EQ -> {
          if (indexed && !dialect.indexedText(column).equals(column)) {
            out.append(dialect.indexedText(column)).append(" = ")
                .param(dialect.indexedPrefix(value)).append(" AND ");
          }
          out.append(column).append(" = ").param(value);
        }
        case SW -> {
          String prefix = dialect.indexedPrefix(value);
          if (indexed && !dialect.indexedText(column).equals(column)) {
            if (prefix.equals(value)) {
              out.append(dialect.indexedText(column)).append(" LIKE ")
                  .param(likeEscape(value) + "%").append(" ESCAPE '!'");
              return;
            }
            out.append(dialect.indexedText(column)).append(" = ").param(prefix).append(" AND ");
          }
          out.append(column).append(" LIKE ").param(likeEscape(value) + "%")
              .append(" ESCAPE '!'");
        }
        case EW -> out.append(column).append(" LIKE ").param("%" + likeEscape(value))
            .append(" ESCAPE '!'");
        case CO -> out.append(column).append(" LIKE ").param("%" + likeEscape(value) + "%")
            .append(" ESCAPE '!'");
        case GT, GE, LT, LE -> {
          if (!dialect.ordersByUtf16() && hasCharAtOrAboveSurrogates(value)) {
            throw new NotPushable();
          }
          out.append(column).append(" ").append(symbol(op)).append(" ").param(value);
        }
        case NE -> throw new IllegalStateException("ne is translated as not eq");
      }
    }
  }

  /** Appends one operand's SQL. */
  @FunctionalInterface
  private interface Translator {
    void translate(Filter filter, Sql out);
  }

  /** Appends a predicate on a row alias. */
  @FunctionalInterface
  private interface RowPredicate {
    void append(String row);
  }

  /** How a literal is normalised before it is compared with a column. */
  private enum CaseRule {
    EXACT, FOLD;

    static CaseRule of(AttributeDefinition leaf) {
      return Normalized.foldsCase(leaf) ? FOLD : EXACT;
    }

    String apply(String value) {
      return this == FOLD ? CaseFolding.fold(value) : value;
    }
  }

  private static String symbol(ComparisonOperator op) {
    return switch (op) {
      case EQ -> "=";
      case NE -> "<>";
      case GT -> ">";
      case GE -> ">=";
      case LT -> "<";
      case LE -> "<=";
      case CO, SW, EW -> throw new IllegalArgumentException("not an ordering operator: " + op);
    };
  }

  /** Escapes LIKE's wildcards with {@code !}, the escape character every dialect accepts. */
  static String likeEscape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '!' || c == '%' || c == '_') {
        out.append('!');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Whether the text has a character at or above U+D800, where code point order (PostgreSQL,
   * MariaDB) and UTF-16 order (Java, the SCIM core) may disagree.
   */
  static boolean hasCharAtOrAboveSurrogates(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) >= '\uD800') {
        return true;
      }
    }
    return false;
  }
}

package io.scimitar.core.filter;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.filter.FilterScanner.Kind;
import io.scimitar.core.filter.FilterScanner.Token;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.path.PatchPath;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses SCIM filters (RFC 7644 §3.4.2.2) and PATCH paths (§3.5.2) into the {@link Filter} AST.
 * A single linear scan feeds a recursive descent whose depth is bounded by {@link FilterLimits},
 * so any input, however hostile, ends in linear time with either a result or a 400
 * {@link ScimException}. Thread-safe and reusable.
 *
 * <p>What is accepted:
 *
 * <ul>
 *   <li>operators {@code eq ne co sw ew gt lt ge le pr}, {@code and}, {@code or},
 *       {@code not ( ... )}, grouping parentheses; precedence {@code not} &gt; {@code and} &gt;
 *       {@code or}; {@code and}/{@code or} chains become left-deep trees;
 *   <li>operators, keywords and the literals {@code true false null} in any case;
 *   <li>attribute paths with an optional schema URN prefix (everything up to the last
 *       {@code :}), a name and a sub-attribute, e.g.
 *       {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value};
 *   <li>value paths {@code emails[type eq "work" and primary eq true]}, and Entra ID's form
 *       {@code emails[type eq "work"].value eq "x"}, which is represented as
 *       {@code ValuePath(emails, And(type eq "work", value eq "x"))};
 *   <li>JSON literals: strings with every JSON escape (surrogate pairs included; raw control
 *       characters must be escaped), numbers with sign, fraction and exponent (at most 100
 *       characters, exponent within ±1000), {@code true}, {@code false}, {@code null};
 *   <li>any amount of whitespace (space, tab, CR, LF) between tokens.
 * </ul>
 *
 * <p>Errors are 400 {@code invalidFilter} with a detail such as {@code invalid filter at position
 * 10: unknown operator 'equals' after 'userName' ...}; positions are 1-based character offsets.
 * Unquoted values ({@code userName eq bjensen}) are rejected unless the parser is made with
 * {@code unquotedValues} ({@code ClientTolerances.unquotedFilterValues}).
 */
public final class FilterParser {
  private final FilterLimits limits;
  private final boolean unquotedValues;

  /** A parser bounded by {@code limits}. */
  public FilterParser(FilterLimits limits) {
    this(limits, false);
  }

  /**
   * A parser bounded by {@code limits}.
   *
   * @param unquotedValues whether a bare word after a comparison operator that is not a JSON
   *     literal ({@code true}, {@code false}, {@code null}, a number) is read as a string
   */
  public FilterParser(FilterLimits limits, boolean unquotedValues) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.unquotedValues = unquotedValues;
  }

  /** A parser with {@link FilterLimits#DEFAULTS}. */
  public static FilterParser withDefaults() {
    return new FilterParser(FilterLimits.DEFAULTS);
  }

  /** The limits this parser enforces. */
  public FilterLimits limits() {
    return limits;
  }

  /**
   * Parses a filter.
   *
   * @throws ScimException 400 {@code invalidFilter} saying where and what, when the text is
   *     missing, empty, too long, too deeply nested or not a filter
   */
  public Filter parse(String text) {
    if (text == null) {
      throw ScimException.invalidFilter("filter is missing");
    }
    if (text.length() > limits.maxLength()) {
      throw ScimException.invalidFilter("filter is " + text.length()
          + " characters long; the limit is " + limits.maxLength());
    }
    FilterScanner scanner = new FilterScanner(text);
    if (scanner.peek().kind() == Kind.END) {
      throw ScimException.invalidFilter("filter is empty");
    }
    return new FilterGrammar(scanner, limits.maxDepth(), unquotedValues).filter();
  }

  /**
   * Parses a PATCH {@code path}: {@code attrPath} or {@code valuePath ["." subAttr]}, e.g.
   * {@code name.givenName}, {@code members[value eq "2819c223"]},
   * {@code emails[type eq "work"].value}.
   *
   * @throws ScimException 400 {@code invalidPath} when the path is malformed, or 400
   *     {@code invalidFilter} when the filter between the brackets is (RFC 7644 §3.12 lists
   *     {@code invalidFilter} for PATCH path filters)
   */
  public PatchPath parsePatchPath(String text) {
    if (text == null) {
      throw ScimException.invalidPath("path is missing");
    }
    if (text.length() > limits.maxLength()) {
      throw ScimException.invalidPath("path is " + text.length()
          + " characters long; the limit is " + limits.maxLength());
    }
    FilterScanner scanner = new FilterScanner(text);
    Token word = scanner.next();
    if (word.kind() == Kind.END) {
      throw ScimException.invalidPath("path is empty");
    }
    if (word.kind() != Kind.WORD) {
      throw pathError(word.start(),
          "expected an attribute path, found " + FilterScanner.describe(word));
    }
    AttributePath attribute = attributePath(word);
    Token open = scanner.next();
    if (open.kind() == Kind.END) {
      return PatchPath.of(attribute);
    }
    if (open.kind() != Kind.LEFT_BRACKET) {
      throw pathError(open.start(), "expected '[' or the end of the path after '"
          + FilterScanner.snippet(word.text()) + "', found " + FilterScanner.describe(open));
    }
    if (attribute.hasSubAttribute()) {
      throw pathError(open.start(), "a value filter applies to an attribute, not to the "
          + "sub-attribute '" + FilterScanner.snippet(word.text()) + "'");
    }
    FilterGrammar grammar = new FilterGrammar(scanner, limits.maxDepth(), unquotedValues);
    FilterGrammar.Bracketed bracketed = grammar.bracketed(open);
    Optional<Token> dotWord = grammar.dotWordAfter(bracketed.close());
    Optional<String> subAttribute = dotWord.map(dot -> dot.text().substring(1));
    if (subAttribute.isPresent() && !AttributePath.isAttributeName(subAttribute.get())) {
      throw pathError(dotWord.get().start() + 1, "'" + FilterScanner.snippet(subAttribute.get())
          + "' after ']' is not a valid sub-attribute name");
    }
    Token end = scanner.next();
    if (end.kind() != Kind.END) {
      throw pathError(end.start(), "expected the end of the path"
          + (subAttribute.isEmpty() ? " or '.subAttribute'" : "") + " after ']', found "
          + FilterScanner.describe(end));
    }
    return new PatchPath(attribute, bracketed.condition(), subAttribute.orElse(null));
  }

  private static AttributePath attributePath(Token word) {
    try {
      return AttributePath.parse(word.text());
    } catch (ScimException invalid) {
      throw pathError(word.start(), invalid.detail());
    }
  }

  private static ScimException pathError(int index, String what) {
    return ScimException.invalidPath("invalid path at position " + (index + 1) + ": " + what);
  }
}

package io.scimitar.core.filter;

/**
 * Bounds on filter and PATCH-path text, checked while parsing so that hostile input fails fast.
 *
 * <p>The depth counts nested constructs: each group {@code ( ... )}, each negation
 * {@code not ( ... )} and each value path {@code attr[ ... ]} is one level. {@code and}/{@code or}
 * chains do not nest: they become left-deep trees as long as the text allows, which the library
 * walks in loops. The ceilings bound what any other visitor of the tree can meet: at most 256
 * nested levels and, from 16,384 characters, chains of under 2,000 terms.
 *
 * @param maxLength longest accepted text, in characters (1 to {@value #LENGTH_CEILING})
 * @param maxDepth deepest accepted nesting (1 to {@value #DEPTH_CEILING})
 */
public record FilterLimits(int maxLength, int maxDepth) {
  /** The highest {@code maxLength} a configuration may choose. */
  public static final int LENGTH_CEILING = 16_384;

  /** The highest {@code maxDepth} a configuration may choose. */
  public static final int DEPTH_CEILING = 256;

  /** 4096 characters, depth 32: far beyond what identity providers send. */
  public static final FilterLimits DEFAULTS = new FilterLimits(4096, 32);

  public FilterLimits {
    if (maxLength < 1 || maxLength > LENGTH_CEILING) {
      throw new IllegalArgumentException(
          "maxLength must be between 1 and " + LENGTH_CEILING + ", got " + maxLength);
    }
    if (maxDepth < 1 || maxDepth > DEPTH_CEILING) {
      throw new IllegalArgumentException(
          "maxDepth must be between 1 and " + DEPTH_CEILING + ", got " + maxDepth);
    }
  }
}

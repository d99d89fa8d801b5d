package io.scimitar.core.filter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A filter compiled against one resource type by {@link FilterEvaluator#compile}, ready to test
 * many resources: its paths, attribute definitions and literals are resolved once, so testing a
 * resource only reads the tree. Compile once per query, then call {@link #matches} for each
 * candidate. Immutable and thread-safe.
 */
public final class CompiledFilter {
  private final Filter filter;
  private final NodeTest test;

  CompiledFilter(Filter filter, NodeTest test) {
    this.filter = filter;
    this.test = test;
  }

  /**
   * Whether a resource matches, by the rules in {@link FilterEvaluator}'s class documentation.
   *
   * @param resourceTree the canonical tree of a resource of the type the filter was compiled
   *     for ({@code ScimResource.view()})
   */
  public boolean matches(ObjectNode resourceTree) {
    return test.test(Objects.requireNonNull(resourceTree, "resourceTree"));
  }

  @Override
  public String toString() {
    return "CompiledFilter[" + filter.render() + "]";
  }
}

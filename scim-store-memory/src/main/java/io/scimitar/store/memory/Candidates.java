package io.scimitar.store.memory;

import java.util.NavigableSet;
import java.util.Set;

/** What an index can say about the resources a filter matches, before the filter is run. */
sealed interface Candidates {

  /** The ids to evaluate the filter on. */
  Set<String> ids();

  /**
   * Exactly the ids the filter matches, in id order (a live view, read under the lock): the
   * page can be cut from them and their count is the total, without evaluating the filter.
   *
   * @param ids the matching ids
   */
  record Exactly(NavigableSet<String> ids) implements Candidates {}

  /**
   * A superset of the ids the filter matches: each must still be evaluated.
   *
   * @param ids the candidate ids, in no particular order unless a sorted set
   */
  record AtMost(Set<String> ids) implements Candidates {}
}

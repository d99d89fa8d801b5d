package io.scimitar.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.filter.CompiledFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses to benchmark a library on filters it answers differently from Scimitar, so that every
 * figure compares the same, correct work.
 */
final class Agreement {
  private static final int POPULATION = 100;

  private Agreement() {}

  /**
   * Each filter parsed and made ready to evaluate by {@code library}, after checking that the
   * library's answer for {@code user} is Scimitar's, and that it finds as many users as
   * Scimitar in the {@link Population} (one user can agree by chance).
   *
   * @throws IllegalStateException when an answer or a count differs
   */
  static <F, M, R, P> List<M> matchers(ScimLibrary<F, M, R, P> library, R user,
      List<String> filters) throws Exception {
    ScimitarLibrary reference = new ScimitarLibrary();
    ObjectNode referenceUser = reference.read(Fixtures.ENTERPRISE_USER);
    for (String filter : filters) {
      boolean expected =
          reference.matches(reference.matcher(reference.parseFilter(filter)), referenceUser);
      if (library.matches(library.matcher(library.parseFilter(filter)), user) != expected) {
        throw new IllegalStateException(library.name() + " answers " + !expected + " for "
            + filter + "; Scimitar answers " + expected);
      }
    }
    List<String> population = Population.users(POPULATION);
    List<R> users = new ArrayList<>(population.size());
    for (String json : population) {
      users.add(library.read(json));
    }
    return searchMatchers(library, users, population, filters);
  }

  /**
   * Each filter parsed and made ready to evaluate by {@code library}, after checking that the
   * library finds the same number of matching users as Scimitar.
   *
   * @throws IllegalStateException when a count differs
   */
  static <F, M, R, P> List<M> searchMatchers(ScimLibrary<F, M, R, P> library, List<R> users,
      List<String> usersJson, List<String> filters) throws Exception {
    ScimitarLibrary reference = new ScimitarLibrary();
    List<ObjectNode> referenceUsers = new ArrayList<>(usersJson.size());
    for (String json : usersJson) {
      referenceUsers.add(reference.read(json));
    }
    List<M> matchers = new ArrayList<>(filters.size());
    for (String filter : filters) {
      M matcher = library.matcher(library.parseFilter(filter));
      CompiledFilter referenceFilter = reference.matcher(reference.parseFilter(filter));
      int expected = 0;
      int found = 0;
      for (int i = 0; i < users.size(); i++) {
        expected += reference.matches(referenceFilter, referenceUsers.get(i)) ? 1 : 0;
        found += library.matches(matcher, users.get(i)) ? 1 : 0;
      }
      if (found != expected) {
        throw new IllegalStateException(library.name() + " finds " + found + " users for "
            + filter + "; Scimitar finds " + expected);
      }
      matchers.add(matcher);
    }
    return matchers;
  }
}

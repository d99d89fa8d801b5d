package io.scimitar.store.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimitar.core.sort.SortOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sorting the seeded {@link Directory} as the core {@code ResourceSorter} defines it: strings
 * case-insensitively unless {@code caseExact} (ties then broken case-sensitively), multi-valued
 * attributes by their primary value or else their first, booleans false first, timestamps as
 * instants, extension attributes, resources without a value last in ascending order, remaining
 * ties by id; descending order is the exact reverse of ascending.
 *
 * <p>Each case lists the ascending order as tiers: names in one tier sort alike and come in id
 * order; the last tier of most cases holds the resources without a value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SortTck extends StoreTck {

  @BeforeAll
  void seed() {
    new Directory().loadInto(storage(), tenantA);
  }

  static Stream<Arguments> orders() {
    return Stream.of(
        order("User", "userName", "", tiers(
            "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi")),
        order("User", "title", "", List.of(
            List.of("grace"), List.of("alice", "bob"), List.of("frank"), List.of("erin"),
            List.of("carol"), List.of("dave", "heidi"))),
        order("User", "emails.value", "", List.of(
            List.of("alice"), List.of("bob"), List.of("carol"), List.of("dave"), List.of("frank"),
            List.of("grace"), List.of("erin", "heidi"))),
        order("User", "emails", "", List.of(
            List.of("alice"), List.of("bob"), List.of("carol"), List.of("dave"), List.of("frank"),
            List.of("grace"), List.of("erin", "heidi"))),
        order("User", "addresses.locality", "", List.of(
            List.of("alice", "carol"), List.of("erin"), List.of("bob"), List.of("grace"),
            List.of("dave", "frank", "heidi"))),
        order("User", "employeeNumber", "", List.of(
            List.of("alice"), List.of("bob"), List.of("carol"), List.of("frank"), List.of("dave"),
            List.of("grace"), List.of("erin", "heidi"))),
        order("User", "name.familyName", "", tiers(
            "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi")),
        order("User", "externalId", "", List.of(
            List.of("bob"), List.of("alice"), List.of("carol"), List.of("erin"), List.of("frank"),
            List.of("grace"), List.of("dave", "heidi"))),
        order("User", "active", "", List.of(
            List.of("carol", "grace"), List.of("alice", "bob", "dave", "erin", "frank"),
            List.of("heidi"))),
        order("User", "meta.lastModified", "", tiers(
            "bob", "dave", "frank", "alice", "heidi", "carol", "erin", "grace")),
        order("User", "meta.created", "active eq true", tiers(
            "alice", "bob", "dave", "erin", "frank")),
        order("Group", "displayName", "", tiers("all", "empty", "engineering", "sales")));
  }

  private static Arguments order(
      String resourceType, String sortBy, String filter, List<List<String>> tiers) {
    return Arguments.of(resourceType, sortBy, filter, tiers);
  }

  private static List<List<String>> tiers(String... names) {
    return Stream.of(names).map(List::of).toList();
  }

  @ParameterizedTest(name = "{0} by {1} ascending {2}")
  @MethodSource("orders")
  void ascending(String resourceType, String sortBy, String filter, List<List<String>> tiers) {
    assertThat(sortedNames(resourceType, sortBy, filter, SortOrder.ASCENDING))
        .containsExactlyElementsOf(ascendingNames(tiers));
  }

  @ParameterizedTest(name = "{0} by {1} descending {2}")
  @MethodSource("orders")
  void descending(String resourceType, String sortBy, String filter, List<List<String>> tiers) {
    List<String> expected = ascendingNames(tiers);
    Collections.reverse(expected);

    assertThat(sortedNames(resourceType, sortBy, filter, SortOrder.DESCENDING))
        .containsExactlyElementsOf(expected);
  }

  private List<String> sortedNames(
      String resourceType, String sortBy, String filter, SortOrder order) {
    return Directory.namesOf(ids(queryAll(store(resourceType), tenantA,
        filter.isEmpty() ? null : filter(resourceType, filter),
        sort(resourceType, sortBy, order))));
  }

  /** The tiers in order, each tier's names in id order (the tie-breaker). */
  private static List<String> ascendingNames(List<List<String>> tiers) {
    List<String> names = new ArrayList<>();
    for (List<String> tier : tiers) {
      List<String> tied = new ArrayList<>(tier);
      tied.sort(Comparator.comparing(TckResources::idOf));
      names.addAll(tied);
    }
    return names;
  }
}

package io.scimitar.benchmarks.scale;

import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.FilterEvaluator;
import io.scimitar.core.filter.FilterParser;
import io.scimitar.core.patch.MemberRef;
import io.scimitar.core.patch.MembershipChange;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.ResourceUpdate;
import io.scimitar.core.spi.Storage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The operations a scale run times, as direct calls to the stores (no service in between):
 * filters are parsed and resolved before timing, as the service would hand them over. Each
 * operation checks its result, so a store that answers wrongly fails the run instead of
 * looking fast.
 */
final class StoreOperations {
  private static final int PAGE = 100;
  private static final int TARGETS = 4_096;

  private final RequestContext context;
  private final ResourceStore users;
  private final ResourceStore groups;
  private final FilterParser parser = FilterParser.withDefaults();
  private final FilterEvaluator userFilters;

  StoreOperations(Storage storage, SchemaRegistry registry, RequestContext context) {
    this.context = context;
    this.users = storage.store("User").orElseThrow();
    this.groups = storage.store("Group").orElseThrow();
    this.userFilters = new FilterEvaluator(registry.resourceSchema("User"));
  }

  ResourceStore users() {
    return users;
  }

  ResourceStore groups() {
    return groups;
  }

  /** The users of a data set of {@code size} that lookups name, spread over all of it. */
  static int[] targets(int size) {
    Random random = new Random(size);
    int[] targets = new int[TARGETS];
    for (int k = 0; k < TARGETS; k++) {
      targets[k] = random.nextInt(size);
    }
    return targets;
  }

  /** A resolved User filter, as the service pushes it down. */
  Filter userFilter(String text) {
    return userFilters.resolve(parser.parse(text));
  }

  /** {@code userName eq} for user {@code i}, as Okta and Entra ID send before every create. */
  Filter userNameEq(int i) {
    return userFilter("userName eq \"" + Directory.userName(i).toUpperCase(java.util.Locale.ROOT)
        + "\"");
  }

  /** {@code externalId eq} for user {@code i}, as Entra ID matches users. */
  Filter externalIdEq(int i) {
    return userFilter("externalId eq \"" + Directory.userExternalId(i) + "\"");
  }

  /** {@code emails[value eq …]} for the work email of user {@code i}. */
  Filter emailEq(int i) {
    return userFilter("emails[value eq \"" + Directory.userName(i) + "\"]");
  }

  /** The first page of 100 users found by one filter per target, each expected once. */
  Sampler.Operation lookup(int size, java.util.function.IntFunction<Filter> filter) {
    int[] targets = targets(size);
    List<Filter> filters = new ArrayList<>(TARGETS);
    for (int target : targets) {
      filters.add(filter.apply(target));
    }
    return i -> {
      int k = i % TARGETS;
      QueryResult result = users.query(context,
          new ResourceQuery(filters.get(k), null, new PageRequest.Index(1, PAGE), true));
      expect(result.totalResults() == 1 && result.resources().get(0).id().orElseThrow()
          .equals(Directory.userId(targets[k])), "lookup of user " + targets[k]);
    };
  }

  /** Reads one user by id. */
  Sampler.Operation getUser(int size) {
    int[] targets = targets(size);
    return i -> {
      int target = targets[i % TARGETS];
      expect(users.get(context, Directory.userId(target), true).isPresent(), "user " + target);
    };
  }

  /** The first page of 100 (index paging, with totalResults) of {@code active eq true}. */
  Sampler.Operation activePage(int size) {
    Filter active = userFilter("active eq true");
    int expected = size - (size + 3) / 4;
    return i -> {
      QueryResult result = users.query(context,
          new ResourceQuery(active, null, new PageRequest.Index(1, PAGE), true));
      expect(result.resources().size() == PAGE && result.totalResults() == expected,
          "active page: " + result.totalResults() + " of " + expected);
    };
  }

  /**
   * A cursor page of 100 in the latter half of the id order (RFC 9865), from cursors made by
   * the store itself: the next cursor of a one-resource page of {@code id ge "8"}, {@code "9"},
   * ... {@code "f"} (ids are random UUIDs, so these start half-way and later into the set).
   * The page does not want the total, as the service asks for every page of a walk after the
   * first (the first page's total travels in the cursor).
   */
  Sampler.Operation deepCursorPage() {
    List<String> cursors = new ArrayList<>();
    for (char start : "89abcdef".toCharArray()) {
      QueryResult first = users.query(context, new ResourceQuery(
          userFilter("id ge \"" + start + "\""), null, new PageRequest.Cursor(null, 1), false));
      expect(first.nextCursor() != null, "a cursor after id " + start);
      cursors.add(first.nextCursor());
    }
    return i -> {
      QueryResult page = users.query(context, new ResourceQuery(null, null,
          new PageRequest.Cursor(cursors.get(i % cursors.size()), PAGE, false), true));
      expect(page.resources().size() == PAGE && page.nextCursor() != null, "deep cursor page");
    };
  }

  /** Reads a group, with or without its members. */
  Sampler.Operation getGroup(int g, boolean membersWanted, int expectedMembers) {
    String id = Directory.groupId(g);
    return i -> {
      ScimResource group = groups.get(context, id, membersWanted).orElseThrow();
      int members = group.view().path("members").size();
      expect(members == expectedMembers, "group " + g + " has " + members + " members");
    };
  }

  /**
   * Adds the outsider to a timed group and removes it again, member-level updates with the
   * version checked, as the service issues them for a PATCH.
   */
  MemberChanges memberChanges(int g) {
    return new MemberChanges(g);
  }

  /** The two member changes of one group, which keep track of the group's version. */
  final class MemberChanges {
    private final int group;
    private long version;

    private MemberChanges(int group) {
      this.group = group;
      this.version = Long.parseLong(groups.get(context, Directory.groupId(group), false)
          .orElseThrow().meta().orElseThrow().version());
    }

    /** Adds the outsider. */
    Sampler.Operation add() {
      MemberRef outsider = new MemberRef(Directory.userId(Directory.outsider()), null, "User",
          null);
      return i -> write(new MembershipChange.Add(List.of(outsider)));
    }

    /** Removes the outsider. */
    Sampler.Operation remove() {
      return i -> write(new MembershipChange.Remove(Set.of(
          Directory.userId(Directory.outsider()))));
    }

    private void write(MembershipChange change) {
      String expected = Long.toString(version);
      ScimResource next = ScimResource.wrap("Group",
          Directory.groupWithoutMembers(group, Long.toString(version + 1)));
      groups.update(context, new ResourceUpdate(next, expected, false, List.of(change)));
      version++;
    }
  }

  private static void expect(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("wrong result: " + what);
    }
  }
}

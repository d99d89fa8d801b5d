package io.scimitar.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.GenericScimResource;
import de.captaingoldfish.scim.sdk.common.resources.User;
import de.captaingoldfish.scim.sdk.server.filter.FilterNode;
import de.captaingoldfish.scim.sdk.server.filter.resources.FilterResourceResolver;
import io.scimitar.core.filter.CompiledFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.directory.scim.spec.resources.ScimResource;
import org.apache.directory.scim.spec.resources.ScimUser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * In-memory search: each filter of a set counts the matching users among
 * {@value #USERS} varied users ({@link Population}). Unlike {@link FilterEvaluateBenchmark},
 * this amortises per-call costs that do not depend on the number of resources, such as the
 * Goldfish SDK handing every {@code filterResources} call to its thread pool. Setup checks that
 * every library finds as many users as Scimitar for each filter.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FilterSearchBenchmark {
  static final int USERS = 100;

  private ScimitarLibrary scimitar;
  private List<ObjectNode> scimitarUsers;
  private CompiledFilter[] scimitarFilters;
  private CompiledFilter[] scimitarScimpleSet;
  private UnboundIdLibrary unboundId;
  private List<GenericScimResource> unboundIdUsers;
  private com.unboundid.scim2.common.filters.Filter[] unboundIdFilters;
  private GoldfishLibrary goldfish;
  private List<User> goldfishUsers;
  private FilterNode[] goldfishFilters;
  private ScimpleLibrary scimple;
  private List<ScimUser> scimpleUsers;
  private List<Predicate<ScimResource>> scimpleFilters;

  /** Reads the users and parses the filters once per trial, checking every count. */
  @Setup
  public void setUp() throws Exception {
    QuietConsole.silenceStandardError();
    List<String> json = Population.users(USERS);
    List<String> all = Fixtures.PARSED_BY_ALL;
    List<String> scimpleSet = Fixtures.EVALUATED_BY_SCIMPLE;
    scimitar = new ScimitarLibrary();
    scimitarUsers = readAll(scimitar, json);
    scimitarFilters = Agreement.searchMatchers(scimitar, scimitarUsers, json, all)
        .toArray(new CompiledFilter[0]);
    scimitarScimpleSet = Agreement.searchMatchers(scimitar, scimitarUsers, json, scimpleSet)
        .toArray(new CompiledFilter[0]);
    unboundId = new UnboundIdLibrary();
    unboundIdUsers = readAll(unboundId, json);
    unboundIdFilters = Agreement.searchMatchers(unboundId, unboundIdUsers, json, all)
        .toArray(new com.unboundid.scim2.common.filters.Filter[0]);
    goldfish = new GoldfishLibrary();
    goldfishUsers = readAll(goldfish, json);
    goldfishFilters = Agreement.searchMatchers(goldfish, goldfishUsers, json, all)
        .toArray(new FilterNode[0]);
    scimple = new ScimpleLibrary();
    scimpleUsers = readAll(scimple, json);
    scimpleFilters = Agreement.searchMatchers(scimple, scimpleUsers, json, scimpleSet);
  }

  private static <R> List<R> readAll(ScimLibrary<?, ?, R, ?> library, List<String> json)
      throws Exception {
    List<R> users = new ArrayList<>(json.size());
    for (String user : json) {
      users.add(library.read(user));
    }
    return users;
  }

  /** Scimitar, nine filters. */
  @Benchmark
  public void scimitar(Blackhole blackhole) {
    for (CompiledFilter filter : scimitarFilters) {
      int count = 0;
      for (ObjectNode user : scimitarUsers) {
        count += scimitar.matches(filter, user) ? 1 : 0;
      }
      blackhole.consume(count);
    }
  }

  /** UnboundID, nine filters. */
  @Benchmark
  public void unboundId(Blackhole blackhole) throws Exception {
    for (com.unboundid.scim2.common.filters.Filter filter : unboundIdFilters) {
      int count = 0;
      for (GenericScimResource user : unboundIdUsers) {
        count += unboundId.matches(filter, user) ? 1 : 0;
      }
      blackhole.consume(count);
    }
  }

  /** Goldfish {@code FilterResourceResolver.filterResources} on the whole list, nine filters. */
  @Benchmark
  public void goldfish(Blackhole blackhole) {
    for (FilterNode filter : goldfishFilters) {
      blackhole.consume(FilterResourceResolver
          .filterResources(goldfish.serviceProvider(), goldfishUsers, filter).size());
    }
  }

  /** Scimitar on SCIMple's four filters. */
  @Benchmark
  public void scimitarScimpleSet(Blackhole blackhole) {
    for (CompiledFilter filter : scimitarScimpleSet) {
      int count = 0;
      for (ObjectNode user : scimitarUsers) {
        count += scimitar.matches(filter, user) ? 1 : 0;
      }
      blackhole.consume(count);
    }
  }

  /** SCIMple, its four filters. */
  @Benchmark
  public void scimple(Blackhole blackhole) {
    for (Predicate<ScimResource> filter : scimpleFilters) {
      int count = 0;
      for (ScimUser user : scimpleUsers) {
        count += scimple.matches(filter, user) ? 1 : 0;
      }
      blackhole.consume(count);
    }
  }
}

package io.scimitar.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.GenericScimResource;
import de.captaingoldfish.scim.sdk.common.resources.User;
import de.captaingoldfish.scim.sdk.server.filter.FilterNode;
import io.scimitar.core.filter.CompiledFilter;
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
 * Evaluating parsed filters against the RFC 7643 enterprise user held in each library's model.
 * One operation evaluates every filter of its set once. Setup checks that every library answers
 * each filter as Scimitar does.
 *
 * <p>Two sets: the nine filters every library parses, for Scimitar, UnboundID and Goldfish; and
 * the four SCIMple answers correctly ({@link Fixtures#EVALUATED_BY_SCIMPLE}), for SCIMple and
 * Scimitar ({@code scimitarScimpleSet}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FilterEvaluateBenchmark {
  private ScimitarLibrary scimitar;
  private ObjectNode scimitarUser;
  private CompiledFilter[] scimitarFilters;
  private CompiledFilter[] scimitarScimpleSet;
  private UnboundIdLibrary unboundId;
  private GenericScimResource unboundIdUser;
  private com.unboundid.scim2.common.filters.Filter[] unboundIdFilters;
  private GoldfishLibrary goldfish;
  private User goldfishUser;
  private FilterNode[] goldfishFilters;
  private ScimpleLibrary scimple;
  private ScimUser scimpleUser;
  private List<Predicate<ScimResource>> scimpleFilters;

  /** Reads the user and parses the filters once per trial, checking every answer. */
  @Setup
  public void setUp() throws Exception {
    QuietConsole.silenceStandardError();
    List<String> all = Fixtures.PARSED_BY_ALL;
    scimitar = new ScimitarLibrary();
    scimitarUser = scimitar.read(Fixtures.ENTERPRISE_USER);
    scimitarFilters = Agreement.matchers(scimitar, scimitarUser, all).toArray(new CompiledFilter[0]);
    scimitarScimpleSet = Agreement.matchers(scimitar, scimitarUser, Fixtures.EVALUATED_BY_SCIMPLE)
        .toArray(new CompiledFilter[0]);
    unboundId = new UnboundIdLibrary();
    unboundIdUser = unboundId.read(Fixtures.ENTERPRISE_USER);
    unboundIdFilters = Agreement.matchers(unboundId, unboundIdUser, all)
        .toArray(new com.unboundid.scim2.common.filters.Filter[0]);
    goldfish = new GoldfishLibrary();
    goldfishUser = goldfish.read(Fixtures.ENTERPRISE_USER);
    goldfishFilters = Agreement.matchers(goldfish, goldfishUser, all).toArray(new FilterNode[0]);
    scimple = new ScimpleLibrary();
    scimpleUser = scimple.read(Fixtures.ENTERPRISE_USER);
    scimpleFilters = Agreement.matchers(scimple, scimpleUser, Fixtures.EVALUATED_BY_SCIMPLE);
  }

  /** Scimitar {@code CompiledFilter.matches}, nine filters. */
  @Benchmark
  public void scimitar(Blackhole blackhole) {
    for (CompiledFilter filter : scimitarFilters) {
      blackhole.consume(scimitar.matches(filter, scimitarUser));
    }
  }

  /** UnboundID {@code FilterEvaluator.evaluate}, nine filters. */
  @Benchmark
  public void unboundId(Blackhole blackhole) throws Exception {
    for (com.unboundid.scim2.common.filters.Filter filter : unboundIdFilters) {
      blackhole.consume(unboundId.matches(filter, unboundIdUser));
    }
  }

  /** Goldfish {@code FilterResourceResolver.filterResources} on a list of one, nine filters. */
  @Benchmark
  public void goldfish(Blackhole blackhole) {
    for (FilterNode filter : goldfishFilters) {
      blackhole.consume(goldfish.matches(filter, goldfishUser));
    }
  }

  /** Scimitar on SCIMple's four filters. */
  @Benchmark
  public void scimitarScimpleSet(Blackhole blackhole) {
    for (CompiledFilter filter : scimitarScimpleSet) {
      blackhole.consume(scimitar.matches(filter, scimitarUser));
    }
  }

  /** SCIMple {@code FilterExpressions.inMemory} predicates, its four filters. */
  @Benchmark
  public void scimple(Blackhole blackhole) {
    for (Predicate<ScimResource> filter : scimpleFilters) {
      blackhole.consume(scimple.matches(filter, scimpleUser));
    }
  }
}

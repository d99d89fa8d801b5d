package io.scimitar.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing a filter parameter to each library's AST. One operation parses the nine filters every
 * library accepts ({@link Fixtures#PARSED_BY_ALL}). Scimitar's figure includes resolving the
 * filter against the User schema, as Goldfish's does; UnboundID and SCIMple parse without a
 * schema, so {@code scimitarSyntaxOnly} is shown beside them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FilterParseBenchmark {
  private String[] filters;
  private ScimitarLibrary scimitar;
  private UnboundIdLibrary unboundId;
  private GoldfishLibrary goldfish;
  private ScimpleLibrary scimple;

  /** Builds the libraries once per trial. */
  @Setup
  public void setUp() {
    QuietConsole.silenceStandardError();
    filters = Fixtures.PARSED_BY_ALL.toArray(new String[0]);
    scimitar = new ScimitarLibrary();
    unboundId = new UnboundIdLibrary();
    goldfish = new GoldfishLibrary();
    scimple = new ScimpleLibrary();
  }

  /** Scimitar: parse and resolve against the schema. */
  @Benchmark
  public void scimitar(Blackhole blackhole) {
    for (String filter : filters) {
      blackhole.consume(scimitar.parseFilter(filter));
    }
  }

  /** Scimitar: parse only. */
  @Benchmark
  public void scimitarSyntaxOnly(Blackhole blackhole) {
    for (String filter : filters) {
      blackhole.consume(scimitar.parseFilterSyntaxOnly(filter));
    }
  }

  /** UnboundID {@code Filter.fromString}. */
  @Benchmark
  public void unboundId(Blackhole blackhole) throws Exception {
    for (String filter : filters) {
      blackhole.consume(unboundId.parseFilter(filter));
    }
  }

  /** Goldfish {@code RequestUtils.parseFilter} against the User resource type. */
  @Benchmark
  public void goldfish(Blackhole blackhole) {
    for (String filter : filters) {
      blackhole.consume(goldfish.parseFilter(filter));
    }
  }

  /** SCIMple {@code new Filter(String)}. */
  @Benchmark
  public void scimple(Blackhole blackhole) throws Exception {
    for (String filter : filters) {
      blackhole.consume(scimple.parseFilter(filter));
    }
  }
}

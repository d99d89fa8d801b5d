package io.scimitar.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.captaingoldfish.scim.sdk.common.resources.User;
import java.util.concurrent.TimeUnit;
import org.apache.directory.scim.spec.resources.ScimUser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Answering {@code attributes=}{@link Fixtures#PROJECTION_ATTRIBUTES} for the RFC 7643 enterprise
 * user: parsing the parameter and building the reduced resource. UnboundID is absent: its
 * projection is in {@code scim2-sdk-server}, which is not served for 6.0.0.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProjectionBenchmark {
  private ScimitarLibrary scimitar;
  private ObjectNode scimitarUser;
  private GoldfishLibrary goldfish;
  private User goldfishUser;
  private ScimpleLibrary scimple;
  private ScimUser scimpleUser;

  /** Reads the user once per trial. */
  @Setup
  public void setUp() throws Exception {
    QuietConsole.silenceStandardError();
    scimitar = new ScimitarLibrary();
    scimitarUser = scimitar.read(Fixtures.ENTERPRISE_USER);
    goldfish = new GoldfishLibrary();
    goldfishUser = goldfish.read(Fixtures.ENTERPRISE_USER);
    scimple = new ScimpleLibrary();
    scimpleUser = scimple.read(Fixtures.ENTERPRISE_USER);
  }

  /** Scimitar {@code Projection.of(...).apply}. */
  @Benchmark
  public ObjectNode scimitar() {
    return scimitar.project(scimitarUser, Fixtures.PROJECTION_ATTRIBUTES);
  }

  /** Goldfish {@code ResponseResourceValidator.validateDocument}. */
  @Benchmark
  public Object goldfish() {
    return goldfish.project(goldfishUser, Fixtures.PROJECTION_ATTRIBUTES);
  }

  /** SCIMple attribute selection as its REST layer applies it. */
  @Benchmark
  public ScimUser scimple() throws Exception {
    return scimple.project(scimpleUser, Fixtures.PROJECTION_ATTRIBUTES);
  }
}

package io.scimitar.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.GenericScimResource;
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
 * Reading the RFC 7643 enterprise user from JSON text into each library's model, and writing it
 * back. The models differ: Scimitar and UnboundID keep a Jackson tree, Goldfish a Jackson tree
 * subclass, SCIMple typed objects. {@code readForCreateScimitar} adds Scimitar's schema
 * validation and canonicalisation of a create body, for reference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {
  private ScimitarLibrary scimitar;
  private ObjectNode scimitarUser;
  private UnboundIdLibrary unboundId;
  private GenericScimResource unboundIdUser;
  private GoldfishLibrary goldfish;
  private User goldfishUser;
  private ScimpleLibrary scimple;
  private ScimUser scimpleUser;

  /** Builds the libraries and reads the user once per trial, for the write benchmarks. */
  @Setup
  public void setUp() throws Exception {
    QuietConsole.silenceStandardError();
    scimitar = new ScimitarLibrary();
    scimitarUser = scimitar.read(Fixtures.ENTERPRISE_USER);
    unboundId = new UnboundIdLibrary();
    unboundIdUser = unboundId.read(Fixtures.ENTERPRISE_USER);
    goldfish = new GoldfishLibrary();
    goldfishUser = goldfish.read(Fixtures.ENTERPRISE_USER);
    scimple = new ScimpleLibrary();
    scimpleUser = scimple.read(Fixtures.ENTERPRISE_USER);
  }

  /** Scimitar {@code ScimJson.readObject} (bounded Jackson parse). */
  @Benchmark
  public ObjectNode readScimitar() {
    return scimitar.read(Fixtures.ENTERPRISE_USER);
  }

  /** Scimitar read plus {@code ResourceValidator.forCreate}. */
  @Benchmark
  public ObjectNode readForCreateScimitar() {
    return scimitar.readForCreate(Fixtures.ENTERPRISE_USER);
  }

  /** UnboundID {@code GenericScimResource} through its object reader. */
  @Benchmark
  public GenericScimResource readUnboundId() {
    return unboundId.read(Fixtures.ENTERPRISE_USER);
  }

  /** Goldfish {@code JsonHelper.readJsonDocument(json, User.class)}. */
  @Benchmark
  public User readGoldfish() {
    return goldfish.read(Fixtures.ENTERPRISE_USER);
  }

  /** SCIMple {@code ScimUser} through its object mapper. */
  @Benchmark
  public ScimUser readScimple() throws Exception {
    return scimple.read(Fixtures.ENTERPRISE_USER);
  }

  /** Scimitar {@code ScimJson.writeString}. */
  @Benchmark
  public String writeScimitar() {
    return scimitar.write(scimitarUser);
  }

  /** UnboundID object writer. */
  @Benchmark
  public String writeUnboundId() {
    return unboundId.write(unboundIdUser);
  }

  /** Goldfish {@code toString} of its node. */
  @Benchmark
  public String writeGoldfish() {
    return goldfish.write(goldfishUser);
  }

  /** SCIMple object mapper. */
  @Benchmark
  public String writeScimple() throws Exception {
    return scimple.write(scimpleUser);
  }
}

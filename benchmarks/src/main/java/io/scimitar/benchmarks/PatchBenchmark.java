package io.scimitar.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.messages.PatchRequest;
import de.captaingoldfish.scim.sdk.common.request.PatchOpRequest;
import de.captaingoldfish.scim.sdk.common.resources.User;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.directory.scim.spec.patch.PatchOperation;
import org.apache.directory.scim.spec.resources.ScimUser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Applying the five-operation PATCH request ({@link Fixtures#PATCH_REQUEST}) to the RFC 7643
 * enterprise user. Every library leaves the stored user unchanged and returns a new patched one
 * (Scimitar and SCIMple copy internally; UnboundID and Goldfish are handed a copy, as a server
 * must), and all four produce the same changes (see {@link Crosscheck}).
 *
 * <p>{@code apply*} starts from the request already read into the library's model;
 * {@code readAndApply*} starts from the request body text, so it also counts reading the JSON and
 * parsing the paths, which some libraries do while reading and others while applying.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PatchBenchmark {
  private ScimitarLibrary scimitar;
  private ObjectNode scimitarUser;
  private io.scimitar.core.patch.PatchRequest scimitarPatch;
  private UnboundIdLibrary unboundId;
  private GenericScimResource unboundIdUser;
  private PatchRequest unboundIdPatch;
  private GoldfishLibrary goldfish;
  private User goldfishUser;
  private PatchOpRequest goldfishPatch;
  private ScimpleLibrary scimple;
  private ScimUser scimpleUser;
  private List<PatchOperation> scimplePatch;

  /** Reads the user and the request once per trial. */
  @Setup
  public void setUp() throws Exception {
    QuietConsole.silenceStandardError();
    scimitar = new ScimitarLibrary();
    scimitarUser = scimitar.read(Fixtures.ENTERPRISE_USER);
    scimitarPatch = scimitar.readPatch(Fixtures.PATCH_REQUEST);
    unboundId = new UnboundIdLibrary();
    unboundIdUser = unboundId.read(Fixtures.ENTERPRISE_USER);
    unboundIdPatch = unboundId.readPatch(Fixtures.PATCH_REQUEST);
    goldfish = new GoldfishLibrary();
    goldfishUser = goldfish.read(Fixtures.ENTERPRISE_USER);
    goldfishPatch = goldfish.readPatch(Fixtures.PATCH_REQUEST);
    scimple = new ScimpleLibrary();
    scimpleUser = scimple.read(Fixtures.ENTERPRISE_USER);
    scimplePatch = scimple.readPatch(Fixtures.PATCH_REQUEST);
  }

  /** Scimitar {@code PatchEngine.apply}. */
  @Benchmark
  public ObjectNode applyScimitar() throws Exception {
    return scimitar.applyPatch(scimitarUser, scimitarPatch);
  }

  /** UnboundID {@code PatchRequest.apply} on a copy. */
  @Benchmark
  public GenericScimResource applyUnboundId() throws Exception {
    return unboundId.applyPatch(unboundIdUser, unboundIdPatch);
  }

  /** Goldfish {@code PatchRequestHandler.handlePatchRequest}. */
  @Benchmark
  public User applyGoldfish() {
    return goldfish.applyPatch(goldfishUser, goldfishPatch);
  }

  /** SCIMple {@code DefaultPatchHandler.apply}. */
  @Benchmark
  public ScimUser applyScimple() {
    return scimple.applyPatch(scimpleUser, scimplePatch);
  }

  /** Scimitar, from the request body. */
  @Benchmark
  public ObjectNode readAndApplyScimitar() throws Exception {
    return scimitar.applyPatch(scimitarUser, scimitar.readPatch(Fixtures.PATCH_REQUEST));
  }

  /** UnboundID, from the request body. */
  @Benchmark
  public GenericScimResource readAndApplyUnboundId() throws Exception {
    return unboundId.applyPatch(unboundIdUser, unboundId.readPatch(Fixtures.PATCH_REQUEST));
  }

  /** Goldfish, from the request body. */
  @Benchmark
  public User readAndApplyGoldfish() {
    return goldfish.applyPatch(goldfishUser, goldfish.readPatch(Fixtures.PATCH_REQUEST));
  }

  /** SCIMple, from the request body. */
  @Benchmark
  public ScimUser readAndApplyScimple() throws Exception {
    return scimple.applyPatch(scimpleUser, scimple.readPatch(Fixtures.PATCH_REQUEST));
  }
}

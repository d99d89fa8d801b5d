package io.scimitar.jaxrs.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.auth.BearerTokenAuthenticator;
import io.scimitar.core.auth.InMemorySecretHashStore;
import io.scimitar.core.auth.IssuedSecret;
import io.scimitar.core.auth.MeTarget;
import io.scimitar.core.json.JsonLimits;
import io.scimitar.core.json.ScimJson;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.ResourceType;
import io.scimitar.core.schema.SchemaDocuments;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.core.spi.MembershipReader;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.ResourceUpdate;
import io.scimitar.core.spi.Storage;
import io.scimitar.core.spi.StoreCapabilities;
import io.scimitar.jaxrs.ScimFeature;
import io.scimitar.store.memory.MemoryStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A SCIM server for the HTTP tests: the built-in types, a host-defined {@code Device} type at
 * {@code /Devices}, a {@code Broken} type whose store fails unexpectedly, two tenants with keys,
 * and a {@code /Me} mapping tests can fill in. Small limits make 413 cheap to provoke.
 */
public final class TestServer implements AutoCloseable {
  public static final String TENANT_A = "acme";
  public static final String TENANT_B = "globex";
  public static final int MAX_PAYLOAD_BYTES = 64 * 1024;
  public static final int MAX_BULK_OPERATIONS = 20;
  public static final int MAX_PAGE_SIZE = 200;
  /** Text of the internal failure the Broken store throws; it must never reach a client. */
  public static final String INTERNAL_SECRET =
      "jdbc:postgresql://db.internal:5432 password=hunter2";

  private final InMemorySecretHashStore keys = new InMemorySecretHashStore();
  private final Map<String, MeTarget> me = new ConcurrentHashMap<>();
  private final IssuedSecret keyA;
  private final IssuedSecret secondKeyA;
  private final IssuedSecret keyB;
  private final ScimRuntime.Running running;

  private TestServer(ScimRuntime runtime, boolean meEnabled, String baseUrl) throws Exception {
    keyA = keys.issue(TENANT_A);
    secondKeyA = keys.issue(TENANT_A);
    keyB = keys.issue(TENANT_B);
    SchemaRegistry registry = registry();
    ScimService service = new ScimService(registry, new TestStorage(registry),
        ServiceConfig.builder()
            .pageSizes(100, MAX_PAGE_SIZE)
            .maxBulkOperations(MAX_BULK_OPERATIONS)
            .json(new JsonLimits(MAX_PAYLOAD_BYTES, 32, 100_000))
            .build());
    ScimFeature.Builder feature = ScimFeature.builder(service, new BearerTokenAuthenticator(keys));
    if (meEnabled) {
      feature.meResolver(principal -> Optional.ofNullable(me.get(principal.name())));
    }
    if (baseUrl != null) {
      feature.baseUrl(baseUrl);
    }
    running = runtime.start(feature.build());
  }

  /** Starts a server on {@code runtime}. */
  public static TestServer start(ScimRuntime runtime) throws Exception {
    return new TestServer(runtime, true, null);
  }

  /** Starts a server without a {@code /Me} resolver and with a fixed public base URL. */
  public static TestServer startWithoutMe(ScimRuntime runtime, String baseUrl) throws Exception {
    return new TestServer(runtime, false, baseUrl);
  }

  private static SchemaRegistry registry() {
    JsonNode document;
    try (InputStream in = TestServer.class.getResourceAsStream("/schemas/device.json")) {
      document = ScimJson.withDefaults().readObject(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return SchemaRegistry.builder()
        .withBuiltIns()
        .schema(SchemaDocuments.readSchema(document))
        .resourceType(new ResourceType("Device", "Device", "/Devices", "Devices",
            "urn:example:scim:schemas:Device", List.of()))
        .resourceType(new ResourceType("Broken", "Broken", "/Broken", "Always fails",
            "urn:example:scim:schemas:Device", List.of()))
        .build();
  }

  public URI baseUri() {
    return running.baseUri();
  }

  /** A client authenticated with tenant A's first key. */
  public ScimClient clientA() {
    return new ScimClient(baseUri(), "Bearer " + keyA.token());
  }

  /** A client authenticated with tenant A's second (rotated-in) key. */
  public ScimClient secondClientA() {
    return new ScimClient(baseUri(), "Bearer " + secondKeyA.token());
  }

  /** A client authenticated with tenant B's key. */
  public ScimClient clientB() {
    return new ScimClient(baseUri(), "Bearer " + keyB.token());
  }

  /** The Authorization header value of tenant B's key. */
  public String authorizationB() {
    return "Bearer " + keyB.token();
  }

  /** A client sending the given Authorization header, or none when null. */
  public ScimClient clientWithAuthorization(String authorization) {
    return new ScimClient(baseUri(), authorization);
  }

  public String tokenOfSecondKeyA() {
    return secondKeyA.token();
  }

  public String keyIdOfSecondKeyA() {
    return secondKeyA.stored().keyId();
  }

  public InMemorySecretHashStore keys() {
    return keys;
  }

  /** Makes {@code /Me} of tenant A's first key stand for a resource. */
  public void mapMeOfKeyA(String resourceType, String id) {
    me.put(keyA.stored().keyId(), new MeTarget(resourceType, id));
  }

  @Override
  public void close() {
    running.close();
  }

  /** The memory storage, except that the Broken type fails with an internal error. */
  private static final class TestStorage implements Storage {
    private final MemoryStorage memory;

    TestStorage(SchemaRegistry registry) {
      this.memory = new MemoryStorage(registry);
    }

    @Override
    public Optional<ResourceStore> store(String resourceType) {
      return resourceType.equalsIgnoreCase("Broken")
          ? Optional.of(new BrokenStore())
          : memory.store(resourceType);
    }

    @Override
    public MembershipReader memberships() {
      return memory.memberships();
    }
  }

  /** A store whose reads and writes of single resources fail as a broken database would. */
  private static final class BrokenStore implements ResourceStore {
    @Override
    public String resourceType() {
      return "Broken";
    }

    @Override
    public StoreCapabilities capabilities() {
      return StoreCapabilities.everything();
    }

    @Override
    public ScimResource create(RequestContext context, ScimResource resource) {
      throw new IllegalStateException(INTERNAL_SECRET);
    }

    @Override
    public Optional<ScimResource> get(RequestContext context, String id, boolean membersWanted) {
      throw new IllegalStateException(INTERNAL_SECRET);
    }

    @Override
    public ScimResource update(RequestContext context, ResourceUpdate update) {
      throw new IllegalStateException(INTERNAL_SECRET);
    }

    @Override
    public void delete(RequestContext context, String id, String expectedVersion) {
      throw new IllegalStateException(INTERNAL_SECRET);
    }

    /** Queries succeed with nothing, so root searches still cover the other types. */
    @Override
    public QueryResult query(RequestContext context, ResourceQuery query) {
      return QueryResult.of(List.of(), 0);
    }
  }
}

package io.scimitar.benchmarks.http;

import com.sun.net.httpserver.HttpServer;
import io.scimitar.core.auth.IssuedScimKey;
import io.scimitar.core.auth.ScimKeyManager;
import io.scimitar.core.auth.TenantSyncSwitch;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.jaxrs.ScimFeature;
import io.scimitar.store.memory.MemoryStorage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The server of the HTTP load runs ({@code benchmarks/http.sh}): in one JVM, on one JDK HTTP
 * server with one thread pool, Scimitar at {@code /scim/v2} wired as the example server wires it
 * (memory store, SCIM keys, sync switch, Jersey's JDK HTTP container, 16 threads, TCP_NODELAY)
 * and, at {@code /bare}, plain Jersey resources that answer the same bytes without doing the
 * work. It seeds the data, records the bare answers, checks them against the SCIM answers over
 * HTTP, writes the tokens and ids the {@code wrk} scripts read, and then serves until killed.
 *
 * <pre>java -cp benchmarks.jar io.scimitar.benchmarks.http.HttpLoadServer DIR [PORT [USERS]]</pre>
 */
public final class HttpLoadServer {
  /** The tenant the read scenarios use. */
  static final String READ_TENANT = "reads";
  /** The tenant the write scenarios use. */
  static final String WRITE_TENANT = "writes";

  /** The example server's pool size (its {@code THREADS}). */
  private static final int THREADS = 16;

  private HttpLoadServer() {}

  /** Starts the server; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: HttpLoadServer DIR [PORT [USERS]]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 8090;
    int users = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;

    // As in the example server: without it, small responses wait for delayed ACKs.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    SchemaRegistry registry = SchemaRegistry.builder().withBuiltIns().build();
    ScimService service =
        new ScimService(registry, new MemoryStorage(registry), ServiceConfig.defaults());
    ScimKeyManager keys = new ScimKeyManager();
    TenantSyncSwitch sync = new TenantSyncSwitch();
    IssuedScimKey readKey = keys.create(READ_TENANT);
    IssuedScimKey writeKey = keys.create(WRITE_TENANT);

    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    String origin = "http://127.0.0.1:" + server.getAddress().getPort();
    ScimCall reads = call(READ_TENANT, readKey, origin);
    ScimCall writes = call(WRITE_TENANT, writeKey, origin);
    long started = System.nanoTime();
    LoadData data = LoadData.seed(service, reads, writes, users);
    BareResponses bare = new Recorder(service).record(data, reads, writes);
    System.out.printf("seeded and recorded %d users per tenant in %d ms%n", users,
        (System.nanoTime() - started) / 1_000_000);

    server.createContext("/scim/v2",
        container(ScimFeature.builder(service, sync.guard(keys.authenticator())).build()));
    server.createContext("/bare", container(new BareUsers(bare), new BareGroups(bare)));
    ExecutorService executor = Executors.newFixedThreadPool(THREADS);
    server.setExecutor(executor);
    server.start();
    try {
      new SameBytesCheck(origin, readKey.token(), writeKey.token()).run(data);
    } catch (IOException | RuntimeException e) {
      server.stop(0);
      executor.shutdownNow();
      throw e;
    }

    Files.createDirectories(dir);
    write(dir, "read-token", List.of(readKey.token()));
    write(dir, "write-token", List.of(writeKey.token()));
    write(dir, "read-user-ids", data.readUserIds());
    write(dir, "read-user-names", data.readUserNames());
    write(dir, "read-small-user-ids", data.readSmallUserIds());
    write(dir, "write-user-ids", data.writeUserIds());
    write(dir, "write-group-ids", data.writeGroupIds());
    write(dir, "post-user.json", List.of(
        LoadData.provisionedUser(LoadData.USER_NAME_PLACEHOLDER).toString()));
    // Last, so that a script waiting for it finds everything else in place.
    write(dir, "ready", List.of(origin));
    System.out.println("serving " + origin + "/scim/v2 and " + origin + "/bare; files in " + dir);
  }

  private static ScimCall call(String tenant, IssuedScimKey key, String origin) {
    return new ScimCall(RequestContext.of(tenant, key.key().id()), origin + "/scim/v2");
  }

  private static JdkHttpHandlerContainer container(Object... components) {
    ResourceConfig application = new ResourceConfig()
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    for (Object component : components) {
      application.register(component);
    }
    return ContainerFactory.createContainer(JdkHttpHandlerContainer.class, application);
  }

  private static void write(Path dir, String name, List<String> lines) throws IOException {
    Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
  }
}

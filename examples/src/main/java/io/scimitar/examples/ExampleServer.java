package io.scimitar.examples;

import com.sun.net.httpserver.HttpServer;
import io.scimitar.core.auth.ScimKeyManager;
import io.scimitar.core.auth.TenantSyncSwitch;
import io.scimitar.core.compat.ClientTolerances;
import io.scimitar.core.event.EventDispatcher;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.examples.console.AdminDirectoryResource;
import io.scimitar.examples.console.AdminSessions;
import io.scimitar.examples.console.ConsoleAssets;
import io.scimitar.examples.console.SessionResource;
import io.scimitar.jaxrs.ScimFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * A standalone SCIM 2.0 server in one command: Jersey on the JDK's HTTP server, the JDBC store on
 * an H2 file by default (or PostgreSQL, MariaDB, or memory), SCIM keys for the tenant
 * {@value #TENANT} at {@code /scim/v2}, the host's admin API at {@code /admin} with its own
 * credential, the Identity Center console, a client of that API, at {@code /}, and
 * unauthenticated liveness and readiness checks at {@code /health/live} and
 * {@code /health/ready}. Users, groups, SCIM keys and the sync switch live in the same store, so a
 * restart keeps them all. Start it with {@link #main} or, in a test,
 * {@link #start(ExampleOptions, PrintStream)} and {@link #close()}.
 */
public final class ExampleServer implements AutoCloseable {
  /** The one tenant of the example. */
  public static final String TENANT = "default";
  /** Where SCIM is served. */
  public static final String SCIM_PATH = "/scim/v2";
  /** Where the admin API is served. */
  public static final String ADMIN_PATH = "/admin";

  private static final int THREADS = 16;
  /**
   * The most bytes of a refused body the server reads and discards so that its client sees the
   * 413: 64 MiB, four times the largest body a client is expected to send by mistake (16 MiB).
   */
  static final long MAX_DRAINED_BYTES = 64L * 1024 * 1024;

  private final HttpServer server;
  private final ExecutorService executor;
  private final Backend backend;
  private final ScimKeyManager keys;
  private final String scimBaseUrl;
  private final String adminBaseUrl;
  private final EventDispatcher events;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ExampleServer(HttpServer server, ExecutorService executor, Backend backend,
      ScimKeyManager keys, String origin, EventDispatcher events) {
    this.server = server;
    this.events = events;
    this.executor = executor;
    this.backend = backend;
    this.keys = keys;
    this.scimBaseUrl = origin + SCIM_PATH;
    this.adminBaseUrl = origin + ADMIN_PATH;
  }

  /**
   * Starts a server: opens the store (migrating a database's schema), settles the SCIM keys,
   * binds the port and announces itself on {@code console}. A {@link ExampleOptions#token()} is
   * registered as a key unless it is one already; without it, a key is generated, printed once
   * and written to a CSV file only when the tenant has no key yet. Without
   * {@link ExampleOptions#adminToken()} an admin token is generated and printed.
   *
   * @throws IOException when the port cannot be bound
   * @throws IllegalStateException when the database cannot be opened or migrated
   * @throws io.scimitar.core.auth.ScimKeyLimitException when the {@code --token} is new and the
   *     tenant already has the most active keys allowed
   */
  public static ExampleServer start(ExampleOptions options, PrintStream console)
      throws IOException {
    // Read once by the JDK server's configuration: without it, small responses wait for
    // delayed ACKs and the server is many times slower.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    // A body over the limit is answered 413 before it is read. The JDK server then reads at
    // most drainAmount bytes of what is left (64 KiB by default) and otherwise closes the
    // connection, so a client that writes its whole body before reading (most HTTP libraries)
    // saw a connection reset instead of the 413. Draining up to this much lets it read the 413.
    System.setProperty("sun.net.httpserver.drainAmount", Long.toString(MAX_DRAINED_BYTES));
    SchemaRegistry registry =
        IdentityCatalogue.registerTypes(IdentityCenterSchemas.builder()).build();
    Backend backend = Backend.open(options, registry);
    try {
      return start(options, console, registry, backend);
    } catch (IOException | RuntimeException e) {
      backend.close();
      throw e;
    }
  }

  private static ExampleServer start(ExampleOptions options, PrintStream console,
      SchemaRegistry registry, Backend backend) throws IOException {
    IdentityCatalogue catalogue = IdentityCatalogue.open(backend.pool(), TENANT);
    // Every client tolerance on: the example is what identity providers are pointed at.
    ScimService service = new ScimService(registry, catalogue.storage(backend.storage()),
        ServiceConfig.builder().tolerances(ClientTolerances.ALL)
            .repeatedCreates(options.repeatedCreates()).build());
    ScimKeyManager keys = new ScimKeyManager(backend.keys());
    TenantSyncSwitch sync = new TenantSyncSwitch(backend.sync());
    AdminCredentialAtStart admin =
        AdminCredentialAtStart.settle(options.adminFile(), options.adminToken());
    KeyAtStart key = KeyAtStart.settle(keys, TENANT, options.token());

    HttpServer server =
        HttpServer.create(new InetSocketAddress(options.host(), options.port()), 0);
    String origin = "http://" + displayHost(options.host()) + ":" + server.getAddress().getPort();
    ScimFeature scim = ScimFeature.builder(service, sync.guard(keys.authenticator())).build();
    server.createContext(SCIM_PATH, container(scim));
    AdminSessions sessions = new AdminSessions();
    server.createContext(ADMIN_PATH, container(new AdminFeature(
        new AdminAuthenticationFilter(admin.credential(), sessions),
        new AdminResource(keys, sync, origin + SCIM_PATH),
        new SessionResource(admin.credential(), sessions),
        new AdminDirectoryResource(TENANT, service, sync, origin + SCIM_PATH),
        new CatalogueAdminResource.PermissionSets(catalogue.rows(), service, origin + SCIM_PATH),
        new CatalogueAdminResource.Roles(catalogue.rows(), service, origin + SCIM_PATH),
        new ActivityResource(TENANT, service.eventLog()))));
    server.createContext("/", new ConsoleAssets());
    server.createContext(HealthEndpoints.PATH, new HealthEndpoints(backend::isReady));
    ExecutorService executor = Executors.newFixedThreadPool(THREADS);
    server.setExecutor(executor);

    ExampleServer example =
        new ExampleServer(server, executor, backend, keys, origin, events(options, service));
    try {
      new Announcement(options, example.scimBaseUrl, example.adminBaseUrl, console)
          .print(key, sync.isEnabled(TENANT), admin);
    } catch (RuntimeException e) {
      example.close();
      throw e;
    }
    example.events.start();
    server.start();
    return example;
  }

  /**
   * The dispatcher of the store's change events: it purges events past the retention period
   * and, with {@code --event-log}, appends the tenant's events to that file.
   */
  private static EventDispatcher events(ExampleOptions options, ScimService service) {
    EventDispatcher.Builder events = EventDispatcher.builder(service.eventLog());
    if (options.eventLog() != null) {
      events.consumer(EventLogFile.CONSUMER, new EventLogFile(TENANT, options.eventLog()));
    }
    return events.build();
  }

  /**
   * Runs the server until Ctrl-C, which closes it and its database cleanly. Prints the usage and
   * exits with 2 on a bad command line, and exits with 1 when the server cannot start.
   */
  public static void main(String[] args) {
    if (ExampleOptions.wantsHelp(args)) {
      System.out.println(ExampleOptions.USAGE);
      return;
    }
    ExampleOptions options;
    try {
      options = ExampleOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(ExampleOptions.USAGE);
      System.exit(2);
      return;
    }
    ExampleServer server;
    try {
      server = start(options, System.out);
    } catch (IOException | RuntimeException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      System.out.println("Scimitar example server stopped");
    }, "scimitar-example-shutdown"));
  }

  /** The port the server listens on (the chosen one when started with port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The SCIM base URL, e.g. {@code http://127.0.0.1:8080/scim/v2}. */
  public String scimBaseUrl() {
    return scimBaseUrl;
  }

  /** The admin API's base URL, e.g. {@code http://127.0.0.1:8080/admin}. */
  public String adminBaseUrl() {
    return adminBaseUrl;
  }

  /** The SCIM keys, for hosts embedding the example. */
  public ScimKeyManager keys() {
    return keys;
  }

  /**
   * Stops accepting requests, lets running ones finish for up to a second, stops, and closes the
   * store (the database pool). Closing again does nothing.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.stop(1);
      executor.shutdownNow();
      events.close();
      backend.close();
    }
  }

  private static JdkHttpHandlerContainer container(Object feature) {
    // WADL would need JAXB, which the example leaves out; disabling it avoids a start-up warning.
    ResourceConfig application = new ResourceConfig()
        .property(ServerProperties.WADL_FEATURE_DISABLE, true)
        .register(feature);
    return ContainerFactory.createContainer(JdkHttpHandlerContainer.class, application);
  }

  /** A wildcard bind address is reachable on the loopback address, which is what URLs need. */
  private static String displayHost(String host) {
    return host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
  }
}

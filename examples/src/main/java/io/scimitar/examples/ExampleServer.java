package io.scimitar.examples;

import com.sun.net.httpserver.HttpServer;
import io.scimitar.core.auth.IssuedScimKey;
import io.scimitar.core.auth.ScimKeyManager;
import io.scimitar.core.auth.TenantSyncSwitch;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.jaxrs.ScimFeature;
import io.scimitar.store.memory.MemoryStorage;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * A standalone SCIM 2.0 server in one command: Jersey on the JDK's HTTP server, the memory store,
 * SCIM keys for the tenant {@value #TENANT} at {@code /scim/v2} and the host's admin API at
 * {@code /admin} with its own credential. Start it with {@link #main} or, in a test,
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

  private final HttpServer server;
  private final ExecutorService executor;
  private final ScimKeyManager keys;
  private final String scimBaseUrl;
  private final String adminBaseUrl;

  private ExampleServer(HttpServer server, ExecutorService executor, ScimKeyManager keys,
      String origin) {
    this.server = server;
    this.executor = executor;
    this.keys = keys;
    this.scimBaseUrl = origin + SCIM_PATH;
    this.adminBaseUrl = origin + ADMIN_PATH;
  }

  /**
   * Starts a server. Without {@link ExampleOptions#token()} a SCIM key is generated, printed once
   * on {@code console} and written to a CSV file; without {@link ExampleOptions#adminToken()} an
   * admin token is generated and printed.
   *
   * @throws IOException when the port cannot be bound or the key file cannot be written
   */
  public static ExampleServer start(ExampleOptions options, PrintStream console)
      throws IOException {
    // Read once by the JDK server's configuration: without it, small responses wait for
    // delayed ACKs and the server is many times slower.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    SchemaRegistry registry = SchemaRegistry.builder().withBuiltIns().build();
    ScimService service =
        new ScimService(registry, new MemoryStorage(registry), ServiceConfig.defaults());
    ScimKeyManager keys = new ScimKeyManager();
    TenantSyncSwitch sync = new TenantSyncSwitch();
    String adminToken =
        options.adminToken() == null ? AdminCredential.generateToken() : options.adminToken();
    // Keys first: a bad --token fails before a port is bound.
    IssuedScimKey firstKey = options.token() == null
        ? keys.create(TENANT)
        : keys.register(TENANT, options.token());

    HttpServer server =
        HttpServer.create(new InetSocketAddress(options.host(), options.port()), 0);
    String origin = "http://" + displayHost(options.host()) + ":" + server.getAddress().getPort();
    ScimFeature scim = ScimFeature.builder(service, sync.guard(keys.authenticator())).build();
    server.createContext(SCIM_PATH, container(scim));
    server.createContext(ADMIN_PATH, container(new AdminFeature(
        new AdminAuthenticationFilter(AdminCredential.of(adminToken)),
        new AdminResource(keys, sync, service, origin + SCIM_PATH))));
    ExecutorService executor = Executors.newFixedThreadPool(THREADS);
    server.setExecutor(executor);

    ExampleServer example = new ExampleServer(server, executor, keys, origin);
    try {
      example.announce(options, firstKey, adminToken, console);
    } catch (IOException | RuntimeException e) {
      example.close();
      throw e;
    }
    server.start();
    return example;
  }

  /** Runs the server until Ctrl-C; prints the usage and exits with 2 on a bad command line. */
  public static void main(String[] args) throws IOException {
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
    ExampleServer server = start(options, System.out);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "scimitar-example-shutdown"));
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

  /** Stops accepting requests, lets running ones finish for up to a second, and stops. */
  @Override
  public void close() {
    server.stop(1);
    executor.shutdownNow();
  }

  private void announce(ExampleOptions options, IssuedScimKey key, String adminToken,
      PrintStream console) throws IOException {
    console.println("Scimitar example server (store: " + options.store()
        + ", data is lost on exit)");
    console.println("SCIM base URL: " + scimBaseUrl);
    if (options.token() == null) {
      Path file = KeyCsvFile.write(options.keyDirectory(), key, scimBaseUrl);
      console.println("SCIM key " + key.key().id() + " (shown once, also saved to " + file + "):");
      console.println("  " + key.token());
    } else {
      console.println("SCIM key " + key.key().id() + ": the token given with --token");
    }
    console.println("Admin API: " + adminBaseUrl);
    if (options.adminToken() == null) {
      console.println("Admin token (shown once): " + adminToken);
    } else {
      console.println("Admin token: the one given with --admin-token");
    }
    console.println("Try: curl -H 'Authorization: Bearer <SCIM key>' " + scimBaseUrl + "/Users");
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

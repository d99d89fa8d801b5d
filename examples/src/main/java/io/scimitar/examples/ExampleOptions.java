package io.scimitar.examples;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The command line of the example server.
 *
 * @param host the address to listen on
 * @param port the port to listen on; 0 picks a free one
 * @param store the storage kind; only {@code memory} exists so far
 * @param token a SCIM key token ({@code <keyId>.<secret>}) to register for the default tenant,
 *     or null to generate one on start
 * @param adminToken the admin API credential, or null to generate one on start
 * @param keyDirectory where a generated SCIM key's CSV file is written
 */
public record ExampleOptions(
    String host, int port, String store, String token, String adminToken, Path keyDirectory) {
  /** The only storage kind available until a JDBC store exists. */
  public static final String MEMORY_STORE = "memory";

  /** How to call the server, printed by {@code --help} and with every usage error. */
  public static final String USAGE = String.join(System.lineSeparator(),
      "Usage: java -jar scimitar-example.jar [options]",
      "  --host <address>       address to listen on (default 127.0.0.1)",
      "  --port <port>          port to listen on, 0 for any free port (default 8080)",
      "  --store memory         where resources live; only 'memory' exists for now (no JDBC"
          + " store yet), so data is lost on exit",
      "  --token <id>.<secret>  register this SCIM key for tenant 'default' (scripts, tests);"
          + " without it a key is generated, printed once and saved to ./scim-key-<id>.csv",
      "  --admin-token <secret> credential of the admin API under /admin; generated and printed"
          + " when absent",
      "  --key-dir <directory>  where the generated key's CSV file goes (default .)",
      "  --help                 print this help");

  public ExampleOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(keyDirectory, "keyDirectory");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
    }
    if (!MEMORY_STORE.equals(store)) {
      throw new IllegalArgumentException(
          "--store supports only 'memory' for now (there is no JDBC store yet), got '" + store
              + "'");
    }
    if (adminToken != null && adminToken.isBlank()) {
      throw new IllegalArgumentException("--admin-token must not be blank");
    }
  }

  /** The defaults: 127.0.0.1:8080, the memory store, generated credentials. */
  public static ExampleOptions defaults() {
    return new ExampleOptions("127.0.0.1", 8080, MEMORY_STORE, null, null, Path.of("."));
  }

  /**
   * Reads the command line.
   *
   * @throws IllegalArgumentException with a message for the user on an unknown flag, a missing
   *     value or a bad value
   */
  public static ExampleOptions parse(String... args) {
    String host = "127.0.0.1";
    int port = 8080;
    String store = MEMORY_STORE;
    String token = null;
    String adminToken = null;
    Path keyDirectory = Path.of(".");
    for (int i = 0; i < args.length; i += 2) {
      String flag = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(flag.startsWith("--")
            ? flag + " needs a value"
            : "unexpected argument '" + flag + "'");
      }
      String value = args[i + 1];
      switch (flag) {
        case "--host" -> host = value;
        case "--port" -> port = parsePort(value);
        case "--store" -> store = value;
        case "--token" -> token = value;
        case "--admin-token" -> adminToken = value;
        case "--key-dir" -> keyDirectory = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option '" + flag + "'");
      }
    }
    return new ExampleOptions(host, port, store, token, adminToken, keyDirectory);
  }

  /** Whether the command line only asks for help. */
  public static boolean wantsHelp(String... args) {
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  private static int parsePort(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port must be a number, got '" + value + "'", e);
    }
  }

  /** Names the options without the credentials, which must stay out of logs. */
  @Override
  public String toString() {
    return "ExampleOptions[host=" + host + ", port=" + port + ", store=" + store
        + ", token=" + (token == null ? "generated" : "given")
        + ", adminToken=" + (adminToken == null ? "generated" : "given")
        + ", keyDirectory=" + keyDirectory + "]";
  }
}

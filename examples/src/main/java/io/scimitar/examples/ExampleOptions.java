package io.scimitar.examples;

import io.scimitar.core.auth.SecretKeys;
import io.scimitar.core.service.ServiceConfig.RepeatedCreates;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The command line of the example server.
 *
 * @param host the address to listen on
 * @param port the port to listen on; 0 picks a free one
 * @param store where resources, SCIM keys and the sync switch live
 * @param token a SCIM key token to register for the default tenant (at least
 *     {@value SecretKeys#MIN_REGISTERED_LENGTH} printable characters), or null
 * @param adminToken the admin API credential, or null to generate one on start
 * @param keyDirectory where a generated SCIM key's CSV file is written
 * @param dbUser the database user for a JDBC store, or null
 * @param dbPassword the database password for a JDBC store, or null
 * @param adminFile where the admin credential's hash is kept across restarts, or null to keep
 *     it only in memory (the default for stores other than an H2 file, beside which it lives)
 * @param repeatedCreates what a create that repeats a committed one answers
 * @param eventLog a file to append every change event of the tenant to as JSON lines, or null
 */
public record ExampleOptions(
    String host, int port, StoreSpec store, String token, String adminToken, Path keyDirectory,
    String dbUser, String dbPassword, Path adminFile, RepeatedCreates repeatedCreates,
    Path eventLog) {

  /** How to call the server, printed by {@code --help} and with every usage error. */
  public static final String USAGE = String.join(System.lineSeparator(),
      "Usage: java -jar scimitar-example.jar [options]",
      "  --host <address>        address to listen on (default 127.0.0.1)",
      "  --port <port>           port to listen on, 0 for any free port (default 8080)",
      "  --store <store>         where users, groups, SCIM keys and the sync switch live:",
      "                            h2:<path>   an H2 database in files (default "
          + StoreSpec.DEFAULT + ")",
      "                            memory      in memory, lost on exit",
      "                            jdbc:postgresql://..., jdbc:mariadb://..., jdbc:h2:...",
      "  --db-user <user>        database user for a JDBC store",
      "  --db-password <secret>  database password for a JDBC store",
      "  --token <secret>        register this secret (at least "
          + SecretKeys.MIN_REGISTERED_LENGTH + " printable characters) as a SCIM key",
      "                          for tenant 'default' (scripts, tests); registering it again is",
      "                          a no-op. Without it, a first start generates a key, prints it",
      "                          once and saves it to <key-dir>/scim-key-<id>.csv",
      "  --admin-token <secret>  the admin credential (console sign-in, admin API under /admin);",
      "                          replaces a stored one. Without it the stored one is used, and a",
      "                          first start generates one and prints it once",
      "  --admin-file <file>     where the admin credential's hash is kept (default: beside an",
      "                          h2:<path> store as <path>.admin; other stores keep it in memory)",
      "  --key-dir <directory>   where the generated key's CSV file goes (default .)",
      "  --repeated-creates <answer>  what a create repeating a committed one gets (a client",
      "                          retrying a POST whose answer it lost): conflict (409, default)",
      "                          or answer-original (201 with the first resource)",
      "  --event-log <file>      append every change event of tenant 'default' to this file,",
      "                          one JSON object a line (delivered at least once, resumed after",
      "                          a restart)",
      "  --help                  print this help");

  public ExampleOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(keyDirectory, "keyDirectory");
    Objects.requireNonNull(repeatedCreates, "repeatedCreates");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
    }
    if (token != null) {
      try {
        SecretKeys.requireRegistrable(token);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--token: " + e.getMessage(), e);
      }
    }
    if (adminToken != null && adminToken.isBlank()) {
      throw new IllegalArgumentException("--admin-token must not be blank");
    }
    if (store instanceof StoreSpec.Memory && (dbUser != null || dbPassword != null)) {
      throw new IllegalArgumentException("--db-user and --db-password need a database store");
    }
  }

  /** The defaults: 127.0.0.1:8080, the H2 database under ./data, generated credentials. */
  public static ExampleOptions defaults() {
    return new ExampleOptions("127.0.0.1", 8080, StoreSpec.parse(StoreSpec.DEFAULT), null, null,
        Path.of("."), null, null, besideH2(StoreSpec.DEFAULT), RepeatedCreates.CONFLICT,
        null);
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
    String store = StoreSpec.DEFAULT;
    String token = null;
    String adminToken = null;
    Path keyDirectory = Path.of(".");
    String dbUser = null;
    String dbPassword = null;
    Path adminFile = null;
    RepeatedCreates repeatedCreates = RepeatedCreates.CONFLICT;
    Path eventLog = null;
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
        case "--db-user" -> dbUser = value;
        case "--db-password" -> dbPassword = value;
        case "--token" -> token = value;
        case "--admin-token" -> adminToken = value;
        case "--key-dir" -> keyDirectory = Path.of(value);
        case "--admin-file" -> adminFile = Path.of(value);
        case "--repeated-creates" -> repeatedCreates = parseRepeatedCreates(value);
        case "--event-log" -> eventLog = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option '" + flag + "'");
      }
    }
    return new ExampleOptions(host, port, StoreSpec.parse(store), token, adminToken,
        keyDirectory, dbUser, dbPassword, adminFile == null ? besideH2(store) : adminFile,
        repeatedCreates, eventLog);
  }

  /** {@code <path>.admin} for an {@code h2:<path>} store, else null. */
  private static Path besideH2(String store) {
    return store.regionMatches(true, 0, "h2:", 0, 3) && !store.contains(";")
        && store.length() > 3 ? Path.of(store.substring(3) + ".admin") : null;
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

  private static RepeatedCreates parseRepeatedCreates(String value) {
    return switch (value) {
      case "conflict" -> RepeatedCreates.CONFLICT;
      case "answer-original" -> RepeatedCreates.ANSWER_ORIGINAL;
      default -> throw new IllegalArgumentException(
          "--repeated-creates must be conflict or answer-original, got '" + value + "'");
    };
  }

  /** Names the options without the credentials, which must stay out of logs. */
  @Override
  public String toString() {
    return "ExampleOptions[host=" + host + ", port=" + port + ", store=" + store
        + ", token=" + (token == null ? "none" : "given")
        + ", adminToken=" + (adminToken == null ? "generated" : "given")
        + ", keyDirectory=" + keyDirectory
        + ", dbUser=" + (dbUser == null ? "none" : "given")
        + ", dbPassword=" + (dbPassword == null ? "none" : "given")
        + ", adminFile=" + adminFile + ", repeatedCreates=" + repeatedCreates
        + ", eventLog=" + eventLog + "]";
  }
}

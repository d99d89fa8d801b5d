package io.scimitar.examples;

import io.scimitar.store.jdbc.Dialect;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the example server keeps its data, as given with {@code --store}: in memory, or in a
 * database reached over JDBC (an H2 file by default).
 */
public sealed interface StoreSpec permits StoreSpec.Memory, StoreSpec.Jdbc {
  /** The default: an H2 database in files under {@code ./data}. */
  String DEFAULT = "h2:./data/scimitar";

  /** What {@code --store} accepts, for usage errors. */
  String FORMS = "h2:<path>, memory, or a JDBC URL starting with jdbc:postgresql:, "
      + "jdbc:mariadb: or jdbc:h2:";

  /** Whether data outlives the process. */
  boolean persistent();

  /** A description for the console, without credentials. */
  String describe();

  /**
   * Reads a {@code --store} value.
   *
   * @throws IllegalArgumentException with a message for the user when it is none of the forms
   */
  static StoreSpec parse(String value) {
    Objects.requireNonNull(value, "value");
    String lower = value.toLowerCase(Locale.ROOT);
    if (value.equals("memory")) {
      return new Memory();
    }
    if (lower.startsWith("h2:")) {
      return Jdbc.h2File(value.substring("h2:".length()));
    }
    for (Dialect dialect : Dialect.values()) {
      if (lower.startsWith("jdbc:" + dialect.folder() + ":")) {
        return new Jdbc(value, dialect);
      }
    }
    throw new IllegalArgumentException("--store must be " + FORMS + "; got '"
        + Jdbc.withoutCredentials(value) + "'");
  }

  /** Everything in memory, lost on exit. */
  record Memory() implements StoreSpec {
    @Override
    public boolean persistent() {
      return false;
    }

    @Override
    public String describe() {
      return "memory (everything is lost on exit)";
    }

    @Override
    public String toString() {
      return "memory";
    }
  }

  /**
   * A database: the JDBC store, SCIM keys and the sync switch in its tables.
   *
   * @param url the JDBC URL; may carry credentials, so it is never printed whole
   * @param dialect the database's dialect, from the URL
   */
  record Jdbc(String url, Dialect dialect) implements StoreSpec {
    public Jdbc {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(dialect, "dialect");
    }

    /**
     * An H2 database in files at {@code path} (H2 adds {@code .mv.db}); closed by the server on
     * exit rather than by H2's own shutdown hook, so requests still running can finish.
     */
    static Jdbc h2File(String path) {
      if (path.isBlank() || path.contains(";")) {
        throw new IllegalArgumentException(
            "--store h2:<path> needs a file path without ';', e.g. " + DEFAULT);
      }
      return new Jdbc("jdbc:h2:file:" + Path.of(path).toAbsolutePath().normalize()
          + ";DB_CLOSE_ON_EXIT=FALSE", Dialect.H2);
    }

    @Override
    public boolean persistent() {
      return !url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:");
    }

    @Override
    public String describe() {
      return dialect + " " + withoutCredentials(url)
          + (persistent() ? " (kept across restarts)" : " (in-memory H2: lost on exit)");
    }

    @Override
    public String toString() {
      return withoutCredentials(url);
    }

    /** A URL without its parameters and user info, which may hold a password. */
    static String withoutCredentials(String url) {
      String shown = url;
      int parameters = indexOfAny(shown, '?', ';');
      if (parameters >= 0) {
        shown = shown.substring(0, parameters);
      }
      int authority = shown.indexOf("//");
      int userInfo = shown.indexOf('@');
      if (authority >= 0 && userInfo > authority) {
        shown = shown.substring(0, authority + 2) + shown.substring(userInfo + 1);
      }
      return shown;
    }

    private static int indexOfAny(String text, char first, char second) {
      int a = text.indexOf(first);
      int b = text.indexOf(second);
      return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
  }
}

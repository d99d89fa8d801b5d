package io.scimitar.examples.replay;

import java.io.IOException;
import java.util.List;

/**
 * Where the standalone example server under test keeps its data, the parameter of its replay runs:
 * each {@link #open()} prepares an empty store and answers the server's storage options for it,
 * so repeated runs start from the same state. Public for the example's other process-level
 * tests, which start servers on the same stores.
 */
public interface ReplayStore extends AutoCloseable {
  /**
   * Prepares an empty store.
   *
   * @return the command-line options that point the example server at it
   * @throws org.opentest4j.TestAbortedException when a database server is unreachable and
   *     {@code SCIMITAR_REQUIRE_DATABASES} is not {@code true}
   */
  List<String> open() throws Exception;

  /** Removes what {@link #open()} created. */
  @Override
  void close() throws IOException;

  /** An H2 database in files of a new temporary directory. */
  static ReplayStore h2() {
    return new H2ReplayStore();
  }

  /** A new database in the local PostgreSQL; the suite is skipped when it is unreachable. */
  static ReplayStore postgres() {
    return new PostgresReplayStore();
  }

  /** A new database in the local MariaDB; the suite is skipped when it is unreachable. */
  static ReplayStore mariadb() {
    return new MariaDbReplayStore();
  }

  /** The memory store: nothing to prepare. */
  static ReplayStore memory() {
    return new ReplayStore() {
      @Override
      public List<String> open() {
        return List.of("--store", "memory");
      }

      @Override
      public void close() {}

      @Override
      public String toString() {
        return "memory";
      }
    };
  }
}

package io.scimitar.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * MariaDB's deadlock (1213, the code Galera also gives a transaction that failed certification)
 * and lock wait timeout (1205), provoked for real.
 */
class MariaDbConflictFailuresTest extends ConflictFailuresContract {
  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.mariadb();

  @Override
  TestDatabase database() {
    return DATABASE;
  }

  @Test
  void aLockWaitTimeoutIsRetryable() throws Exception {
    try (Connection a = DATABASE.dataSource().getConnection();
        Connection b = DATABASE.dataSource().getConnection();
        Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
      a.setAutoCommit(false);
      b.setAutoCommit(false);
      sb.execute("SET SESSION innodb_lock_wait_timeout = 1");
      sa.executeUpdate("UPDATE conflict_probe SET n = 5 WHERE id = 1");
      SQLException failure = null;
      try {
        sb.executeUpdate("UPDATE conflict_probe SET n = 6 WHERE id = 1");
      } catch (SQLException e) {
        failure = e;
      } finally {
        a.rollback();
        b.rollback();
        sb.execute("SET SESSION innodb_lock_wait_timeout = DEFAULT");
      }
      assertRetryableAndUnavailable(failure);
    }
  }
}

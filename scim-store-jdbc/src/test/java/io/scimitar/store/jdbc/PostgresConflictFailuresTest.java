package io.scimitar.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PostgreSQL's deadlock (40P01) and serialisation failure (40001), provoked for real. */
class PostgresConflictFailuresTest extends ConflictFailuresContract {
  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.postgresql();

  @Override
  TestDatabase database() {
    return DATABASE;
  }

  @Test
  void aSerializationFailureIsRetryable() throws Exception {
    try (Connection a = DATABASE.dataSource().getConnection();
        Connection b = DATABASE.dataSource().getConnection();
        Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
      a.setAutoCommit(false);
      b.setAutoCommit(false);
      a.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      b.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      sa.executeQuery("SELECT n FROM conflict_probe WHERE id = 1").close();
      sb.executeQuery("SELECT n FROM conflict_probe WHERE id = 1").close();
      sa.executeUpdate("UPDATE conflict_probe SET n = 5 WHERE id = 1");
      a.commit();
      SQLException failure = null;
      try {
        sb.executeUpdate("UPDATE conflict_probe SET n = 6 WHERE id = 1");
      } catch (SQLException e) {
        failure = e;
      }
      b.rollback();
      assertRetryableAndUnavailable(failure);
    }
  }
}

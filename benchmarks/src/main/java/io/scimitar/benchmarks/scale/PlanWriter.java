package io.scimitar.benchmarks.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import javax.sql.DataSource;

/**
 * Runs {@code EXPLAIN (ANALYZE, BUFFERS)} on recorded statements with their recorded values, in
 * a transaction that is rolled back, so explaining a write changes nothing. The plans
 * are the custom plans for those values (what PostgreSQL uses for the first executions of a
 * prepared statement, and afterwards as long as the generic plan is not cheaper).
 */
final class PlanWriter {
  private final DataSource dataSource;
  private final StringBuilder out = new StringBuilder();

  PlanWriter(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Explains the statements of one operation under a heading, in order and in one transaction
   * (each behind a savepoint, so one that fails leaves the others explained), so that each
   * meets the state the previous ones left, as when the store ran them; then rolls back.
   */
  void explain(String operation, List<RecordedStatement> statements) throws SQLException {
    out.append("\n## ").append(operation).append("\n");
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        int n = 1;
        for (RecordedStatement statement : statements) {
          out.append("\n### statement ").append(n++).append(" of ").append(statements.size())
              .append("\n").append(statement.sql()).append("\n-- values: ")
              .append(statement.parameters()).append("\n");
          Savepoint before = connection.setSavepoint();
          try {
            out.append(plan(connection, statement));
          } catch (SQLException e) {
            connection.rollback(before);
            out.append("(not explained: ").append(e.getMessage()).append(")\n");
          }
        }
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    }
  }

  /** Everything explained so far. */
  String text() {
    return out.toString();
  }

  private static String plan(Connection connection, RecordedStatement statement)
      throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (PreparedStatement explain =
        connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + statement.sql())) {
      int index = 1;
      for (Object value : statement.parameters()) {
        if (value instanceof RecordedStatement.Null sqlNull) {
          explain.setNull(index++, sqlNull.sqlType());
        } else {
          explain.setObject(index++, value);
        }
      }
      try (ResultSet rows = explain.executeQuery()) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
    }
    return plan.toString();
  }
}

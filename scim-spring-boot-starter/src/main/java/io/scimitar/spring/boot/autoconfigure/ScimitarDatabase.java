package io.scimitar.spring.boot.autoconfigure;

import io.scimitar.store.jdbc.Dialect;
import io.scimitar.store.jdbc.JdbcSchema;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's {@code DataSource} as Scimitar's JDBC stores use it: its dialect detected,
 * and its schema brought up to date first when {@code scimitar.migrate} is on.
 *
 * @param dataSource the application's data source
 * @param dialect its SQL dialect
 */
public record ScimitarDatabase(DataSource dataSource, Dialect dialect) {
  private static final Logger LOG = LoggerFactory.getLogger(ScimitarDatabase.class);

  /**
   * Detects the dialect of {@code dataSource} and, if {@code migrate}, installs or upgrades the
   * Scimitar tables in it.
   *
   * @throws IllegalStateException when the database cannot be reached or migrated
   */
  public static ScimitarDatabase open(DataSource dataSource, boolean migrate) {
    try {
      Dialect dialect = Dialect.detect(dataSource);
      if (migrate) {
        List<Integer> applied = JdbcSchema.migrate(dataSource, dialect);
        LOG.info("Scimitar JDBC schema on {}: {}", dialect,
            applied.isEmpty() ? "up to date" : "applied versions " + applied);
      }
      return new ScimitarDatabase(dataSource, dialect);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot prepare the Scimitar tables in the application's DataSource: " + e.getMessage(),
          e);
    }
  }
}

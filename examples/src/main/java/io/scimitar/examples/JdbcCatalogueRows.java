package io.scimitar.examples;

import io.scimitar.core.catalogue.CatalogueItem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The catalogue rows in the example's database: the tables {@value #ITEMS} and {@value #SEEDED},
 * created at start when missing, in SQL that PostgreSQL, MariaDB and H2 all accept. They belong
 * to the example (the host), not to the SCIM store's schema: a host keeps its catalogue where it
 * keeps the rest of its data.
 */
final class JdbcCatalogueRows implements CatalogueRows {
  static final String ITEMS = "example_catalogue_item";
  static final String SEEDED = "example_catalogue_seeded";
  /** SQLSTATE class of integrity constraint violations, such as a duplicate key. */
  private static final String INTEGRITY_VIOLATION = "23";

  private final DataSource database;

  private JdbcCatalogueRows(DataSource database) {
    this.database = database;
  }

  /** The rows of {@code database}, whose tables are created when missing. */
  static JdbcCatalogueRows install(DataSource database) {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS " + ITEMS + " ("
          + "tenant_id VARCHAR(64) NOT NULL, kind VARCHAR(32) NOT NULL, id VARCHAR(128) NOT NULL,"
          + " display_name VARCHAR(255) NOT NULL, item_type VARCHAR(64),"
          + " description VARCHAR(1000), created VARCHAR(40) NOT NULL,"
          + " PRIMARY KEY (tenant_id, kind, id))");
      statement.execute("CREATE TABLE IF NOT EXISTS " + SEEDED + " ("
          + "tenant_id VARCHAR(64) NOT NULL PRIMARY KEY, seeded VARCHAR(40) NOT NULL)");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the catalogue tables: " + e.getMessage(), e);
    }
    return new JdbcCatalogueRows(database);
  }

  @Override
  public List<CatalogueItem> list(String tenant, CatalogueKind kind) {
    return query("SELECT id, display_name, item_type, description, created FROM " + ITEMS
        + " WHERE tenant_id = ? AND kind = ?", tenant, kind.name());
  }

  @Override
  public Optional<CatalogueItem> find(String tenant, CatalogueKind kind, String id) {
    return query("SELECT id, display_name, item_type, description, created FROM " + ITEMS
        + " WHERE tenant_id = ? AND kind = ? AND id = ?", tenant, kind.name(), id)
        .stream().findFirst();
  }

  @Override
  public boolean insert(String tenant, CatalogueKind kind, CatalogueItem item) {
    try (Connection connection = database.getConnection()) {
      insert(connection, tenant, kind, item);
      return true;
    } catch (SQLException e) {
      if (isDuplicate(e)) {
        return false;
      }
      throw failure(e);
    }
  }

  @Override
  public boolean delete(String tenant, CatalogueKind kind, String id) {
    try (Connection connection = database.getConnection();
        PreparedStatement delete = connection.prepareStatement(
            "DELETE FROM " + ITEMS + " WHERE tenant_id = ? AND kind = ? AND id = ?")) {
      delete.setString(1, tenant);
      delete.setString(2, kind.name());
      delete.setString(3, id);
      return delete.executeUpdate() > 0;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public boolean seedOnce(String tenant, List<SampleCatalogue.Sample> samples) {
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement mark = connection.prepareStatement(
          "INSERT INTO " + SEEDED + " (tenant_id, seeded) VALUES (?, ?)")) {
        mark.setString(1, tenant);
        mark.setString(2, Instant.now().toString());
        mark.executeUpdate();
        for (SampleCatalogue.Sample sample : samples) {
          insert(connection, tenant, sample.kind(), sample.item());
        }
        connection.commit();
        return true;
      } catch (SQLException e) {
        connection.rollback();
        // Another start (here or in another instance) marked the tenant first.
        if (isDuplicate(e)) {
          return false;
        }
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static void insert(
      Connection connection, String tenant, CatalogueKind kind, CatalogueItem item)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + ITEMS
        + " (tenant_id, kind, id, display_name, item_type, description, created)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, tenant);
      insert.setString(2, kind.name());
      insert.setString(3, item.id());
      insert.setString(4, item.displayName());
      insert.setString(5, item.type());
      insert.setString(6, item.description());
      insert.setString(7, item.created().toString());
      insert.executeUpdate();
    }
  }

  private List<CatalogueItem> query(String sql, String... parameters) {
    try (Connection connection = database.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setString(i + 1, parameters[i]);
      }
      List<CatalogueItem> items = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          // Items are added and deleted, never changed, so they were last modified when created.
          Instant created = Instant.parse(rows.getString(5));
          items.add(new CatalogueItem(rows.getString(1), rows.getString(2), rows.getString(3),
              rows.getString(4), created, created));
        }
      }
      // The database's collation orders ids its own way; the admin API shows Java's order.
      items.sort(Comparator.comparing(CatalogueItem::id));
      return items;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static boolean isDuplicate(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith(INTEGRITY_VIOLATION);
  }

  private static IllegalStateException failure(SQLException e) {
    return new IllegalStateException("catalogue query failed: " + e.getMessage(), e);
  }
}

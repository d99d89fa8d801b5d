package io.scimitar.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.store.tck.TckResources;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Installing and upgrading the schema, and its scripts as a Flyway user would run them. */
class JdbcSchemaTest {

  private static JdbcDataSource freshH2() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return dataSource;
  }

  @Test
  void migrateInstallsOnceAndRecordsTheVersion() throws SQLException {
    JdbcDataSource dataSource = freshH2();
    assertThat(JdbcSchema.currentVersion(dataSource)).isZero();

    assertThat(JdbcSchema.migrate(dataSource, Dialect.H2)).containsExactly(1, 2, 3);
    assertThat(JdbcSchema.migrate(dataSource, Dialect.H2)).isEmpty();

    assertThat(JdbcSchema.currentVersion(dataSource)).isEqualTo(JdbcSchema.LATEST);
  }

  @Test
  void aNewerSchemaThanTheLibraryKnowsIsRefused() throws SQLException {
    JdbcDataSource dataSource = freshH2();
    JdbcSchema.migrate(dataSource, Dialect.H2);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO scim_schema_version VALUES (99, 'future', 'later')");
    }

    assertThatThrownBy(() -> JdbcSchema.migrate(dataSource, Dialect.H2))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("99");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void everyDialectShipsItsScriptsInTheFlywayLayout(Dialect dialect) throws Exception {
    List<String> scripts = JdbcSchema.scripts(dialect);

    assertThat(scripts).containsExactly(
        "io/scimitar/store/jdbc/migrations/" + dialect.folder() + "/V1__scim_base.sql",
        "io/scimitar/store/jdbc/migrations/" + dialect.folder() + "/V2__scim_keys.sql",
        "io/scimitar/store/jdbc/migrations/" + dialect.folder() + "/V3__scim_events.sql");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(scripts.get(0))) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(JdbcSchema.statements(text)).filteredOn(sql -> sql.startsWith("CREATE TABLE"))
          .hasSize(4);
      assertThat(text).contains("tenant").doesNotContain("scim_schema_version (");
    }
  }

  @Test
  void scriptsRunByAnotherToolGiveAWorkingStore() throws Exception {
    JdbcDataSource dataSource = freshH2();
    try (InputStream in = getClass().getClassLoader()
            .getResourceAsStream(JdbcSchema.scripts(Dialect.H2).get(0));
        Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : JdbcSchema.statements(new String(in.readAllBytes(),
          StandardCharsets.UTF_8))) {
        statement.execute(sql);
      }
    }
    ResourceStore users = new JdbcStorage(dataSource, Dialect.H2, SchemaRegistry.defaults())
        .store("User").orElseThrow();
    RequestContext tenant = RequestContext.of("t", "test");

    users.create(tenant, TckResources.user(TckResources.idOf("u"), "u"));

    assertThat(users.get(tenant, TckResources.idOf("u"), true)).isPresent();
  }

  @Test
  void dialectsAreDetectedFromTheDatabase() throws SQLException {
    assertThat(Dialect.detect(freshH2())).isEqualTo(Dialect.H2);
    assertThat(Dialect.fromProductName("PostgreSQL")).isEqualTo(Dialect.POSTGRESQL);
    assertThat(Dialect.fromProductName("MariaDB")).isEqualTo(Dialect.MARIADB);
    assertThat(Dialect.fromProductName("MySQL")).isEqualTo(Dialect.MARIADB);
    assertThatThrownBy(() -> Dialect.fromProductName("Oracle"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Oracle");
  }

  @Test
  void instancesStartingTogetherOnPostgresqlMigrateOnce() throws Exception {
    TestDatabase database = TestDatabase.postgresql();
    database.start();
    try {
      HikariDataSource pool = database.dataSource();
      // start() migrated already: a second and third instance find nothing to do.
      assertThat(JdbcSchema.migrate(pool, Dialect.POSTGRESQL)).isEmpty();
      assertThat(JdbcSchema.migrate(database.newPool(), Dialect.POSTGRESQL)).isEmpty();
      assertThat(JdbcSchema.currentVersion(pool)).isEqualTo(JdbcSchema.LATEST);
    } finally {
      database.stop();
    }
  }
}

package io.scimitar.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimitar.core.spi.Storage;
import io.scimitar.spring.boot.testapp.HostApplication;
import io.scimitar.store.jdbc.Dialect;
import io.scimitar.store.jdbc.JdbcSchema;
import io.scimitar.store.jdbc.JdbcStorage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The host application on a PostgreSQL DataSource, in a database made for this class and
 * dropped after it; skipped when PostgreSQL is unreachable unless
 * {@code SCIMITAR_REQUIRE_DATABASES=true}.
 */
@SpringBootTest(classes = HostApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class PostgresStorageTest extends HostApplicationContract {
  private static final PostgresDatabase DATABASE = new PostgresDatabase();

  @Autowired ScimitarDatabase database;

  @BeforeAll
  static void createDatabase() throws Exception {
    DATABASE.create();
  }

  @AfterAll
  static void dropDatabase() {
    DATABASE.drop();
  }

  @DynamicPropertySource
  static void dataSource(DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", DATABASE::url);
    properties.add("spring.datasource.username", () -> PostgresDatabase.USER);
  }

  @Override
  Class<? extends Storage> expectedStorage() {
    return JdbcStorage.class;
  }

  @Test
  void migratesTheApplicationsDatabase() throws Exception {
    assertThat(database.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(JdbcSchema.currentVersion(database.dataSource())).isEqualTo(JdbcSchema.LATEST);
  }
}

package io.scimitar.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimitar.core.auth.ScimKeyStore;
import io.scimitar.core.spi.Storage;
import io.scimitar.spring.boot.testapp.HostApplication;
import io.scimitar.store.jdbc.Dialect;
import io.scimitar.store.jdbc.JdbcSchema;
import io.scimitar.store.jdbc.JdbcStorage;
import io.scimitar.store.jdbc.auth.JdbcScimKeyStore;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The host application on an H2 DataSource: the JDBC store, its tables installed at start. */
@SpringBootTest(classes = HostApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:scimitar-starter-h2;DB_CLOSE_DELAY=-1")
class H2StorageTest extends HostApplicationContract {
  @Autowired ScimitarDatabase database;
  @Autowired ScimKeyStore keyStore;
  @Autowired DataSource dataSource;

  @Override
  Class<? extends Storage> expectedStorage() {
    return JdbcStorage.class;
  }

  @Test
  void migratesTheApplicationsDatabaseAndKeepsKeysInIt() throws Exception {
    assertThat(database.dialect()).isEqualTo(Dialect.H2);
    assertThat(database.dataSource()).isSameAs(dataSource);
    assertThat(JdbcSchema.currentVersion(dataSource)).isEqualTo(JdbcSchema.LATEST);
    assertThat(keyStore).isInstanceOf(JdbcScimKeyStore.class);
  }
}

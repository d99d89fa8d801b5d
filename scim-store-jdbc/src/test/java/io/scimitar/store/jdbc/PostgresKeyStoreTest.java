package io.scimitar.store.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** SCIM keys and the sync switch on PostgreSQL. */
class PostgresKeyStoreTest extends KeyStoreContract {
  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.postgresql();

  @Override
  TestDatabase database() {
    return DATABASE;
  }

  @Override
  TestDatabase freshDatabase() {
    return TestDatabase.postgresql();
  }
}

package io.scimitar.store.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** SCIM keys and the sync switch on MariaDB. */
class MariaDbKeyStoreTest extends KeyStoreContract {
  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.mariadb();

  @Override
  TestDatabase database() {
    return DATABASE;
  }

  @Override
  TestDatabase freshDatabase() {
    return TestDatabase.mariadb();
  }
}

package io.scimitar.store.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** SCIM keys and the sync switch on H2. */
class H2KeyStoreTest extends KeyStoreContract {
  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.h2();

  @Override
  TestDatabase database() {
    return DATABASE;
  }

  @Override
  TestDatabase freshDatabase() {
    return TestDatabase.h2();
  }
}

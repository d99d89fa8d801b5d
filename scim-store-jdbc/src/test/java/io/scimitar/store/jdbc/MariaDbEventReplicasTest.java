package io.scimitar.store.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link EventReplicasContract} on MariaDB, in a database of its own. */
class MariaDbEventReplicasTest extends EventReplicasContract {
  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.mariadb();

  @Override
  TestDatabase database() {
    return DATABASE;
  }
}

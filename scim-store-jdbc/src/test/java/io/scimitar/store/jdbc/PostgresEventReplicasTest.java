package io.scimitar.store.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link EventReplicasContract} on PostgreSQL, in a schema of its own. */
class PostgresEventReplicasTest extends EventReplicasContract {
  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.postgresql();

  @Override
  TestDatabase database() {
    return DATABASE;
  }
}

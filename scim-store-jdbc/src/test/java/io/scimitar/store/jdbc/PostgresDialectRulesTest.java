package io.scimitar.store.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The dialect rules on Postgres. */
class PostgresDialectRulesTest extends DialectRulesContract {
  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.postgresql();

  @Override
  TestDatabase database() {
    return DATABASE;
  }
}

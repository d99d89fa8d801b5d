package io.scimitar.store.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The dialect rules on MariaDb. */
class MariaDbDialectRulesTest extends DialectRulesContract {
  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.mariadb();

  @Override
  TestDatabase database() {
    return DATABASE;
  }
}

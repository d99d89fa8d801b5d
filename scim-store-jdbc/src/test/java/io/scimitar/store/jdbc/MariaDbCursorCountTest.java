package io.scimitar.store.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Cursor walks count once on MariaDB. */
class MariaDbCursorCountTest extends CursorCountContract {
  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.mariadb();

  @Override
  TestDatabase database() {
    return DATABASE;
  }
}

package io.scimitar.store.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Cursor walks count once on PostgreSQL. */
class PostgresCursorCountTest extends CursorCountContract {
  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.postgresql();

  @Override
  TestDatabase database() {
    return DATABASE;
  }
}

package io.scimitar.store.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Cursor walks count once on H2. */
class H2CursorCountTest extends CursorCountContract {
  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.h2();

  @Override
  TestDatabase database() {
    return DATABASE;
  }
}

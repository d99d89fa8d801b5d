package io.scimitar.store.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The dialect rules on H2. */
class H2DialectRulesTest extends DialectRulesContract {
  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.h2();

  @Override
  TestDatabase database() {
    return DATABASE;
  }
}

package io.scimitar.store.jdbc;

import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.Storage;
import io.scimitar.store.tck.PortableValuesTck;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The TCK suites of interoperability (one answer on every store) on MariaDb, in one schema made
 * for this class and dropped after it.
 */
class MariaDbInteropTckTest {
  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.mariadb();

  @Nested
  class PortableValues extends PortableValuesTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return DATABASE.storage(registry);
    }
  }
}

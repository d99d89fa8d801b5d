package io.scimitar.store.memory;

import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.Storage;
import io.scimitar.store.tck.PortableValuesTck;
import org.junit.jupiter.api.Nested;

/** The TCK suites of interoperability (one answer on every store) on the memory store. */
class MemoryInteropTckTest {
  @Nested
  class PortableValues extends PortableValuesTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return new MemoryStorage(registry);
    }
  }
}

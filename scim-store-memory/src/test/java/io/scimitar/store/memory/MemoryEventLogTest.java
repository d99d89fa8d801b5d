package io.scimitar.store.memory;

import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.Storage;
import io.scimitar.store.tck.EventLogTck;

class MemoryEventLogTest extends EventLogTck {
  @Override
  protected Storage createStorage(SchemaRegistry registry) {
    return new MemoryStorage(registry);
  }
}

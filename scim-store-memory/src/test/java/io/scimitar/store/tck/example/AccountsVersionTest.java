package io.scimitar.store.tck.example;

import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.Storage;
import io.scimitar.store.tck.VersionTck;

class AccountsVersionTest extends VersionTck {
  @Override
  protected Storage createStorage(SchemaRegistry registry) {
    return AccountsStorage.create(registry);
  }
}

package io.scimitar.store.tck.example;

import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.Storage;
import io.scimitar.store.tck.PagingTck;

class AccountsPagingTest extends PagingTck {
  @Override
  protected Storage createStorage(SchemaRegistry registry) {
    return AccountsStorage.create(registry);
  }
}

package io.scimitar.store.tck.example;

import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.Storage;
import io.scimitar.core.spi.typed.TypedStorage;
import io.scimitar.store.memory.MemoryStorage;

/**
 * The storage the example's TCK runs use: users in the {@code accounts} table, groups (and any
 * host-defined type) in the memory store.
 */
final class AccountsStorage {
  private AccountsStorage() {}

  static Storage create(SchemaRegistry registry) {
    return TypedStorage.of(
        new AccountsUserStore(AccountsDatabase.shared()), new MemoryStorage(registry));
  }
}

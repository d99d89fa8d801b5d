package io.scimitar.core.auth;

import java.util.Optional;

/**
 * Where the hashes of SCIM keys live (a database table, a secrets manager, memory). Looked up by
 * key id, never by secret, so the secret comparison can be made in constant time. Implementations
 * must be thread-safe.
 */
@FunctionalInterface
public interface SecretHashStore {

  /** The stored secret with this key id, enabled or not, if there is one. */
  Optional<StoredSecret> find(String keyId);
}

package io.scimitar.core.auth;

import java.util.Optional;

/**
 * Where the hashes of SCIM keys live (a database table, a secrets manager, memory). Looked up by
 * the SHA-256 hash of the presented token, never by the token itself; the caller then compares
 * the stored hash with the presented one in constant time, so a store that matched loosely could
 * still not let a wrong token in. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface SecretHashStore {

  /**
   * The stored secret whose hash is {@code sha256}, enabled or not, if there is one.
   *
   * @param sha256 the SHA-256 hash of a presented token's UTF-8 bytes (32 bytes)
   */
  Optional<StoredSecret> findByHash(byte[] sha256);
}

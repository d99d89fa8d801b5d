package io.scimitar.spring.boot.autoconfigure;

import io.scimitar.core.auth.IssuedScimKey;
import io.scimitar.core.auth.ScimKey;
import io.scimitar.core.auth.ScimKeyManager;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Settles the SCIM keys of {@code scimitar.tenant} once every bean exists, before the web server
 * accepts requests: registers {@code scimitar.token} when given (idempotent, so a restart with
 * the same token adds nothing), or, with {@code scimitar.initial-key=true}, generates a key when
 * the tenant has none and logs its token once, as Spring Security logs a generated password.
 * Existing keys are left alone, so a restart never adds or shows a key.
 */
public final class ScimKeyBootstrap implements SmartInitializingSingleton {
  private static final Logger LOG = LoggerFactory.getLogger(ScimKeyBootstrap.class);

  private final ScimitarProperties properties;
  private final ScimKeyManager keys;
  private IssuedScimKey generated;

  /** Settles the keys of {@code properties.tenant()} in {@code keys}. */
  public ScimKeyBootstrap(ScimitarProperties properties, ScimKeyManager keys) {
    this.properties = properties;
    this.keys = keys;
  }

  @Override
  public void afterSingletonsInstantiated() {
    String tenant = properties.tenant();
    if (properties.token() != null && !properties.token().isEmpty()) {
      ScimKey key;
      try {
        key = keys.register(tenant, properties.token());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("scimitar.token: " + e.getMessage(), e);
      }
      LOG.info("SCIM key {} of tenant '{}': the token given with scimitar.token ({})",
          key.id(), tenant, key.status());
      return;
    }
    if (!properties.initialKey()) {
      return;
    }
    List<ScimKey> existing = keys.list(tenant);
    if (existing.isEmpty()) {
      generated = keys.create(tenant);
      LOG.warn("Generated SCIM key {} of tenant '{}' (shown once; paste it into the identity"
          + " provider as the bearer token): {}", generated.key().id(), tenant, generated.token());
    } else {
      LOG.info("SCIM keys of tenant '{}': {} stored; a token is shown only when its key is"
          + " created", tenant, existing.size());
    }
  }

  /** The key generated on this start (its token included), if one was. */
  public Optional<IssuedScimKey> generated() {
    return Optional.ofNullable(generated);
  }
}

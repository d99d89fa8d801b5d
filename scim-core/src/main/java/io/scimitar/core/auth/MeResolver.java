package io.scimitar.core.auth;

import java.util.Optional;

/**
 * The optional hook behind the {@code /Me} endpoint (RFC 7644 §3.11): maps an authenticated caller
 * to the resource that represents it. Without a resolver, {@code /Me} answers 501.
 */
@FunctionalInterface
public interface MeResolver {

  /** The resource that represents {@code principal}, or empty when none does. */
  Optional<MeTarget> resolve(ScimPrincipal principal);
}

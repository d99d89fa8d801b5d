package io.scimitar.core.auth;

import java.util.Optional;

/**
 * What an {@link Authenticator} may look at, as the binding exposes it: request headers, and
 * transport attributes such as a client certificate chain for mTLS.
 */
public interface AuthenticationRequest {

  /** The first value of a header (case-insensitive name), if present. */
  Optional<String> header(String name);

  /**
   * A transport attribute by name, if the runtime offers it (for example
   * {@code jakarta.servlet.request.X509Certificate} in a Servlet container).
   */
  Optional<Object> attribute(String name);
}

package io.scimitar.examples.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.jaxrs.support.ScimClient;
import java.io.IOException;
import java.net.URI;

/**
 * A running server the replay suites provision into, as an identity provider meets it: a SCIM
 * base URL and one SCIM key, plus the host's own list of the users that arrived. The standalone
 * example ({@link ReplayServer}) is one; the Spring Boot example's tests supply another.
 */
public interface ReplayTarget extends AutoCloseable {
  /** The SCIM base URL, e.g. {@code http://127.0.0.1:8080/scim/v2}. */
  String scimBaseUrl();

  /** The valid Authorization header value, as an administrator pastes it into the IdP. */
  String authorization();

  /** The id of the one SCIM key, as provenance records it. */
  String keyId();

  /**
   * The host's own view of its users, each with {@code id}, {@code origin} and
   * {@code createdBy} (its SCIM key id), as the host's API lists them.
   */
  JsonNode hostUsers();

  /** Stops the server and removes what it kept. */
  @Override
  void close() throws IOException;

  /** A client sending the SCIM key as Okta and Entra ID do ({@code Authorization: Bearer}). */
  default ScimClient client() {
    return clientWithAuthorization(authorization());
  }

  /** A client sending this Authorization value, e.g. a wrong one. */
  default ScimClient clientWithAuthorization(String authorization) {
    return new ScimClient(URI.create(scimBaseUrl() + "/"), authorization);
  }
}

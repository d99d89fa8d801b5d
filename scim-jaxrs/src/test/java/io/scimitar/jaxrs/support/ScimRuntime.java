package io.scimitar.jaxrs.support;

import io.scimitar.jaxrs.ScimFeature;
import java.net.URI;

/** A JAX-RS runtime that can serve a {@link ScimFeature} on a real socket, for HTTP tests. */
public interface ScimRuntime {

  /** The context path the SCIM application is deployed at. */
  String CONTEXT_PATH = "/scim/v2";

  /**
   * Starts a server on 127.0.0.1 and an ephemeral port serving {@code feature} under
   * {@link #CONTEXT_PATH}.
   */
  Running start(ScimFeature feature) throws Exception;

  /** A started server. */
  interface Running extends AutoCloseable {

    /** The SCIM base URL, ending with a slash, e.g. {@code http://127.0.0.1:4711/scim/v2/}. */
    URI baseUri();

    @Override
    void close();
  }
}

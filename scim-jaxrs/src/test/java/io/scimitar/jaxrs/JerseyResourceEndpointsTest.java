package io.scimitar.jaxrs;

import io.scimitar.jaxrs.support.JerseyRuntime;
import io.scimitar.jaxrs.support.ScimRuntime;

class JerseyResourceEndpointsTest extends AbstractResourceEndpointsTest {
  @Override
  ScimRuntime runtime() {
    return new JerseyRuntime();
  }
}

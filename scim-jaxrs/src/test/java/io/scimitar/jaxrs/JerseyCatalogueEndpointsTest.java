package io.scimitar.jaxrs;

import io.scimitar.jaxrs.support.JerseyRuntime;
import io.scimitar.jaxrs.support.ScimRuntime;

class JerseyCatalogueEndpointsTest extends AbstractCatalogueEndpointsTest {
  @Override
  ScimRuntime runtime() {
    return new JerseyRuntime();
  }
}

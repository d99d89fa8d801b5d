package io.scimitar.jaxrs;

import io.scimitar.jaxrs.support.ResteasyRuntime;
import io.scimitar.jaxrs.support.ScimRuntime;

class ResteasyCatalogueEndpointsTest extends AbstractCatalogueEndpointsTest {
  @Override
  ScimRuntime runtime() {
    return new ResteasyRuntime();
  }
}

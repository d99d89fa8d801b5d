package io.scimitar.jaxrs;

import io.scimitar.jaxrs.support.ResteasyRuntime;
import io.scimitar.jaxrs.support.ScimRuntime;

class ResteasyResourceEndpointsTest extends AbstractResourceEndpointsTest {
  @Override
  ScimRuntime runtime() {
    return new ResteasyRuntime();
  }
}

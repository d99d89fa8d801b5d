package io.scimitar.jaxrs;

import io.scimitar.jaxrs.support.JerseyRuntime;
import io.scimitar.jaxrs.support.ScimRuntime;

class JerseyBulkTest extends AbstractBulkTest {
  @Override
  ScimRuntime runtime() {
    return new JerseyRuntime();
  }
}

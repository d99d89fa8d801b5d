package io.scimitar.jaxrs;

import io.scimitar.jaxrs.support.ResteasyRuntime;
import io.scimitar.jaxrs.support.ScimRuntime;

class ResteasyBulkTest extends AbstractBulkTest {
  @Override
  ScimRuntime runtime() {
    return new ResteasyRuntime();
  }
}

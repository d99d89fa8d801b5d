package io.scimitar.jaxrs;

import io.scimitar.jaxrs.support.JerseyRuntime;
import io.scimitar.jaxrs.support.ScimRuntime;

class JerseyErrorHandlingTest extends AbstractErrorHandlingTest {
  @Override
  ScimRuntime runtime() {
    return new JerseyRuntime();
  }
}

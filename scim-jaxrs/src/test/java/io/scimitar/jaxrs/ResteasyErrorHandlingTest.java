package io.scimitar.jaxrs;

import io.scimitar.jaxrs.support.ResteasyRuntime;
import io.scimitar.jaxrs.support.ScimRuntime;

class ResteasyErrorHandlingTest extends AbstractErrorHandlingTest {
  @Override
  ScimRuntime runtime() {
    return new ResteasyRuntime();
  }
}

package io.scimitar.jaxrs;

import io.scimitar.jaxrs.support.ResteasyRuntime;
import io.scimitar.jaxrs.support.ScimRuntime;

class ResteasyAuthenticationTest extends AbstractAuthenticationTest {
  @Override
  ScimRuntime runtime() {
    return new ResteasyRuntime();
  }
}

package io.scimitar.jaxrs;

import io.scimitar.jaxrs.support.JerseyRuntime;
import io.scimitar.jaxrs.support.ScimRuntime;

class JerseyAuthenticationTest extends AbstractAuthenticationTest {
  @Override
  ScimRuntime runtime() {
    return new JerseyRuntime();
  }
}

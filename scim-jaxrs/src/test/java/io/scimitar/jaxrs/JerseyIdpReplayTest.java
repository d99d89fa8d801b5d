package io.scimitar.jaxrs;

import io.scimitar.jaxrs.support.JerseyRuntime;
import io.scimitar.jaxrs.support.ScimRuntime;

class JerseyIdpReplayTest extends AbstractIdpReplayTest {
  @Override
  ScimRuntime runtime() {
    return new JerseyRuntime();
  }
}

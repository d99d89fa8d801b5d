package io.scimitar.jaxrs;

import io.scimitar.jaxrs.support.ResteasyRuntime;
import io.scimitar.jaxrs.support.ScimRuntime;

class ResteasyIdpReplayTest extends AbstractIdpReplayTest {
  @Override
  ScimRuntime runtime() {
    return new ResteasyRuntime();
  }
}

package io.scimitar.examples.replay;

import org.junit.jupiter.api.Nested;

/**
 * The replay suites against the example server on H2 in files, its default kind of store, in a
 * temporary directory per suite.
 */
class H2ReplayTest {
  @Nested
  class Okta extends OktaReplay {
    @Override
    protected ReplayTarget start() throws Exception {
      return ReplayServer.start(ReplayStore.h2());
    }
  }

  @Nested
  class Entra extends EntraReplay {
    @Override
    protected ReplayTarget start() throws Exception {
      return ReplayServer.start(ReplayStore.h2());
    }
  }

  @Nested
  class ReferenceServer extends ReferenceServerTolerance {
    @Override
    protected ReplayTarget start() throws Exception {
      return ReplayServer.start(ReplayStore.h2());
    }
  }

  @Nested
  class Checklist extends ChecklistReplay {
    @Override
    protected ReplayTarget start() throws Exception {
      return ReplayServer.start(ReplayStore.h2());
    }
  }

  @Nested
  class LargeGroup extends LargeGroupReplay {
    @Override
    protected ReplayTarget start() throws Exception {
      return ReplayServer.start(ReplayStore.h2());
    }
  }

  @Nested
  class Interop extends InteropReplay {
    @Override
    protected ReplayTarget start() throws Exception {
      return ReplayServer.start(ReplayStore.h2());
    }
  }
}

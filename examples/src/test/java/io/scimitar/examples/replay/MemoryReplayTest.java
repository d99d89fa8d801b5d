package io.scimitar.examples.replay;

import org.junit.jupiter.api.Nested;

/** The replay suites against the example server on its memory store. */
class MemoryReplayTest {
  @Nested
  class Okta extends OktaReplay {
    @Override
    protected ReplayTarget start() throws Exception {
      return ReplayServer.start(ReplayStore.memory());
    }
  }

  @Nested
  class Entra extends EntraReplay {
    @Override
    protected ReplayTarget start() throws Exception {
      return ReplayServer.start(ReplayStore.memory());
    }
  }

  @Nested
  class ReferenceServer extends ReferenceServerTolerance {
    @Override
    protected ReplayTarget start() throws Exception {
      return ReplayServer.start(ReplayStore.memory());
    }
  }

  @Nested
  class Checklist extends ChecklistReplay {
    @Override
    protected ReplayTarget start() throws Exception {
      return ReplayServer.start(ReplayStore.memory());
    }
  }

  @Nested
  class LargeGroup extends LargeGroupReplay {
    @Override
    protected ReplayTarget start() throws Exception {
      return ReplayServer.start(ReplayStore.memory());
    }
  }

  @Nested
  class OktaEntitlements extends OktaEntitlementsReplay {
    @Override
    protected ReplayTarget start() throws Exception {
      return ReplayServer.start(ReplayStore.memory());
    }
  }

  @Nested
  class Interop extends InteropReplay {
    @Override
    protected ReplayTarget start() throws Exception {
      return ReplayServer.start(ReplayStore.memory());
    }
  }
}

package io.scimitar.examples.replay;

import org.junit.jupiter.api.Nested;

/** The replay suites against the example server on its memory store. */
class MemoryReplayTest {
  @Nested
  class Okta extends OktaReplay {
    @Override
    ReplayStore store() {
      return ReplayStore.memory();
    }
  }

  @Nested
  class Entra extends EntraReplay {
    @Override
    ReplayStore store() {
      return ReplayStore.memory();
    }
  }

  @Nested
  class ReferenceServer extends ReferenceServerTolerance {
    @Override
    ReplayStore store() {
      return ReplayStore.memory();
    }
  }

  @Nested
  class Checklist extends ChecklistReplay {
    @Override
    ReplayStore store() {
      return ReplayStore.memory();
    }
  }

  @Nested
  class LargeGroup extends LargeGroupReplay {
    @Override
    ReplayStore store() {
      return ReplayStore.memory();
    }
  }

  @Nested
  class OktaEntitlements extends OktaEntitlementsReplay {
    @Override
    ReplayStore store() {
      return ReplayStore.memory();
    }
  }
}

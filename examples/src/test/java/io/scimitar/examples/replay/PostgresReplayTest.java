package io.scimitar.examples.replay;

import org.junit.jupiter.api.Nested;

/**
 * The replay suites against the example server on PostgreSQL: a new database in the local
 * server for each suite, dropped after it. Skipped when PostgreSQL is unreachable, unless
 * {@code SCIMITAR_REQUIRE_DATABASES=true} (as in CI).
 */
class PostgresReplayTest {
  @Nested
  class Okta extends OktaReplay {
    @Override
    protected ReplayTarget start() throws Exception {
      return ReplayServer.start(ReplayStore.postgres());
    }
  }

  @Nested
  class Entra extends EntraReplay {
    @Override
    protected ReplayTarget start() throws Exception {
      return ReplayServer.start(ReplayStore.postgres());
    }
  }

  @Nested
  class ReferenceServer extends ReferenceServerTolerance {
    @Override
    protected ReplayTarget start() throws Exception {
      return ReplayServer.start(ReplayStore.postgres());
    }
  }

  @Nested
  class Checklist extends ChecklistReplay {
    @Override
    protected ReplayTarget start() throws Exception {
      return ReplayServer.start(ReplayStore.postgres());
    }
  }

  @Nested
  class LargeGroup extends LargeGroupReplay {
    @Override
    protected ReplayTarget start() throws Exception {
      return ReplayServer.start(ReplayStore.postgres());
    }
  }

  @Nested
  class OktaEntitlements extends OktaEntitlementsReplay {
    @Override
    protected ReplayTarget start() throws Exception {
      return ReplayServer.start(ReplayStore.postgres());
    }
  }

  @Nested
  class Interop extends InteropReplay {
    @Override
    protected ReplayTarget start() throws Exception {
      return ReplayServer.start(ReplayStore.postgres());
    }
  }
}

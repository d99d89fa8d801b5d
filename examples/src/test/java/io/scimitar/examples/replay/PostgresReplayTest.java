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
    ReplayStore store() {
      return ReplayStore.postgres();
    }
  }

  @Nested
  class Entra extends EntraReplay {
    @Override
    ReplayStore store() {
      return ReplayStore.postgres();
    }
  }

  @Nested
  class ReferenceServer extends ReferenceServerTolerance {
    @Override
    ReplayStore store() {
      return ReplayStore.postgres();
    }
  }

  @Nested
  class Checklist extends ChecklistReplay {
    @Override
    ReplayStore store() {
      return ReplayStore.postgres();
    }
  }

  @Nested
  class LargeGroup extends LargeGroupReplay {
    @Override
    ReplayStore store() {
      return ReplayStore.postgres();
    }
  }

  @Nested
  class OktaEntitlements extends OktaEntitlementsReplay {
    @Override
    ReplayStore store() {
      return ReplayStore.postgres();
    }
  }
}

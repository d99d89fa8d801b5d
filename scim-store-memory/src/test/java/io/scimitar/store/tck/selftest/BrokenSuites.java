package io.scimitar.store.tck.selftest;

import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.Storage;
import io.scimitar.store.tck.ConcurrencyTck;
import io.scimitar.store.tck.PagingTck;
import io.scimitar.store.tck.TenantIsolationTck;
import io.scimitar.store.tck.UniquenessTck;
import io.scimitar.store.tck.VersionTck;

/**
 * The TCK suites bound to broken storages (and, as controls, to the correct one). Nested so that
 * the build's own test run does not pick them up: only {@link TckSelfTest} runs them, through
 * the launcher.
 */
final class BrokenSuites {
  private BrokenSuites() {}

  static final class CorrectUniqueness extends UniquenessTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return BrokenStorages.correct(registry);
    }
  }

  static final class CaseSensitiveUniqueness extends UniquenessTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return BrokenStorages.caseSensitiveUserNames(registry);
    }
  }

  static final class CorrectTenantIsolation extends TenantIsolationTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return BrokenStorages.correct(registry);
    }
  }

  static final class SharedTenantIsolation extends TenantIsolationTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return BrokenStorages.sharedTenant(registry);
    }
  }

  static final class CorrectVersions extends VersionTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return BrokenStorages.correct(registry);
    }
  }

  static final class UncheckedVersions extends VersionTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return BrokenStorages.uncheckedVersions(registry);
    }
  }

  static final class CorrectConcurrency extends ConcurrencyTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return BrokenStorages.correct(registry);
    }
  }

  static final class LostMemberUpdatesConcurrency extends ConcurrencyTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return BrokenStorages.lostMemberUpdates(registry);
    }
  }

  static final class CorrectPaging extends PagingTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return BrokenStorages.correct(registry);
    }
  }

  static final class UnstablePaging extends PagingTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return BrokenStorages.unstablePageOrder(registry);
    }
  }
}

package io.scimitar.store.jdbc;

import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.Storage;
import io.scimitar.store.tck.ConcurrencyTck;
import io.scimitar.store.tck.CrudTck;
import io.scimitar.store.tck.EventLogTck;
import io.scimitar.store.tck.FilterTck;
import io.scimitar.store.tck.GrantsTck;
import io.scimitar.store.tck.MembershipTck;
import io.scimitar.store.tck.PagingTck;
import io.scimitar.store.tck.SortTck;
import io.scimitar.store.tck.TenantIsolationTck;
import io.scimitar.store.tck.UniquenessTck;
import io.scimitar.store.tck.VersionTck;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole store TCK on MariaDb, in one schema made for this class and dropped after it. */
class MariaDbStoreTckTest {
  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.mariadb();

  static Storage newStorage(SchemaRegistry registry) {
    return DATABASE.storage(registry);
  }

  @Nested
  class Crud extends CrudTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return newStorage(registry);
    }
  }

  @Nested
  class Grants extends GrantsTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return newStorage(registry);
    }
  }

  @Nested
  class Filters extends FilterTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return newStorage(registry);
    }
  }

  @Nested
  class Sorting extends SortTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return newStorage(registry);
    }
  }

  @Nested
  class Paging extends PagingTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return newStorage(registry);
    }
  }

  @Nested
  class Membership extends MembershipTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return newStorage(registry);
    }
  }

  @Nested
  class Tenants extends TenantIsolationTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return newStorage(registry);
    }
  }

  @Nested
  class Versions extends VersionTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return newStorage(registry);
    }
  }

  @Nested
  class Uniqueness extends UniquenessTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return newStorage(registry);
    }
  }

  @Nested
  class Concurrency extends ConcurrencyTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return newStorage(registry);
    }
  }

  @Nested
  class Events extends EventLogTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return newStorage(registry);
    }
  }
}

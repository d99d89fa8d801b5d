package io.scimitar.store.jdbc;

import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.Storage;
import io.scimitar.store.tck.ConcurrencyTck;
import io.scimitar.store.tck.MembershipTck;
import io.scimitar.store.tck.PagingTck;
import io.scimitar.store.tck.UniquenessTck;
import io.scimitar.store.tck.VersionTck;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Three store instances, each with its own connection pool, sharing one PostgreSQL schema: the
 * TCK's concurrency, version, uniqueness, membership and cursor-paging suites with every call
 * answered by the next instance in turn.
 */
class PostgresInstancesTest {
  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.postgresql();

  static Storage instances(SchemaRegistry registry) {
    List<Storage> storages = new ArrayList<>();
    for (DataSource pool : DATABASE.pools(3)) {
      storages.add(new JdbcStorage(pool, Dialect.POSTGRESQL, registry));
    }
    return new RoundRobinStorage(storages);
  }

  @Nested
  class Concurrency extends ConcurrencyTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return instances(registry);
    }
  }

  @Nested
  class Versions extends VersionTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return instances(registry);
    }
  }

  @Nested
  class Uniqueness extends UniquenessTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return instances(registry);
    }
  }

  @Nested
  class Membership extends MembershipTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return instances(registry);
    }
  }

  @Nested
  class Paging extends PagingTck {
    @Override
    protected Storage createStorage(SchemaRegistry registry) {
      return instances(registry);
    }
  }
}

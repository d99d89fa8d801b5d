package io.scimitar.spring.boot.autoconfigure;

import io.scimitar.core.auth.Authenticator;
import io.scimitar.core.auth.InMemoryScimKeyStore;
import io.scimitar.core.auth.InMemorySyncSwitchStore;
import io.scimitar.core.auth.ScimKeyManager;
import io.scimitar.core.auth.ScimKeyStore;
import io.scimitar.core.auth.SyncSwitchStore;
import io.scimitar.core.auth.TenantSyncSwitch;
import io.scimitar.core.schema.ResourceType;
import io.scimitar.core.schema.Schema;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.core.spi.Storage;
import io.scimitar.core.spi.typed.GroupStore;
import io.scimitar.core.spi.typed.TypedStorage;
import io.scimitar.core.spi.typed.UserStore;
import io.scimitar.spring.boot.autoconfigure.ScimitarProperties.StorageMode;
import io.scimitar.store.jdbc.JdbcStorage;
import io.scimitar.store.jdbc.auth.JdbcScimKeyStore;
import io.scimitar.store.jdbc.auth.JdbcSyncSwitchStore;
import io.scimitar.store.memory.MemoryStorage;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The protocol side of Scimitar as Spring beans, each replaced by the application's own bean of
 * the same type: the schema registry (built-ins plus every {@link Schema} and {@link
 * ResourceType} bean), the service configuration, the storage, the SCIM keys and sync switch,
 * the authenticator and the {@link ScimService}.
 *
 * <p>Storage, unless the application declares a {@link Storage}: the JDBC store on the
 * application's {@link DataSource} (its tables installed or upgraded at start), else memory with
 * a warning; {@code scimitar.storage} forces either. A {@link UserStore} bean (and a
 * {@link GroupStore} bean) of the application serve users (and groups) from its own tables, the
 * chosen storage everything else. SCIM keys and the sync switch live in the same database, or in
 * memory.
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@EnableConfigurationProperties(ScimitarProperties.class)
public class ScimitarAutoConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(ScimitarAutoConfiguration.class);

  /** The built-in User, Group and Enterprise schemas plus the application's schema beans. */
  @Bean
  @ConditionalOnMissingBean
  public SchemaRegistry scimitarSchemaRegistry(
      ObjectProvider<Schema> schemas, ObjectProvider<ResourceType> resourceTypes) {
    SchemaRegistry.Builder registry = SchemaRegistry.builder().withBuiltIns();
    schemas.orderedStream().forEach(registry::schema);
    resourceTypes.orderedStream().forEach(registry::resourceType);
    return registry.build();
  }

  /** {@link ServiceConfig#defaults()}. */
  @Bean
  @ConditionalOnMissingBean
  public ServiceConfig scimitarServiceConfig() {
    return ServiceConfig.defaults();
  }

  /**
   * The application's {@code DataSource} prepared for the JDBC stores (its tables installed or
   * upgraded), when it has exactly one and {@code scimitar.storage} is not {@code memory}.
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnSingleCandidate(DataSource.class)
  @ConditionalOnExpression("!'${scimitar.storage:auto}'.equalsIgnoreCase('memory')")
  public ScimitarDatabase scimitarDatabase(ScimitarProperties properties, DataSource dataSource) {
    return ScimitarDatabase.open(dataSource, properties.migrate());
  }

  /**
   * The storage: the JDBC store or memory, with the application's {@link UserStore} (and
   * {@link GroupStore}) in front when it declares them.
   */
  @Bean
  @ConditionalOnMissingBean
  public Storage scimitarStorage(SchemaRegistry registry, ScimitarProperties properties,
      ObjectProvider<ScimitarDatabase> databases, ObjectProvider<UserStore> users,
      ObjectProvider<GroupStore> groups) {
    UserStore userStore = users.getIfUnique();
    GroupStore groupStore = groups.getIfUnique();
    if (userStore != null && groupStore != null) {
      return TypedStorage.of(userStore, groupStore);
    }
    ScimitarDatabase database = databases.getIfAvailable();
    Storage base;
    if (database != null) {
      base = new JdbcStorage(database.dataSource(), database.dialect(), registry);
    } else if (properties.storage() == StorageMode.JDBC) {
      throw new IllegalStateException(
          "scimitar.storage=jdbc, but the application has no single DataSource bean");
    } else {
      LOG.warn("Scimitar keeps users, groups and SCIM keys IN MEMORY: they are lost when the"
          + " application stops. Add a DataSource (or a Storage bean) to keep them.");
      base = new MemoryStorage(registry);
    }
    return userStore == null ? base : TypedStorage.of(userStore, base);
  }

  /** SCIM keys in the database beside the storage, or in memory. */
  @Bean
  @ConditionalOnMissingBean
  public ScimKeyStore scimitarKeyStore(ObjectProvider<ScimitarDatabase> databases) {
    ScimitarDatabase database = databases.getIfAvailable();
    return database == null
        ? new InMemoryScimKeyStore()
        : new JdbcScimKeyStore(database.dataSource(), database.dialect());
  }

  /** The per-tenant SCIM sync switch state in the database beside the storage, or in memory. */
  @Bean
  @ConditionalOnMissingBean
  public SyncSwitchStore scimitarSyncSwitchStore(ObjectProvider<ScimitarDatabase> databases) {
    ScimitarDatabase database = databases.getIfAvailable();
    return database == null
        ? new InMemorySyncSwitchStore()
        : new JdbcSyncSwitchStore(database.dataSource(), database.dialect());
  }

  /** The SCIM key lifecycle: create, register, list, disable, delete. */
  @Bean
  @ConditionalOnMissingBean
  public ScimKeyManager scimitarKeyManager(ScimKeyStore keys) {
    return new ScimKeyManager(keys);
  }

  /** The per-tenant SCIM sync switch. */
  @Bean
  @ConditionalOnMissingBean
  public TenantSyncSwitch scimitarSyncSwitch(SyncSwitchStore store) {
    return new TenantSyncSwitch(store);
  }

  /** Bearer SCIM keys, refused with 403 while a tenant's sync switch is off. */
  @Bean
  @ConditionalOnMissingBean
  public Authenticator scimitarAuthenticator(ScimKeyManager keys, TenantSyncSwitch sync) {
    return sync.guard(keys.authenticator());
  }

  /** The protocol service. */
  @Bean
  @ConditionalOnMissingBean
  public ScimService scimitarService(
      SchemaRegistry registry, Storage storage, ServiceConfig config) {
    return new ScimService(registry, storage, config);
  }

  /** Registers {@code scimitar.token}, or generates the initial key, before SCIM is served. */
  @Bean
  @ConditionalOnMissingBean
  public ScimKeyBootstrap scimitarKeyBootstrap(ScimitarProperties properties, ScimKeyManager keys) {
    return new ScimKeyBootstrap(properties, keys);
  }
}

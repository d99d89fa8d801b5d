package io.scimitar.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimitar.core.auth.AuthenticationRequest;
import io.scimitar.core.auth.AuthenticationResult;
import io.scimitar.core.auth.Authenticator;
import io.scimitar.core.auth.IssuedScimKey;
import io.scimitar.core.auth.ScimKey;
import io.scimitar.core.auth.ScimKeyLimitException;
import io.scimitar.core.auth.ScimKeyManager;
import io.scimitar.core.auth.ScimKeyStatus;
import io.scimitar.core.auth.ScimPrincipal;
import io.scimitar.core.auth.TenantSyncSwitch;
import io.scimitar.store.jdbc.auth.JdbcScimKeyStore;
import io.scimitar.store.jdbc.auth.JdbcSyncSwitchStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * SCIM keys and the sync switch in the database, through {@link ScimKeyManager} and
 * {@link TenantSyncSwitch} as hosts use them. A "restart" or a second instance is a new manager
 * over a new pool on the same schema. Each test uses tenants of its own.
 */
abstract class KeyStoreContract {
  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07.123Z");

  abstract TestDatabase database();

  /** A database of this dialect that no other test uses. */
  abstract TestDatabase freshDatabase();

  private final String tenant = "t-" + UUID.randomUUID();

  private ScimKeyManager keys(DataSource dataSource) {
    return new ScimKeyManager(new JdbcScimKeyStore(dataSource, database().dialect()),
        Clock.fixed(NOW, ZoneOffset.UTC), ScimKeyManager.DEFAULT_MAX_ACTIVE_KEYS);
  }

  private ScimKeyManager keys() {
    return keys(database().dataSource());
  }

  private ScimKeyManager otherInstance() {
    return keys(database().newPool());
  }

  private static AuthenticationResult authenticate(Authenticator authenticator, String token) {
    Map<String, String> headers = Map.of("Authorization", "Bearer " + token);
    return authenticator.authenticate(new AuthenticationRequest() {
      @Override
      public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
      }

      @Override
      public Optional<Object> attribute(String name) {
        return Optional.empty();
      }
    });
  }

  @Test
  void aCreatedKeySurvivesARestartAndAuthenticatesToItsTenant() {
    IssuedScimKey issued = keys().create(tenant);

    ScimKeyManager restarted = otherInstance();

    assertThat(restarted.list(tenant)).containsExactly(
        new ScimKey(issued.key().id(), tenant, NOW, null, ScimKeyStatus.ACTIVE));
    assertThat(authenticate(restarted.authenticator(), issued.token())).isEqualTo(
        AuthenticationResult.authenticated(new ScimPrincipal(tenant, issued.key().id())));
    assertThat(restarted.get(tenant, issued.key().id()).orElseThrow().lastUsed())
        .isEqualTo(NOW);
    assertThat(authenticate(restarted.authenticator(), issued.token() + "x"))
        .isInstanceOf(AuthenticationResult.Rejected.class);
  }

  @Test
  void onlyTheHashIsStored() throws SQLException {
    IssuedScimKey issued = keys().create(tenant);
    String secret = issued.token().substring(issued.token().indexOf('.') + 1);

    StringBuilder everything = new StringBuilder();
    try (Connection connection = database().dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM scim_key")) {
      while (rows.next()) {
        for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
          everything.append(rows.getString(column)).append('|');
        }
      }
    }
    assertThat(everything).contains(issued.key().id()).doesNotContain(secret);
  }

  @Test
  void aDisabledOrDeletedKeyIsRefusedAtOnceByEveryInstance() {
    ScimKeyManager first = keys();
    ScimKeyManager second = otherInstance();
    IssuedScimKey disabled = first.create(tenant);
    IssuedScimKey deleted = first.create(tenant);
    assertThat(authenticate(second.authenticator(), disabled.token()))
        .isInstanceOf(AuthenticationResult.Authenticated.class);

    assertThat(first.disable(tenant, disabled.key().id()).orElseThrow().status())
        .isEqualTo(ScimKeyStatus.DISABLED);
    assertThat(first.delete(tenant, deleted.key().id())).isTrue();

    assertThat(authenticate(second.authenticator(), disabled.token()))
        .isInstanceOf(AuthenticationResult.Rejected.class);
    assertThat(authenticate(second.authenticator(), deleted.token()))
        .isInstanceOf(AuthenticationResult.Rejected.class);
    assertThat(second.list(tenant)).extracting(ScimKey::status)
        .containsExactly(ScimKeyStatus.DISABLED);
    assertThat(second.delete(tenant, deleted.key().id())).isFalse();
  }

  @Test
  void keysOfAnotherTenantAreNeitherListedNorChangeable() {
    IssuedScimKey key = keys().create(tenant);
    String other = tenant + "-other";

    assertThat(keys().list(other)).isEmpty();
    assertThat(keys().get(other, key.key().id())).isEmpty();
    assertThat(keys().disable(other, key.key().id())).isEmpty();
    assertThat(keys().delete(other, key.key().id())).isFalse();
    assertThat(keys().get(tenant, key.key().id()).orElseThrow().active()).isTrue();
  }

  @Test
  void registeringATokenIsIdempotentAcrossRestarts() {
    String token = "scripted-" + UUID.randomUUID();

    ScimKey first = keys().register(tenant, token);
    ScimKey again = otherInstance().register(tenant, token);

    assertThat(again).isEqualTo(first);
    assertThat(keys().list(tenant)).hasSize(1);
    assertThat(authenticate(keys().authenticator(), token))
        .isEqualTo(AuthenticationResult.authenticated(new ScimPrincipal(tenant, first.id())));
  }

  @Test
  void theLimitOfActiveKeysHoldsWhenInstancesCreateKeysTogether() throws Exception {
    List<ScimKeyManager> instances = List.of(keys(), otherInstance(), otherInstance());
    List<Callable<Boolean>> attempts = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      ScimKeyManager instance = instances.get(i % instances.size());
      attempts.add(() -> {
        try {
          instance.create(tenant);
          return true;
        } catch (ScimKeyLimitException e) {
          return false;
        }
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
    long created = 0;
    try {
      for (Future<Boolean> outcome : pool.invokeAll(attempts)) {
        created += outcome.get() ? 1 : 0;
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(created).isEqualTo(ScimKeyManager.DEFAULT_MAX_ACTIVE_KEYS);
    assertThat(keys().list(tenant)).hasSize(ScimKeyManager.DEFAULT_MAX_ACTIVE_KEYS);
    assertThatThrownBy(() -> keys().create(tenant))
        .isInstanceOf(ScimKeyLimitException.class)
        .hasMessage("tenant " + tenant + " already has 2 active SCIM keys (at most 2); "
            + "disable or delete one before creating another");
  }

  @Test
  void theSyncSwitchSurvivesARestartAndIsSharedByInstances() {
    DataSource firstPool = database().dataSource();
    TenantSyncSwitch first = new TenantSyncSwitch(
        new JdbcSyncSwitchStore(firstPool, database().dialect()));
    TenantSyncSwitch second = new TenantSyncSwitch(
        new JdbcSyncSwitchStore(database().newPool(), database().dialect()));
    assertThat(second.isEnabled(tenant)).isTrue();

    first.setEnabled(tenant, false);
    assertThat(second.isEnabled(tenant)).isFalse();
    assertThat(second.isEnabled(tenant + "-other")).isTrue();

    second.setEnabled(tenant, true);
    assertThat(first.isEnabled(tenant)).isTrue();
    keys(firstPool).create(tenant);
    assertThat(first.isEnabled(tenant)).isTrue();
  }

  @Test
  void migrateAddsTheKeyTablesToADatabaseAtVersionOne() throws SQLException {
    TestDatabase fresh = freshDatabase();
    fresh.start();
    try {
      DataSource dataSource = fresh.dataSource();
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        // Back to what a database migrated by the release before SCIM keys holds.
        for (String table : List.of("scim_event_consumer", "scim_event_sequencer", "scim_event",
            "scim_key", "scim_tenant")) {
          statement.execute("DROP TABLE " + table);
        }
        statement.execute("DELETE FROM " + JdbcSchema.VERSION_TABLE + " WHERE version >= 2");
      }
      assertThat(JdbcSchema.currentVersion(dataSource)).isEqualTo(1);

      assertThat(JdbcSchema.migrate(dataSource, fresh.dialect())).containsExactly(2, 3);

      assertThat(JdbcSchema.currentVersion(dataSource)).isEqualTo(JdbcSchema.LATEST);
      assertThat(keys(dataSource).create(tenant).key().active()).isTrue();
    } finally {
      fresh.stop();
    }
  }
}

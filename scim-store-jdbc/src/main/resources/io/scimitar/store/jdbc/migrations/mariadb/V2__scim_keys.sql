-- Scimitar JDBC store, schema version 2, MariaDB 10.11+ and MySQL 8: SCIM keys and the
-- per-tenant SCIM sync switch (io.scimitar.store.jdbc.auth). Plain SQL, like version 1, for
-- Flyway or Liquibase users. Tenants are binary, as in version 1: exact, never padded.

-- One row per tenant that has a SCIM key or whose sync was switched; a tenant without a row is
-- on. Creating a key locks its tenant's row, which keeps the limit of active keys exact.
CREATE TABLE scim_tenant (
  tenant        VARBINARY(128) NOT NULL,
  sync_enabled  BOOLEAN NOT NULL,
  PRIMARY KEY (tenant)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- SCIM keys: never a token, only the lower-case hex SHA-256 of it, which requests are
-- authenticated by. Times are epoch milliseconds (UTC); status is ACTIVE or DISABLED.
CREATE TABLE scim_key (
  id            VARBINARY(64)  NOT NULL,
  tenant        VARBINARY(128) NOT NULL,
  secret_sha256 BINARY(64)     NOT NULL,
  created_ms    BIGINT         NOT NULL,
  last_used_ms  BIGINT,
  status        VARBINARY(16)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY scim_key_secret (secret_sha256),
  INDEX scim_key_by_tenant (tenant, created_ms)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

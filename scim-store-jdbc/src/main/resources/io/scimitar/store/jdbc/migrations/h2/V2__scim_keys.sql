-- Scimitar JDBC store, schema version 2, H2 2.x: SCIM keys and the per-tenant SCIM sync switch
-- (io.scimitar.store.jdbc.auth). Plain SQL, like version 1, for Flyway or Liquibase users.

-- One row per tenant that has a SCIM key or whose sync was switched; a tenant without a row is
-- on. Creating a key locks its tenant's row, which keeps the limit of active keys exact.
CREATE TABLE scim_tenant (
  tenant        VARCHAR(128) NOT NULL,
  sync_enabled  BOOLEAN NOT NULL,
  CONSTRAINT scim_tenant_pk PRIMARY KEY (tenant)
);

-- SCIM keys: never a token, only the lower-case hex SHA-256 of it, which requests are
-- authenticated by. Times are epoch milliseconds (UTC); status is ACTIVE or DISABLED.
CREATE TABLE scim_key (
  id            VARCHAR(64)  NOT NULL,
  tenant        VARCHAR(128) NOT NULL,
  secret_sha256 CHAR(64)     NOT NULL,
  created_ms    BIGINT       NOT NULL,
  last_used_ms  BIGINT,
  status        VARCHAR(16)  NOT NULL,
  CONSTRAINT scim_key_pk PRIMARY KEY (id),
  CONSTRAINT scim_key_secret UNIQUE (secret_sha256)
);
CREATE INDEX scim_key_by_tenant ON scim_key (tenant, created_ms);

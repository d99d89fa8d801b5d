-- The application's own table; SCIM users live here through AccountsUserStore. Scimitar's own
-- tables (groups, SCIM keys, the sync switch) are installed beside it by the starter.
CREATE TABLE IF NOT EXISTS accounts (
  tenant_id   VARCHAR(64)  NOT NULL,
  id          VARCHAR(64)  NOT NULL,
  login       VARCHAR(255) NOT NULL,
  login_key   VARCHAR(255) NOT NULL,             -- LOWER(login): userName is case-insensitive
  first_name  VARCHAR(255),
  last_name   VARCHAR(255),
  email       VARCHAR(320),
  enabled     BOOLEAN,
  external_id VARCHAR(255),
  version     BIGINT       NOT NULL,
  created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  scim_extra  TEXT,                              -- the one column added for SCIM
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT accounts_login_unique UNIQUE (tenant_id, login_key)
);

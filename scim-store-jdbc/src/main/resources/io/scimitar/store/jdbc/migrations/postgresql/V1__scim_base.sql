-- Scimitar JDBC store, schema version 1, PostgreSQL 15+.
-- Plain SQL so that a host using Flyway or Liquibase can run it itself; Scimitar's own
-- JdbcSchema.migrate runs the same file and records it in scim_schema_version.
-- Identifiers and keys are collated "C": exact, byte-wise comparison and ordering.

-- One row per resource: the canonical JSON document (members of groups excluded).
CREATE TABLE scim_resource (
  tenant        VARCHAR(128) COLLATE "C" NOT NULL,
  resource_type VARCHAR(64)  COLLATE "C" NOT NULL,
  id            VARCHAR(255) COLLATE "C" NOT NULL,
  version       VARCHAR(64)  COLLATE "C" NOT NULL,
  document      TEXT NOT NULL,
  CONSTRAINT scim_resource_pk PRIMARY KEY (tenant, resource_type, id)
);

-- The attribute-value index: one row per value of every attribute (sub = '' for a simple
-- attribute or for the element of a complex one), normalised for comparison: text_value holds
-- text case-folded unless the attribute is caseExact; num_value holds numbers, booleans (0/1)
-- and date-times (epoch seconds). sort_row marks the value a resource sorts by.
CREATE TABLE scim_value (
  tenant        VARCHAR(128) COLLATE "C" NOT NULL,
  resource_type VARCHAR(64)  COLLATE "C" NOT NULL,
  resource_id   VARCHAR(255) COLLATE "C" NOT NULL,
  attr          VARCHAR(255) COLLATE "C" NOT NULL,
  element       INTEGER NOT NULL,
  sub           VARCHAR(255) COLLATE "C" NOT NULL,
  ordinal       INTEGER NOT NULL,
  present       BOOLEAN NOT NULL,
  sort_row      BOOLEAN NOT NULL,
  text_value    TEXT COLLATE "C",
  raw_value     TEXT COLLATE "C",
  num_value     NUMERIC,
  CONSTRAINT scim_value_pk PRIMARY KEY (tenant, resource_type, resource_id, attr, element, sub, ordinal)
);
CREATE INDEX scim_value_text ON scim_value (tenant, resource_type, attr, sub, left(text_value, 200));
CREATE INDEX scim_value_num ON scim_value (tenant, resource_type, attr, sub, num_value);

-- Values of attributes declared unique, normalised as for comparison; the primary key makes
-- the database reject a second holder of a value within a tenant.
CREATE TABLE scim_unique (
  tenant        VARCHAR(128) COLLATE "C" NOT NULL,
  resource_type VARCHAR(64)  COLLATE "C" NOT NULL,
  attr          VARCHAR(255) COLLATE "C" NOT NULL,
  value_key     VARCHAR(255) COLLATE "C" NOT NULL,
  resource_id   VARCHAR(255) COLLATE "C" NOT NULL,
  CONSTRAINT scim_unique_pk PRIMARY KEY (tenant, resource_type, attr, value_key)
);
CREATE INDEX scim_unique_resource ON scim_unique (tenant, resource_type, resource_id);

-- Group membership, one row per member; member_key is the case-folded member id, the index
-- that finds a member's groups and the groups filtered by members.value.
CREATE TABLE scim_member (
  tenant        VARCHAR(128) COLLATE "C" NOT NULL,
  resource_type VARCHAR(64)  COLLATE "C" NOT NULL,
  group_id      VARCHAR(255) COLLATE "C" NOT NULL,
  member_id     VARCHAR(255) COLLATE "C" NOT NULL,
  member_key    VARCHAR(255) COLLATE "C" NOT NULL,
  display       TEXT,
  display_key   TEXT COLLATE "C",
  member_type   TEXT,
  type_key      TEXT COLLATE "C",
  ref           TEXT,
  ref_key       TEXT COLLATE "C",
  CONSTRAINT scim_member_pk PRIMARY KEY (tenant, resource_type, group_id, member_id)
);
CREATE INDEX scim_member_by_member ON scim_member (tenant, member_key);

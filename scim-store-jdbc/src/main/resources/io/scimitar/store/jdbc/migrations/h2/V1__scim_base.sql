-- Scimitar JDBC store, schema version 1, H2 2.x.
-- Plain SQL so that a host using Flyway or Liquibase can run it itself; Scimitar's own
-- JdbcSchema.migrate runs the same file and records it in scim_schema_version.
-- H2 compares strings exactly, by UTF-16 code unit.

-- One row per resource: the canonical JSON document (members of groups excluded).
CREATE TABLE scim_resource (
  tenant        VARCHAR(128) NOT NULL,
  resource_type VARCHAR(64)  NOT NULL,
  id            VARCHAR(255) NOT NULL,
  version       VARCHAR(64)  NOT NULL,
  document      CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT scim_resource_pk PRIMARY KEY (tenant, resource_type, id)
);

-- The attribute-value index: one row per value of every attribute (sub = '' for a simple
-- attribute or for the element of a complex one), normalised for comparison: text_value holds
-- text case-folded unless the attribute is caseExact; num_value holds numbers, booleans (0/1)
-- and date-times (epoch seconds). sort_row marks the value a resource sorts by.
CREATE TABLE scim_value (
  tenant        VARCHAR(128) NOT NULL,
  resource_type VARCHAR(64)  NOT NULL,
  resource_id   VARCHAR(255) NOT NULL,
  attr          VARCHAR(255) NOT NULL,
  element       INTEGER NOT NULL,
  sub           VARCHAR(255) NOT NULL,
  ordinal       INTEGER NOT NULL,
  present       BOOLEAN NOT NULL,
  sort_row      BOOLEAN NOT NULL,
  text_value    CHARACTER VARYING,
  raw_value     CHARACTER VARYING,
  num_value     DECFLOAT(100000),
  CONSTRAINT scim_value_pk PRIMARY KEY (tenant, resource_type, resource_id, attr, element, sub, ordinal)
);
CREATE INDEX scim_value_text ON scim_value (tenant, resource_type, attr, sub, text_value);
CREATE INDEX scim_value_num ON scim_value (tenant, resource_type, attr, sub, num_value);

-- Values of attributes declared unique, normalised as for comparison; the primary key makes
-- the database reject a second holder of a value within a tenant.
CREATE TABLE scim_unique (
  tenant        VARCHAR(128) NOT NULL,
  resource_type VARCHAR(64)  NOT NULL,
  attr          VARCHAR(255) NOT NULL,
  value_key     VARCHAR(255) NOT NULL,
  resource_id   VARCHAR(255) NOT NULL,
  CONSTRAINT scim_unique_pk PRIMARY KEY (tenant, resource_type, attr, value_key)
);
CREATE INDEX scim_unique_resource ON scim_unique (tenant, resource_type, resource_id);

-- Group membership, one row per member; member_key is the case-folded member id, the index
-- that finds a member's groups and the groups filtered by members.value.
CREATE TABLE scim_member (
  tenant        VARCHAR(128) NOT NULL,
  resource_type VARCHAR(64)  NOT NULL,
  group_id      VARCHAR(255) NOT NULL,
  member_id     VARCHAR(255) NOT NULL,
  member_key    VARCHAR(255) NOT NULL,
  display       CHARACTER VARYING,
  display_key   CHARACTER VARYING,
  member_type   CHARACTER VARYING,
  type_key      CHARACTER VARYING,
  ref           CHARACTER VARYING,
  ref_key       CHARACTER VARYING,
  CONSTRAINT scim_member_pk PRIMARY KEY (tenant, resource_type, group_id, member_id)
);
CREATE INDEX scim_member_by_member ON scim_member (tenant, member_key);

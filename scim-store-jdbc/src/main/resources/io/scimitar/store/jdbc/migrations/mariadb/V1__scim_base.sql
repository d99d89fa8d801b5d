-- Scimitar JDBC store, schema version 1, MariaDB 10.11+ and MySQL 8.
-- Plain SQL so that a host using Flyway or Liquibase can run it itself; Scimitar's own
-- JdbcSchema.migrate runs the same file and records it in scim_schema_version.
-- Identifiers, keys and compared text are binary: exact, byte-wise (code point) comparison
-- without the trailing-space padding of PAD SPACE collations.

-- One row per resource: the canonical JSON document (members of groups excluded).
CREATE TABLE scim_resource (
  tenant        VARBINARY(128) NOT NULL,
  resource_type VARBINARY(64)  NOT NULL,
  id            VARBINARY(255) NOT NULL,
  version       VARBINARY(64)  NOT NULL,
  document      LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (tenant, resource_type, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The attribute-value index: one row per value of every attribute (sub = '' for a simple
-- attribute or for the element of a complex one), normalised for comparison: text_value holds
-- text case-folded unless the attribute is caseExact; num_value holds numbers, booleans (0/1)
-- and date-times (epoch seconds). sort_row marks the value a resource sorts by.
CREATE TABLE scim_value (
  tenant        VARBINARY(128) NOT NULL,
  resource_type VARBINARY(64)  NOT NULL,
  resource_id   VARBINARY(255) NOT NULL,
  attr          VARBINARY(255) NOT NULL,
  element       INTEGER NOT NULL,
  sub           VARBINARY(255) NOT NULL,
  ordinal       INTEGER NOT NULL,
  present       BOOLEAN NOT NULL,
  sort_row      BOOLEAN NOT NULL,
  text_value    LONGBLOB,
  raw_value     LONGBLOB,
  num_value     DECIMAL(65, 30),
  PRIMARY KEY (tenant, resource_type, resource_id, attr, element, sub, ordinal),
  INDEX scim_value_text (tenant, resource_type, attr, sub, text_value(255)),
  INDEX scim_value_num (tenant, resource_type, attr, sub, num_value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Values of attributes declared unique, normalised as for comparison; the primary key makes
-- the database reject a second holder of a value within a tenant.
CREATE TABLE scim_unique (
  tenant        VARBINARY(128) NOT NULL,
  resource_type VARBINARY(64)  NOT NULL,
  attr          VARBINARY(255) NOT NULL,
  value_key     VARBINARY(1020) NOT NULL,
  resource_id   VARBINARY(255) NOT NULL,
  PRIMARY KEY (tenant, resource_type, attr, value_key),
  INDEX scim_unique_resource (tenant, resource_type, resource_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Group membership, one row per member; member_key is the case-folded member id, the index
-- that finds a member's groups and the groups filtered by members.value.
CREATE TABLE scim_member (
  tenant        VARBINARY(128) NOT NULL,
  resource_type VARBINARY(64)  NOT NULL,
  group_id      VARBINARY(255) NOT NULL,
  member_id     VARBINARY(255) NOT NULL,
  member_key    VARBINARY(1020) NOT NULL,
  display       LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
  display_key   LONGBLOB,
  member_type   LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
  type_key      LONGBLOB,
  ref           LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
  ref_key       LONGBLOB,
  PRIMARY KEY (tenant, resource_type, group_id, member_id),
  INDEX scim_member_by_member (tenant, member_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

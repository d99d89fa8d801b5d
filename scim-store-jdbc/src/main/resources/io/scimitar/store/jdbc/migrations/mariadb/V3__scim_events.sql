-- Scimitar JDBC store, schema version 3, MariaDB 10.11+ and MySQL 8: the change-event outbox
-- (io.scimitar.store.jdbc.JdbcEventLog). Plain SQL, like versions 1 and 2. Identifiers are
-- binary, as in version 1.

-- One row per committed change, inserted by the write it describes, in the write's transaction.
-- id is the insertion order; sequence_no stays NULL until the sequencer numbers the row after its
-- commit, so numbers grow in the order rows became visible (commit order) and a reader that has
-- seen every number up to n never later meets a smaller one. document is the event as JSON;
-- committed_ms (epoch milliseconds, UTC) drives retention.
CREATE TABLE scim_event (
  id            BIGINT NOT NULL AUTO_INCREMENT,
  sequence_no   BIGINT,
  tenant        VARBINARY(128) NOT NULL,
  resource_type VARBINARY(64)  NOT NULL,
  resource_id   VARBINARY(255) NOT NULL,
  kind          VARBINARY(16)  NOT NULL,
  committed_ms  BIGINT         NOT NULL,
  document      LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY scim_event_sequence (sequence_no),
  INDEX scim_event_unsequenced (sequence_no, id),
  INDEX scim_event_by_tenant (tenant, sequence_no),
  INDEX scim_event_by_time (committed_ms)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The sequencer's one row: the last number handed out. Whoever numbers rows holds its row lock
-- (taken with FOR UPDATE SKIP LOCKED, MariaDB 10.6+, so other replicas skip a round).
CREATE TABLE scim_event_sequencer (
  id            INTEGER NOT NULL,
  last_sequence BIGINT  NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO scim_event_sequencer (id, last_sequence) VALUES (1, 0);

-- Named consumers: the last sequence each has confirmed, and who holds its lease until when.
CREATE TABLE scim_event_consumer (
  name           VARBINARY(200) NOT NULL,
  position_no    BIGINT         NOT NULL,
  lease_owner    VARBINARY(200),
  lease_until_ms BIGINT         NOT NULL,
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Scimitar JDBC store, schema version 3, H2 2.x: the change-event outbox
-- (io.scimitar.store.jdbc.JdbcEventLog). Plain SQL, like versions 1 and 2.

-- One row per committed change, inserted by the write it describes, in the write's transaction.
-- id is the insertion order; sequence_no stays NULL until the sequencer numbers the row after its
-- commit, so numbers grow in the order rows became visible (commit order) and a reader that has
-- seen every number up to n never later meets a smaller one. document is the event as JSON;
-- committed_ms (epoch milliseconds, UTC) drives retention.
CREATE TABLE scim_event (
  id            BIGINT GENERATED ALWAYS AS IDENTITY,
  sequence_no   BIGINT,
  tenant        VARCHAR(128) NOT NULL,
  resource_type VARCHAR(64)  NOT NULL,
  resource_id   VARCHAR(255) NOT NULL,
  kind          VARCHAR(16)  NOT NULL,
  committed_ms  BIGINT       NOT NULL,
  document      CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT scim_event_pk PRIMARY KEY (id),
  CONSTRAINT scim_event_sequence UNIQUE (sequence_no)
);
CREATE INDEX scim_event_unsequenced ON scim_event (sequence_no, id);
CREATE INDEX scim_event_by_tenant ON scim_event (tenant, sequence_no);
CREATE INDEX scim_event_by_time ON scim_event (committed_ms);

-- The sequencer's one row: the last number handed out. Whoever numbers rows holds its row lock.
CREATE TABLE scim_event_sequencer (
  id            INTEGER NOT NULL,
  last_sequence BIGINT  NOT NULL,
  CONSTRAINT scim_event_sequencer_pk PRIMARY KEY (id)
);
INSERT INTO scim_event_sequencer (id, last_sequence) VALUES (1, 0);

-- Named consumers: the last sequence each has confirmed, and who holds its lease until when.
CREATE TABLE scim_event_consumer (
  name           VARCHAR(200) NOT NULL,
  position_no    BIGINT       NOT NULL,
  lease_owner    VARCHAR(200),
  lease_until_ms BIGINT       NOT NULL,
  CONSTRAINT scim_event_consumer_pk PRIMARY KEY (name)
);

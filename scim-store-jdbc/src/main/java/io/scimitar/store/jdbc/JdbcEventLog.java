package io.scimitar.store.jdbc;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.event.ChangeEvent;
import io.scimitar.core.event.ChangeEventJson;
import io.scimitar.core.event.ConsumerLease;
import io.scimitar.core.event.ConsumerStart;
import io.scimitar.core.event.EventLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The change-event outbox of the JDBC store: table {@code scim_event}, written by each resource
 * write in its own transaction ({@link #record}), numbered after commit by a sequencer, and read
 * by dispatchers through named, leased consumers ({@code scim_event_consumer}).
 *
 * <p>Why numbers are handed out after commit: an identity column is assigned at insert, and a
 * transaction that took number 5 may commit after one that took 6, so a reader that had moved
 * past 6 would never see 5. Instead, rows are inserted unnumbered and whoever reads first numbers
 * the committed unnumbered rows, in insertion order, above every number handed out so far. The
 * sequencer's row lock (taken {@code FOR UPDATE SKIP LOCKED}) makes one replica number at a time
 * while the others skip the round; writes never wait for it. Rows of one resource are inserted in
 * version order (a write locks the resource row before inserting its event), so they are numbered
 * in version order.
 *
 * <p>Leases are conditional updates of the consumer's row, so two owners never both hold one,
 * with or without {@code SKIP LOCKED} (which only spares a replica the wait for a row another
 * is changing). Lease times are this JVM's clock: replicas' clocks must agree to well within the
 * lease duration.
 */
final class JdbcEventLog implements EventLog {
  /** The most rows numbered in one round. */
  private static final int SEQUENCE_BATCH = 1000;

  private final Database database;
  private final Clock clock;
  private final List<Runnable> hints = new CopyOnWriteArrayList<>();

  JdbcEventLog(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** Inserts an event, unnumbered, in the caller's transaction. */
  void record(Connection connection, ChangeEvent event) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scim_event"
        + " (tenant, resource_type, resource_id, kind, committed_ms, document)"
        + " VALUES (?, ?, ?, ?, ?, ?)")) {
      Sql.bind(insert, List.of(event.tenantId(), event.resourceType(), event.resourceId(),
          event.kind().name(), event.time().toEpochMilli(),
          Documents.write(ChangeEventJson.write(event))));
      insert.executeUpdate();
    }
  }

  /** Runs the {@link #onAppend} hints; stores call it after a transaction with an event committed. */
  void committed() {
    hints.forEach(Runnable::run);
  }

  @Override
  public List<ChangeEvent> readAfter(long afterSequence, int limit) {
    numberCommitted();
    return database.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT sequence_no, document"
          + " FROM scim_event WHERE sequence_no > ? ORDER BY sequence_no LIMIT ?")) {
        Sql.bind(select, List.of(afterSequence, limit));
        return events(select);
      }
    });
  }

  @Override
  public List<ChangeEvent> recent(String tenantId, long beforeSequence, int limit) {
    numberCommitted();
    return database.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT sequence_no, document"
          + " FROM scim_event WHERE tenant = ? AND sequence_no < ?"
          + " ORDER BY sequence_no DESC LIMIT ?")) {
        Sql.bind(select, List.of(tenantId, beforeSequence, limit));
        return events(select);
      }
    });
  }

  @Override
  public Optional<ConsumerLease> acquire(
      String consumer, ConsumerStart start, String owner, Duration duration) {
    Objects.requireNonNull(start, "start");
    if (start == ConsumerStart.LATEST) {
      numberCommitted();
    }
    try {
      return database.inTransaction(connection -> lease(connection, consumer, start, owner,
          clock.instant().plus(duration)));
    } catch (ScimException e) {
      if (e.status() == 409) {
        // Another owner created the consumer at the same moment; it holds the lease.
        return Optional.empty();
      }
      throw e;
    }
  }

  private Optional<ConsumerLease> lease(Connection connection, String consumer,
      ConsumerStart start, String owner, Instant until) throws SQLException {
    long now = clock.millis();
    try (PreparedStatement select = connection.prepareStatement("SELECT position_no,"
        + " lease_owner, lease_until_ms FROM scim_event_consumer WHERE name = ?"
        + " FOR UPDATE SKIP LOCKED")) {
      Sql.bind(select, List.of(consumer));
      try (ResultSet row = select.executeQuery()) {
        if (row.next()) {
          long position = row.getLong(1);
          String holder = row.getString(2);
          if (holder != null && !holder.equals(owner) && row.getLong(3) > now) {
            return Optional.empty();
          }
          try (PreparedStatement take = connection.prepareStatement("UPDATE scim_event_consumer"
              + " SET lease_owner = ?, lease_until_ms = ? WHERE name = ?")) {
            Sql.bind(take, List.of(owner, until.toEpochMilli(), consumer));
            take.executeUpdate();
          }
          return Optional.of(new ConsumerLease(consumer, owner, position, until));
        }
      }
    }
    if (exists(connection, consumer)) {
      return Optional.empty(); // its row is locked by another owner taking or renewing it
    }
    long position = start == ConsumerStart.LATEST ? lastNumber(connection) : 0;
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scim_event_consumer"
        + " (name, position_no, lease_owner, lease_until_ms) VALUES (?, ?, ?, ?)")) {
      Sql.bind(insert, List.of(consumer, position, owner, until.toEpochMilli()));
      insert.executeUpdate();
    }
    return Optional.of(new ConsumerLease(consumer, owner, position, until));
  }

  @Override
  public Optional<ConsumerLease> advance(ConsumerLease lease, long position, Duration duration) {
    Instant until = clock.instant().plus(duration);
    int updated = database.inTransaction(connection -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE scim_event_consumer"
          + " SET position_no = CASE WHEN position_no < ? THEN ? ELSE position_no END,"
          + " lease_until_ms = ? WHERE name = ? AND lease_owner = ?")) {
        Sql.bind(update, List.of(position, position, until.toEpochMilli(), lease.consumer(),
            lease.owner()));
        return update.executeUpdate();
      }
    });
    return updated == 0 ? Optional.empty() : Optional.of(new ConsumerLease(
        lease.consumer(), lease.owner(), Math.max(lease.position(), position), until));
  }

  @Override
  public void release(ConsumerLease lease) {
    database.inTransaction(connection -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE scim_event_consumer"
          + " SET lease_owner = NULL, lease_until_ms = 0 WHERE name = ? AND lease_owner = ?")) {
        Sql.bind(update, List.of(lease.consumer(), lease.owner()));
        return update.executeUpdate();
      }
    });
  }

  @Override
  public int purge(Instant cutoff) {
    return database.inTransaction(connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM scim_event"
          + " WHERE committed_ms < ? AND sequence_no IS NOT NULL")) {
        Sql.bind(delete, List.of(cutoff.toEpochMilli()));
        return delete.executeUpdate();
      }
    });
  }

  @Override
  public void onAppend(Runnable hint) {
    hints.add(Objects.requireNonNull(hint, "hint"));
  }

  /**
   * Numbers committed unnumbered rows, unless another replica is doing so right now (then this
   * round is skipped: its numbers become readable when that replica commits).
   */
  private void numberCommitted() {
    database.inTransaction(connection -> {
      long last;
      try (PreparedStatement lock = connection.prepareStatement("SELECT last_sequence FROM"
          + " scim_event_sequencer WHERE id = 1 FOR UPDATE SKIP LOCKED");
          ResultSet row = lock.executeQuery()) {
        if (!row.next()) {
          return null;
        }
        last = row.getLong(1);
      }
      List<Long> ids = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("SELECT id FROM scim_event"
          + " WHERE sequence_no IS NULL ORDER BY id LIMIT ?")) {
        Sql.bind(select, List.of(SEQUENCE_BATCH));
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getLong(1));
          }
        }
      }
      if (ids.isEmpty()) {
        return null;
      }
      try (PreparedStatement number = connection.prepareStatement(
          "UPDATE scim_event SET sequence_no = ? WHERE id = ?")) {
        for (long id : ids) {
          Sql.bind(number, List.of(++last, id));
          number.addBatch();
        }
        number.executeBatch();
      }
      try (PreparedStatement advance = connection.prepareStatement(
          "UPDATE scim_event_sequencer SET last_sequence = ? WHERE id = 1")) {
        Sql.bind(advance, List.of(last));
        advance.executeUpdate();
      }
      return null;
    });
  }

  private static long lastNumber(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT last_sequence FROM scim_event_sequencer WHERE id = 1");
        ResultSet row = select.executeQuery()) {
      return row.next() ? row.getLong(1) : 0;
    }
  }

  private static boolean exists(Connection connection, String consumer) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT 1 FROM scim_event_consumer WHERE name = ?")) {
      Sql.bind(select, List.of(consumer));
      try (ResultSet row = select.executeQuery()) {
        return row.next();
      }
    }
  }

  private static List<ChangeEvent> events(PreparedStatement select) throws SQLException {
    List<ChangeEvent> events = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        events.add(ChangeEventJson.read(Documents.read(rows.getString(2)), rows.getLong(1)));
      }
    }
    return events;
  }
}

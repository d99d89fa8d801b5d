package io.scimitar.store.tck.example;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.Literal;
import io.scimitar.core.json.ScimJson;
import io.scimitar.core.resource.Meta;
import io.scimitar.core.resource.MultiValue;
import io.scimitar.core.resource.Name;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.resource.User;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.StoreCapabilities;
import io.scimitar.core.spi.typed.EqualityCapabilities;
import io.scimitar.core.spi.typed.Page;
import io.scimitar.core.spi.typed.UserStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link UserStore} over an application's existing {@code accounts} table in plain JDBC: the
 * worked example of {@code docs/writing-a-store.md}. Each SCIM attribute the table has a column
 * for lives in that column (the application keeps using them); everything else a provisioning
 * client sends (other emails, addresses, the Enterprise extension, ...) is kept as JSON in the
 * one column added for SCIM, {@code scim_extra}. Passwords are not stored.
 *
 * <p>It evaluates {@code id eq}, {@code userName eq} and {@code externalId eq} itself, the
 * lookups identity providers make on every sync; the service evaluates every other filter,
 * every sort and cursor paging in memory. Versions are compared and written in one
 * {@code UPDATE ... WHERE version = ?}; {@code userName} is unique per tenant case-insensitively
 * through a unique index on {@code (tenant_id, login_key)}, where {@code login_key} is
 * {@code LOWER(login)}.
 */
public final class AccountsUserStore implements UserStore {
  private static final StoreCapabilities CAPABILITIES =
      EqualityCapabilities.on("id", "userName", "externalId");

  /** The columns of a user besides the key (tenant_id, id), in the order they are bound. */
  private static final String DATA_COLUMNS = "login, first_name, last_name, email, enabled, "
      + "external_id, version, created_at, updated_at, scim_extra";
  private static final String UNIQUE_VIOLATION = "23505";
  private static final ScimJson JSON = ScimJson.withDefaults();

  private final DataSource dataSource;

  /** A store over the {@code accounts} table of this database. */
  public AccountsUserStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public StoreCapabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public User create(RequestContext context, User user) {
    String sql = "INSERT INTO accounts (tenant_id, id, " + DATA_COLUMNS + ") "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, context.tenantId());
      insert.setString(2, user.id());
      bindData(insert, 3, user);
      insert.executeUpdate();
      return user;
    } catch (SQLException e) {
      throw failure(e, context, user, true);
    }
  }

  @Override
  public Optional<User> get(RequestContext context, String id) {
    String sql = "SELECT id, " + DATA_COLUMNS + " FROM accounts WHERE tenant_id = ? AND id = ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, context.tenantId());
      select.setString(2, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(toUser(row)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading account " + id + " failed", e);
    }
  }

  @Override
  public User update(RequestContext context, User user, String expectedVersion) {
    // The version check and the write are one statement: nothing can slip in between.
    String sql = "UPDATE accounts SET login = ?, first_name = ?, last_name = ?, email = ?, "
        + "enabled = ?, external_id = ?, version = ?, created_at = ?, updated_at = ?, "
        + "scim_extra = ? WHERE tenant_id = ? AND id = ? AND version = ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(sql)) {
      int next = bindData(update, 1, user);
      update.setString(next, context.tenantId());
      update.setString(next + 1, user.id());
      update.setLong(next + 2, version(expectedVersion));
      if (update.executeUpdate() == 0) {
        throw missingOrStale(context, user.id());
      }
      return user;
    } catch (SQLException e) {
      throw failure(e, context, user, false);
    }
  }

  @Override
  public void delete(RequestContext context, String id, String expectedVersion) {
    String sql = "DELETE FROM accounts WHERE tenant_id = ? AND id = ?"
        + (expectedVersion == null ? "" : " AND version = ?");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(sql)) {
      delete.setString(1, context.tenantId());
      delete.setString(2, id);
      if (expectedVersion != null) {
        delete.setLong(3, version(expectedVersion));
      }
      if (delete.executeUpdate() == 0) {
        throw missingOrStale(context, id);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("deleting account " + id + " failed", e);
    }
  }

  @Override
  public Page<User> query(RequestContext context, ResourceQuery query) {
    if (query.sort() != null || !(query.page() instanceof PageRequest.Index page)) {
      throw new IllegalArgumentException("this store declared neither sorting nor cursors");
    }
    Filter.Comparison condition = (Filter.Comparison) query.filter();
    String where = " FROM accounts WHERE tenant_id = ?"
        + (condition == null ? "" : " AND " + comparison(condition));
    try (Connection connection = dataSource.getConnection()) {
      int total;
      try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*)" + where)) {
        bindWhere(count, context, condition);
        try (ResultSet row = count.executeQuery()) {
          row.next();
          total = row.getInt(1);
        }
      }
      List<User> users = new ArrayList<>();
      String select = "SELECT id, " + DATA_COLUMNS + where
          + " ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
      try (PreparedStatement rows = connection.prepareStatement(select)) {
        int next = bindWhere(rows, context, condition);
        rows.setInt(next, page.startIndex() - 1);
        rows.setInt(next + 1, page.count());
        try (ResultSet row = rows.executeQuery()) {
          while (row.next()) {
            users.add(toUser(row));
          }
        }
      }
      return Page.of(users, total);
    } catch (SQLException e) {
      throw new IllegalStateException("querying accounts failed", e);
    }
  }

  // ---- mapping between User and a row ----------------------------------------------------

  /**
   * Binds the {@link #DATA_COLUMNS} of a user, from parameter {@code first} on.
   *
   * @return the next parameter index
   */
  private static int bindData(PreparedStatement statement, int first, User user)
      throws SQLException {
    Name name = user.name();
    int i = first;
    statement.setString(i++, user.userName());
    statement.setString(i++, name == null ? null : name.givenName());
    statement.setString(i++, name == null ? null : name.familyName());
    statement.setString(i++, user.primaryEmail().map(MultiValue::value).orElse(null));
    statement.setObject(i++, user.active(), Types.BOOLEAN);
    statement.setString(i++, user.externalId());
    statement.setLong(i++, version(user.meta().version()));
    statement.setObject(i++, OffsetDateTime.ofInstant(user.meta().created(), ZoneOffset.UTC));
    statement.setObject(i++, OffsetDateTime.ofInstant(user.meta().lastModified(), ZoneOffset.UTC));
    statement.setString(i++, JSON.writeString(extra(user).toResource().view()));
    return i;
  }

  /** What the columns do not hold: the user without the mapped attributes and the password. */
  private static User extra(User user) {
    Name name = user.name();
    Name restOfName = name == null ? null : new Name(name.formatted(), null, null,
        name.middleName(), name.honorificPrefix(), name.honorificSuffix(), name.otherAttributes());
    return user.toBuilder().id(null).userName(null).name(restOfName).active(null)
        .externalId(null).password(null).groups(List.of()).meta(null).build();
  }

  /** A user from a row: the columns win, {@code scim_extra} adds the rest. */
  private static User toUser(ResultSet row) throws SQLException {
    String extraJson = row.getString("scim_extra");
    User extra = extraJson == null
        ? User.builder().build() // a row the application created itself
        : User.fromResource(ScimResource.wrap(User.RESOURCE_TYPE, JSON.readObject(extraJson)));
    String email = row.getString("email");
    List<MultiValue> emails = extra.emails().isEmpty() && email != null
        ? List.of(MultiValue.of(email, "work", true))
        : extra.emails();
    Meta meta = new Meta(User.RESOURCE_TYPE, instant(row, "created_at"),
        instant(row, "updated_at"), null, Long.toString(row.getLong("version")));
    return extra.toBuilder()
        .id(row.getString("id"))
        .userName(row.getString("login"))
        .name(name(extra.name(), row.getString("first_name"), row.getString("last_name")))
        .emails(emails)
        .active(row.getObject("enabled", Boolean.class))
        .externalId(row.getString("external_id"))
        .meta(meta)
        .build();
  }

  private static Name name(Name extra, String givenName, String familyName) {
    if (extra == null && givenName == null && familyName == null) {
      return null;
    }
    return extra == null
        ? new Name(null, familyName, givenName, null, null, null, Map.of())
        : new Name(extra.formatted(), familyName, givenName, extra.middleName(),
            extra.honorificPrefix(), extra.honorificSuffix(), extra.otherAttributes());
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }

  /** The service's versions are decimal counters; this table keeps them as a BIGINT. */
  private static long version(String version) {
    try {
      return Long.parseLong(version);
    } catch (NumberFormatException e) {
      return -1; // matches no row, so the write fails with 412 as for any other stale version
    }
  }

  // ---- filters ----------------------------------------------------------------------------

  /** The SQL of an {@code eq} the capabilities accepted, comparing as SCIM does. */
  private static String comparison(Filter.Comparison condition) {
    return switch (condition.path().name().toLowerCase(Locale.ROOT)) {
      case "id" -> "id = ?";
      case "username" -> "login_key = LOWER(?)"; // userName is not caseExact
      case "externalid" -> "external_id = ?"; // externalId is caseExact
      default -> throw new IllegalArgumentException("not declared: " + condition.render());
    };
  }

  private static int bindWhere(
      PreparedStatement statement, RequestContext context, Filter.Comparison condition)
      throws SQLException {
    statement.setString(1, context.tenantId());
    if (condition == null) {
      return 2;
    }
    statement.setString(2, ((Literal.Text) condition.value()).value());
    return 3;
  }

  // ---- errors -----------------------------------------------------------------------------

  /** 404 when the account is gone, else 412: called after a conditional write changed nothing. */
  private ScimException missingOrStale(RequestContext context, String id) {
    return get(context, id).isEmpty()
        ? ScimException.notFound("User " + id + " not found")
        : ScimException.preconditionFailed("User " + id + " was changed by someone else");
  }

  /** 409 for a unique index violation, naming the value that is taken. */
  private RuntimeException failure(
      SQLException e, RequestContext context, User user, boolean creating) {
    if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
      return new IllegalStateException("writing account " + user.id() + " failed", e);
    }
    // Only a new row can collide on the primary key; otherwise the login index was violated.
    return creating && get(context, user.id()).isPresent()
        ? ScimException.uniqueness("id " + user.id() + " is already taken")
        : ScimException.uniqueness("userName '" + user.userName() + "' is already taken");
  }
}

package io.scimitar.examples.springboot;

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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The application's users as SCIM users: a {@link UserStore} over its own {@code accounts} table
 * (see {@code schema.sql}) with Spring's {@link JdbcClient}, as {@code docs/writing-a-store.md}
 * describes. The columns the application uses ({@code login}, names, {@code email},
 * {@code enabled}) hold those attributes; what else an identity provider sends is kept as JSON
 * in {@code scim_extra}. Declaring it as a bean is all the wiring: the starter serves users from
 * it and everything else (groups) from the JDBC store on the same database.
 *
 * <p>It evaluates {@code id eq}, {@code userName eq} and {@code externalId eq}, the lookups
 * identity providers make on every sync; the service evaluates other filters, sorts and cursor
 * paging in memory. A write is one statement that checks the version ({@code WHERE version = ?});
 * {@code userName} is unique per tenant through a unique index on its lower-case form.
 */
@Component
public class AccountsUserStore implements UserStore {
  private static final StoreCapabilities CAPABILITIES =
      EqualityCapabilities.on("id", "userName", "externalId");
  private static final String COLUMNS = "id, login, first_name, last_name, email, enabled, "
      + "external_id, version, created_at, updated_at, scim_extra";
  private static final ScimJson JSON = ScimJson.withDefaults();

  private final JdbcClient jdbc;

  /** A store over the {@code accounts} table that {@code jdbc} reaches. */
  public AccountsUserStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public StoreCapabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public User create(RequestContext context, User user) {
    try {
      jdbc.sql("INSERT INTO accounts (tenant_id, id, login, login_key, first_name, last_name,"
              + " email, enabled, external_id, version, created_at, updated_at, scim_extra)"
              + " VALUES (:tenant, :id, :login, :loginKey, :firstName, :lastName, :email,"
              + " :enabled, :externalId, :version, :created, :updated, :extra)")
          .param("tenant", context.tenantId())
          .params(columns(user))
          .update();
      return user;
    } catch (DuplicateKeyException e) {
      throw get(context, user.id()).isPresent()
          ? ScimException.uniqueness("id " + user.id() + " is already taken")
          : taken(user);
    }
  }

  @Override
  public Optional<User> get(RequestContext context, String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE tenant_id = ? AND id = ?")
        .params(context.tenantId(), id)
        .query(AccountsUserStore::toUser)
        .optional();
  }

  @Override
  public User update(RequestContext context, User user, String expectedVersion) {
    int changed;
    try {
      changed = jdbc.sql("UPDATE accounts SET login = :login, login_key = :loginKey,"
              + " first_name = :firstName, last_name = :lastName, email = :email,"
              + " enabled = :enabled, external_id = :externalId, version = :version,"
              + " created_at = :created, updated_at = :updated, scim_extra = :extra"
              + " WHERE tenant_id = :tenant AND id = :id AND version = :expected")
          .param("tenant", context.tenantId())
          .param("expected", version(expectedVersion))
          .params(columns(user))
          .update();
    } catch (DuplicateKeyException e) {
      throw taken(user);
    }
    if (changed == 0) {
      throw missingOrStale(context, user.id());
    }
    return user;
  }

  @Override
  public void delete(RequestContext context, String id, String expectedVersion) {
    int deleted = expectedVersion == null
        ? jdbc.sql("DELETE FROM accounts WHERE tenant_id = ? AND id = ?")
            .params(context.tenantId(), id).update()
        : jdbc.sql("DELETE FROM accounts WHERE tenant_id = ? AND id = ? AND version = ?")
            .params(context.tenantId(), id, version(expectedVersion)).update();
    if (deleted == 0) {
      throw missingOrStale(context, id);
    }
  }

  @Override
  public Page<User> query(RequestContext context, ResourceQuery query) {
    if (query.sort() != null || !(query.page() instanceof PageRequest.Index page)) {
      throw new IllegalArgumentException("this store declared neither sorting nor cursors");
    }
    // Only what the capabilities accepted arrives here: at most one equality comparison.
    Filter.Comparison condition = (Filter.Comparison) query.filter();
    String where = " FROM accounts WHERE tenant_id = :tenant"
        + (condition == null ? "" : " AND " + column(condition) + " = :value");
    Object value = condition == null ? null : value(condition);
    int total = jdbc.sql("SELECT COUNT(*)" + where)
        .param("tenant", context.tenantId()).param("value", value)
        .query(Integer.class).single();
    List<User> users = page.count() == 0 ? List.of()
        : jdbc.sql("SELECT " + COLUMNS + where + " ORDER BY id OFFSET :skip ROWS"
                + " FETCH NEXT :count ROWS ONLY")
            .param("tenant", context.tenantId()).param("value", value)
            .param("skip", page.startIndex() - 1).param("count", page.count())
            .query(AccountsUserStore::toUser).list();
    return Page.of(users, total);
  }

  // ---- mapping ------------------------------------------------------------------------------

  /** The named parameters of a user's row, besides the tenant. */
  private static Map<String, Object> columns(User user) {
    Name name = user.name();
    Map<String, Object> row = new HashMap<>();
    row.put("id", user.id());
    row.put("login", user.userName());
    row.put("loginKey", user.userName().toLowerCase(Locale.ROOT));
    row.put("firstName", name == null ? null : name.givenName());
    row.put("lastName", name == null ? null : name.familyName());
    row.put("email", user.primaryEmail().map(MultiValue::value).orElse(null));
    row.put("enabled", user.active());
    row.put("externalId", user.externalId());
    row.put("version", version(user.meta().version()));
    row.put("created", OffsetDateTime.ofInstant(user.meta().created(), ZoneOffset.UTC));
    row.put("updated", OffsetDateTime.ofInstant(user.meta().lastModified(), ZoneOffset.UTC));
    row.put("extra", JSON.writeString(extra(user).toResource().view()));
    return row;
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
  private static User toUser(ResultSet row, int rowNumber) throws SQLException {
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

  /** The service's versions are decimal counters; the table keeps them as a BIGINT. */
  private static long version(String version) {
    try {
      return Long.parseLong(version);
    } catch (NumberFormatException e) {
      return -1; // matches no row, so the write fails with 412 as for any other stale version
    }
  }

  /** The column an accepted {@code eq} compares, as SCIM compares it. */
  private static String column(Filter.Comparison condition) {
    return switch (condition.path().name().toLowerCase(Locale.ROOT)) {
      case "id" -> "id";
      case "username" -> "login_key"; // userName is not caseExact: compare lower-case forms
      case "externalid" -> "external_id"; // externalId is caseExact
      default -> throw new IllegalArgumentException("not declared: " + condition.render());
    };
  }

  private static String value(Filter.Comparison condition) {
    String text = ((Literal.Text) condition.value()).value();
    return condition.path().name().equalsIgnoreCase("userName")
        ? text.toLowerCase(Locale.ROOT) : text;
  }

  // ---- errors -------------------------------------------------------------------------------

  private static ScimException taken(User user) {
    return ScimException.uniqueness("userName '" + user.userName() + "' is already taken");
  }

  /** 404 when the account is gone, else 412: called after a conditional write changed nothing. */
  private ScimException missingOrStale(RequestContext context, String id) {
    return get(context, id).isEmpty()
        ? ScimException.notFound("User " + id + " not found")
        : ScimException.preconditionFailed("User " + id + " was changed by someone else");
  }
}

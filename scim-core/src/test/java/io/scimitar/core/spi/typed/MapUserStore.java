package io.scimitar.core.spi.typed;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.filter.CaseFolding;
import io.scimitar.core.resource.User;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.StoreCapabilities;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A small typed user store over maps, for testing the adapters; it evaluates no filters. */
final class MapUserStore implements UserStore {
  private final Map<String, Map<String, User>> tenants = new HashMap<>();
  private final List<String> deleted = new ArrayList<>();

  /** The ids deleted so far, in order. */
  synchronized List<String> deleted() {
    return List.copyOf(deleted);
  }

  private Map<String, User> users(RequestContext context) {
    return tenants.computeIfAbsent(context.tenantId(), tenant -> new TreeMap<>());
  }

  @Override
  public StoreCapabilities capabilities() {
    return EqualityCapabilities.none();
  }

  @Override
  public synchronized User create(RequestContext context, User user) {
    if (users(context).containsKey(user.id())) {
      throw ScimException.uniqueness("id " + user.id() + " is taken");
    }
    checkUserNameFree(context, user);
    users(context).put(user.id(), user);
    return user;
  }

  @Override
  public synchronized Optional<User> get(RequestContext context, String id) {
    return Optional.ofNullable(users(context).get(id));
  }

  @Override
  public synchronized User update(RequestContext context, User user, String expectedVersion) {
    checkVersion(context, user.id(), expectedVersion);
    checkUserNameFree(context, user);
    users(context).put(user.id(), user);
    return user;
  }

  @Override
  public synchronized void delete(RequestContext context, String id, String expectedVersion) {
    checkVersion(context, id, expectedVersion);
    users(context).remove(id);
    deleted.add(id);
  }

  @Override
  public synchronized Page<User> query(RequestContext context, ResourceQuery query) {
    if (query.filter() != null || query.sort() != null) {
      throw new IllegalArgumentException("this store declared no filters and no sorts");
    }
    List<User> all = new ArrayList<>(users(context).values());
    return Page.of(all.subList(0, Math.min(all.size(), query.page().count())), all.size());
  }

  private void checkVersion(RequestContext context, String id, String expectedVersion) {
    User current = users(context).get(id);
    if (current == null) {
      throw ScimException.notFound("User " + id + " not found");
    }
    if (expectedVersion != null && !current.meta().version().equals(expectedVersion)) {
      throw ScimException.preconditionFailed("User " + id + " is at another version");
    }
  }

  private void checkUserNameFree(RequestContext context, User user) {
    String folded = CaseFolding.fold(user.userName());
    for (User other : users(context).values()) {
      if (!other.id().equals(user.id()) && CaseFolding.fold(other.userName()).equals(folded)) {
        throw ScimException.uniqueness("userName " + user.userName() + " is taken");
      }
    }
  }
}

package io.scimitar.core.spi.typed;

import io.scimitar.core.resource.Group;
import io.scimitar.core.resource.User;
import io.scimitar.core.spi.MembershipReader;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.Storage;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link Storage} of typed stores: a {@link UserStore}, a {@link GroupStore} and generic
 * {@link ResourceStore}s for host-defined resource types, or a {@link UserStore} in front of
 * another storage that keeps everything else. Deleting a user or group removes it from every
 * group afterwards.
 *
 * <pre>{@code
 * // users and groups in the application's own tables (AccountsUserStore, TeamsGroupStore are
 * // the application's classes)
 * Storage storage = TypedStorage.of(new AccountsUserStore(db), new TeamsGroupStore(db));
 *
 * // users in the application's table, groups kept by another store
 * Storage storage = TypedStorage.of(new AccountsUserStore(db), new MemoryStorage(registry));
 * }</pre>
 */
public final class TypedStorage implements Storage {
  private final Map<String, ResourceStore> stores;
  private final Storage fallback;
  private final MembershipReader memberships;

  private TypedStorage(
      Map<String, ResourceStore> stores, Storage fallback, MembershipReader memberships) {
    this.stores = Map.copyOf(stores);
    this.fallback = fallback;
    this.memberships = memberships;
  }

  /**
   * Users, groups and host-defined resource types from these stores.
   *
   * @throws IllegalArgumentException when a host type is named User or Group, or two host types
   *     share a name (compared case-insensitively)
   */
  public static TypedStorage of(UserStore users, GroupStore groups, ResourceStore... hostTypes) {
    Objects.requireNonNull(groups, "groups");
    Map<String, ResourceStore> stores = new LinkedHashMap<>();
    stores.put(key(User.RESOURCE_TYPE),
        new UserResourceStore(users, groups::removeMemberEverywhere));
    stores.put(key(Group.RESOURCE_TYPE), new GroupResourceStore(groups));
    for (ResourceStore hostType : hostTypes) {
      if (stores.putIfAbsent(key(hostType.resourceType()), hostType) != null) {
        throw new IllegalArgumentException(
            "a store for resource type " + hostType.resourceType() + " is already given");
      }
    }
    return new TypedStorage(stores, null, groups::groupsOf);
  }

  /**
   * Users from a typed store; every other resource type, and group membership, from
   * {@code others} (whose own User store, if any, is not used). A deleted user is removed from
   * the groups of {@code others} member by member through the SPI, after the delete and not in
   * the same transaction.
   */
  public static TypedStorage of(UserStore users, Storage others) {
    Objects.requireNonNull(others, "others");
    Map<String, ResourceStore> stores = Map.of(key(User.RESOURCE_TYPE),
        new UserResourceStore(users, new StorageMemberRemoval(others)));
    return new TypedStorage(stores, others, others.memberships());
  }

  @Override
  public Optional<ResourceStore> store(String resourceType) {
    ResourceStore store = stores.get(key(resourceType));
    if (store == null && fallback != null) {
      return fallback.store(resourceType);
    }
    return Optional.ofNullable(store);
  }

  @Override
  public MembershipReader memberships() {
    return memberships;
  }

  private static String key(String resourceType) {
    return resourceType.toLowerCase(Locale.ROOT);
  }
}

package io.scimitar.core.catalogue;

import io.scimitar.core.event.EventLog;
import io.scimitar.core.spi.MembershipReader;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.Storage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A storage that serves catalogue types from their {@link Catalogue}s and everything else from
 * the storage it wraps, which keeps users and groups (and what they hold) as before. Immutable.
 *
 * <pre>{@code
 * CatalogueType entitlements = CatalogueType.oktaEntitlements();
 * SchemaRegistry registry = entitlements.registerIn(SchemaRegistry.builder().withBuiltIns())
 *     .build();
 * Storage storage = CatalogueStorage.over(new MemoryStorage(registry))
 *     .serve(entitlements, permissionSets);
 * ScimService service = new ScimService(registry, storage, ServiceConfig.defaults());
 * }</pre>
 */
public final class CatalogueStorage implements Storage {
  private final Storage base;
  private final Map<String, CatalogueStore> catalogues;

  private CatalogueStorage(Storage base, Map<String, CatalogueStore> catalogues) {
    this.base = base;
    this.catalogues = Collections.unmodifiableMap(catalogues);
  }

  /** A storage that serves nothing more than {@code base} yet. */
  public static CatalogueStorage over(Storage base) {
    return new CatalogueStorage(Objects.requireNonNull(base, "base"), new LinkedHashMap<>());
  }

  /** This storage, also serving {@code type} from {@code catalogue}. */
  public CatalogueStorage serve(CatalogueType type, Catalogue catalogue) {
    Map<String, CatalogueStore> more = new LinkedHashMap<>(catalogues);
    if (more.put(key(type.name()), new CatalogueStore(type, catalogue)) != null) {
      throw new IllegalArgumentException("catalogue type " + type.name() + " is served twice");
    }
    return new CatalogueStorage(base, more);
  }

  @Override
  public Optional<ResourceStore> store(String resourceType) {
    CatalogueStore catalogue = catalogues.get(key(resourceType));
    return catalogue != null ? Optional.of(catalogue) : base.store(resourceType);
  }

  @Override
  public MembershipReader memberships() {
    return base.memberships();
  }

  /** The wrapped storage's log: catalogue types are never written, so they add no events. */
  @Override
  public Optional<EventLog> eventLog() {
    return base.eventLog();
  }

  private static String key(String resourceType) {
    return resourceType.toLowerCase(Locale.ROOT);
  }
}

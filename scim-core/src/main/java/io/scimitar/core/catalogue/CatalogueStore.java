package io.scimitar.core.catalogue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.resource.Meta;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.sort.SortSpec;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.ResourceUpdate;
import io.scimitar.core.spi.StoreCapabilities;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Catalogue} as the store of its read-only resource type: items become resources of the
 * type's schema, and writes are refused with 405 (the service refuses them before they get here).
 * It declares that it evaluates no filter, sort or cursor, so the service filters, sorts and
 * pages the items itself; what reaches {@link #query} is an index page of every item, by id.
 *
 * <p>A resource's version is a digest of the item's attributes and times, so every replica
 * serving the same catalogue gives an item the same ETag.
 */
public final class CatalogueStore implements ResourceStore {
  /** The only method a catalogue's resources accept. */
  private static final List<String> ALLOWED = List.of("GET");
  private static final Comparator<CatalogueItem> BY_ID = Comparator.comparing(CatalogueItem::id);
  private static final StoreCapabilities NOTHING = new StoreCapabilities() {
    @Override
    public boolean canFilter(Filter filter) {
      return false;
    }

    @Override
    public boolean canSort(SortSpec sort) {
      return false;
    }

    @Override
    public boolean supportsCursorPaging() {
      return false;
    }
  };

  private final CatalogueType type;
  private final Catalogue catalogue;

  /** The store of {@code type}, serving {@code catalogue}. */
  public CatalogueStore(CatalogueType type, Catalogue catalogue) {
    this.type = Objects.requireNonNull(type, "type");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  /** The type this store serves. */
  public CatalogueType type() {
    return type;
  }

  /** Whether the tenant's catalogue holds an item with this id. */
  public boolean holds(RequestContext context, String id) {
    return catalogue.item(context, id).isPresent();
  }

  /** The error for every write to this type: 405, only GET allowed. */
  public ScimException refusal() {
    return ScimException.methodNotAllowed(type.name() + " resources are read-only: they are the "
        + "service provider's catalogue, which SCIM clients list and assign but do not change",
        ALLOWED);
  }

  @Override
  public String resourceType() {
    return type.name();
  }

  @Override
  public StoreCapabilities capabilities() {
    return NOTHING;
  }

  @Override
  public ScimResource create(RequestContext context, ScimResource resource) {
    throw refusal();
  }

  @Override
  public Optional<ScimResource> get(RequestContext context, String id, boolean membersWanted) {
    return catalogue.item(context, id).map(this::resource);
  }

  @Override
  public ScimResource update(RequestContext context, ResourceUpdate update) {
    throw refusal();
  }

  @Override
  public void delete(RequestContext context, String id, String expectedVersion) {
    throw refusal();
  }

  @Override
  public QueryResult query(RequestContext context, ResourceQuery query) {
    if (query.filter() != null || query.sort() != null
        || !(query.page() instanceof PageRequest.Index page)) {
      throw new IllegalArgumentException(
          "a catalogue store pages all items by id; it declared no filter, sort or cursor");
    }
    List<CatalogueItem> items = catalogue.items(context).stream().sorted(BY_ID).toList();
    int from = Math.min(items.size(), page.startIndex() - 1);
    int to = (int) Math.min(items.size(), (long) from + page.count());
    return QueryResult.of(
        items.subList(from, to).stream().map(this::resource).toList(), items.size());
  }

  private ScimResource resource(CatalogueItem item) {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    tree.putArray(CommonAttributes.SCHEMAS).add(type.schema().id());
    tree.put(CommonAttributes.ID, item.id());
    tree.put("displayName", item.displayName());
    if (item.type() != null) {
      tree.put("type", item.type());
    }
    if (item.description() != null) {
      tree.put("description", item.description());
    }
    return ScimResource.wrap(type.name(), tree).withMeta(
        new Meta(type.name(), item.created(), item.lastModified(), null, version(item)));
  }

  private static String version(CatalogueItem item) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    for (Object part : new Object[] {item.id(), item.displayName(), item.type(),
        item.description(), item.created(), item.lastModified()}) {
      digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest(), 0, 8);
  }
}

package io.scimitar.store.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.FilterEvaluator;
import io.scimitar.core.filter.FilterParser;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.sort.SortOrder;
import io.scimitar.core.sort.SortSpec;
import io.scimitar.core.spi.MembershipReader;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.Storage;
import io.scimitar.core.spi.StoreCapabilities;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The base of every TCK suite: the factory a store implements, two fresh tenants per test
 * instance, and the service's part of a request (resolving filters and sorts with scim-core,
 * honouring the store's declared {@link StoreCapabilities}).
 *
 * <p>A store's test class extends a suite and implements {@link #createStorage}. It is called
 * once per test instance (once per test, or once per class for suites that seed read-only data),
 * so it may return a shared storage: every test uses tenants no other test uses.
 */
public abstract class StoreTck {
  private static final SchemaRegistry DEFAULT_REGISTRY = SchemaRegistry.defaults();

  /** A tenant of this test instance alone. */
  protected final RequestContext tenantA = freshTenant("a");

  /** A second tenant of this test instance alone. */
  protected final RequestContext tenantB = freshTenant("b");

  private Storage storage;

  /** Creates the storage under test, holding a store for every resource type of the registry. */
  protected abstract Storage createStorage(SchemaRegistry registry);

  /** The registry of the storage under test: the built-in User, Group and Enterprise User. */
  protected SchemaRegistry registry() {
    return DEFAULT_REGISTRY;
  }

  /** A tenant no other test uses. */
  protected static RequestContext freshTenant(String label) {
    return new RequestContext("tck-" + label + "-" + UUID.randomUUID(), "tck", "scimitar-tck");
  }

  /** The storage under test, created on first use (racing threads get the same one). */
  protected final synchronized Storage storage() {
    if (storage == null) {
      storage = createStorage(registry());
    }
    return storage;
  }

  /** The store of a resource type, which must exist. */
  protected final ResourceStore store(String resourceType) {
    ResourceStore store = storage().store(resourceType)
        .orElseThrow(() -> new AssertionError("storage has no store for " + resourceType));
    assertThat(store.resourceType()).isEqualToIgnoringCase(resourceType);
    return store;
  }

  /** The User store. */
  protected final ResourceStore users() {
    return store("User");
  }

  /** The Group store. */
  protected final ResourceStore groups() {
    return store("Group");
  }

  /** The membership index. */
  protected final MembershipReader memberships() {
    return storage().memberships();
  }

  /** Parses and resolves a filter as the service does before handing it to a store. */
  protected final Filter filter(String resourceType, String text) {
    ResourceSchema schema = registry().resourceSchema(resourceType);
    return new FilterEvaluator(schema).resolve(FilterParser.withDefaults().parse(text));
  }

  /** Resolves a sort attribute to its canonical path, as the service does. */
  protected final SortSpec sort(String resourceType, String path, SortOrder order) {
    ResourceSchema schema = registry().resourceSchema(resourceType);
    AttributePath canonical = ResolvedPath.resolve(AttributePath.parse(path), schema)
        .orElseThrow(() -> new AssertionError("unknown sort attribute " + path))
        .path();
    return new SortSpec(canonical, order);
  }

  /**
   * Runs a query the way the service pushes it down: a test whose filter, sort or paging mode
   * the store does not declare is skipped (the service would evaluate those itself).
   */
  protected final QueryResult query(
      ResourceStore store, RequestContext context, Filter filter, SortSpec sort,
      PageRequest page, boolean membersWanted) {
    StoreCapabilities capabilities = store.capabilities();
    assumeTrue(filter == null || capabilities.canFilter(filter),
        () -> "store does not evaluate " + filter.render());
    assumeTrue(sort == null || capabilities.canSort(sort),
        () -> "store does not sort by " + sort.sortBy().render());
    assumeTrue(!(page instanceof PageRequest.Cursor) || capabilities.supportsCursorPaging(),
        "store does not page by cursor");
    QueryResult result = store.query(context, new ResourceQuery(filter, sort, page, membersWanted));
    assertThat(result.resources()).hasSizeLessThanOrEqualTo(Math.max(page.count(), 0));
    return result;
  }

  /** Every match of a query in one index page, members included. */
  protected final QueryResult queryAll(
      ResourceStore store, RequestContext context, Filter filter, SortSpec sort) {
    return query(store, context, filter, sort, new PageRequest.Index(1, 10_000), true);
  }

  /** The ids of a page's resources, in order. */
  protected static List<String> ids(QueryResult result) {
    List<String> ids = new ArrayList<>();
    for (ScimResource resource : result.resources()) {
      ids.add(resource.id().orElseThrow());
    }
    return ids;
  }

  /**
   * Asserts that a call fails with a SCIM error of this status and keyword (null for none)
   * and a non-empty detail; returns the error for further checks.
   */
  protected static ScimException assertScimError(
      ThrowingCallable call, int status, ScimType scimType) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as("expected a ScimException with status " + status)
        .isInstanceOf(ScimException.class);
    ScimException error = (ScimException) thrown;
    assertThat(error.status()).as("status of: " + error.detail()).isEqualTo(status);
    assertThat(error.scimType()).as("scimType of: " + error.detail())
        .isEqualTo(Optional.ofNullable(scimType));
    assertThat(error.detail()).isNotBlank();
    return error;
  }
}

package io.scimitar.store.tck.selftest;

import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.ResourceUpdate;
import io.scimitar.core.spi.StoreCapabilities;
import java.util.Optional;

/**
 * A store that forwards every call to a correct one; each broken store overrides one thing, and
 * so do the service tests' recording stores.
 */
public abstract class ForwardingResourceStore implements ResourceStore {
  private final ResourceStore delegate;

  protected ForwardingResourceStore(ResourceStore delegate) {
    this.delegate = delegate;
  }

  /** The correct store behind this one. */
  protected final ResourceStore delegate() {
    return delegate;
  }

  @Override
  public String resourceType() {
    return delegate.resourceType();
  }

  @Override
  public StoreCapabilities capabilities() {
    return delegate.capabilities();
  }

  @Override
  public ScimResource create(RequestContext context, ScimResource resource) {
    return delegate.create(context, resource);
  }

  @Override
  public Optional<ScimResource> get(RequestContext context, String id, boolean membersWanted) {
    return delegate.get(context, id, membersWanted);
  }

  @Override
  public ScimResource update(RequestContext context, ResourceUpdate update) {
    return delegate.update(context, update);
  }

  @Override
  public void delete(RequestContext context, String id, String expectedVersion) {
    delegate.delete(context, id, expectedVersion);
  }

  @Override
  public QueryResult query(RequestContext context, ResourceQuery query) {
    return delegate.query(context, query);
  }
}

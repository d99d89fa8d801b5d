package io.scimitar.store.jdbc;

import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.spi.MembershipReader;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.ResourceUpdate;
import io.scimitar.core.spi.Storage;
import io.scimitar.core.spi.StoreCapabilities;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Several storages over one database, as several application instances would be: every call
 * goes to the next instance in turn, so consecutive calls of one test (and racing threads) meet
 * different data sources.
 */
final class RoundRobinStorage implements Storage {
  private final List<Storage> instances;
  private final AtomicInteger next = new AtomicInteger();

  RoundRobinStorage(List<Storage> instances) {
    this.instances = List.copyOf(instances);
  }

  private Storage nextInstance() {
    return instances.get(Math.floorMod(next.getAndIncrement(), instances.size()));
  }

  @Override
  public Optional<ResourceStore> store(String resourceType) {
    return instances.get(0).store(resourceType).map(first -> new Rotating(resourceType, first));
  }

  @Override
  public MembershipReader memberships() {
    return (context, memberId) -> nextInstance().memberships().groupsOf(context, memberId);
  }

  /** A store whose every call is answered by the next instance. */
  private final class Rotating implements ResourceStore {
    private final String resourceType;
    private final ResourceStore first;

    Rotating(String resourceType, ResourceStore first) {
      this.resourceType = resourceType;
      this.first = first;
    }

    private ResourceStore target() {
      return nextInstance().store(resourceType).orElseThrow();
    }

    @Override
    public String resourceType() {
      return first.resourceType();
    }

    @Override
    public StoreCapabilities capabilities() {
      return first.capabilities();
    }

    @Override
    public ScimResource create(RequestContext context, ScimResource resource) {
      return target().create(context, resource);
    }

    @Override
    public Optional<ScimResource> get(RequestContext context, String id, boolean membersWanted) {
      return target().get(context, id, membersWanted);
    }

    @Override
    public ScimResource update(RequestContext context, ResourceUpdate update) {
      return target().update(context, update);
    }

    @Override
    public void delete(RequestContext context, String id, String expectedVersion) {
      target().delete(context, id, expectedVersion);
    }

    @Override
    public QueryResult query(RequestContext context, ResourceQuery query) {
      return target().query(context, query);
    }
  }
}

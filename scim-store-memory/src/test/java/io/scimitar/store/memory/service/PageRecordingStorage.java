package io.scimitar.store.memory.service;

import io.scimitar.core.filter.Filter;
import io.scimitar.core.sort.SortSpec;
import io.scimitar.core.spi.MembershipReader;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.Storage;
import io.scimitar.core.spi.StoreCapabilities;
import io.scimitar.store.tck.selftest.ForwardingResourceStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A storage that hands every call to another one and records the page of every query that
 * reaches a store, so a test sees what the service asked for. It can hide cursor paging, which
 * makes the service page in memory.
 */
final class PageRecordingStorage implements Storage {
  private final Storage target;
  private final boolean cursorPaging;
  private final List<PageRequest> pages = new CopyOnWriteArrayList<>();

  /**
   * A storage over {@code target}.
   *
   * @param cursorPaging false to declare no cursor paging whatever the target's stores declare
   */
  PageRecordingStorage(Storage target, boolean cursorPaging) {
    this.target = target;
    this.cursorPaging = cursorPaging;
  }

  /** The page of every query so far, in order. */
  List<PageRequest> pages() {
    return List.copyOf(pages);
  }

  /** Forgets the pages recorded so far. */
  void clear() {
    pages.clear();
  }

  @Override
  public Optional<ResourceStore> store(String resourceType) {
    return target.store(resourceType).map(RecordingStore::new);
  }

  @Override
  public MembershipReader memberships() {
    return target.memberships();
  }

  private final class RecordingStore extends ForwardingResourceStore {
    RecordingStore(ResourceStore store) {
      super(store);
    }

    @Override
    public StoreCapabilities capabilities() {
      StoreCapabilities declared = delegate().capabilities();
      return new StoreCapabilities() {
        @Override
        public boolean canFilter(Filter filter) {
          return declared.canFilter(filter);
        }

        @Override
        public boolean canSort(SortSpec sort) {
          return declared.canSort(sort);
        }

        @Override
        public boolean supportsCursorPaging() {
          return cursorPaging && declared.supportsCursorPaging();
        }
      };
    }

    @Override
    public QueryResult query(RequestContext context, ResourceQuery query) {
      pages.add(query.page());
      return delegate().query(context, query);
    }
  }
}

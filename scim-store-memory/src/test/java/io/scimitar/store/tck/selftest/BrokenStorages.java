package io.scimitar.store.tck.selftest;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.patch.MemberRef;
import io.scimitar.core.patch.MembershipChange;
import io.scimitar.core.resource.Group;
import io.scimitar.core.resource.Member;
import io.scimitar.core.resource.Meta;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.Schema;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.sort.SortSpec;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.ResourceUpdate;
import io.scimitar.core.spi.Storage;
import io.scimitar.core.spi.StoreCapabilities;
import io.scimitar.store.memory.MemoryStorage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Deliberately broken storages, each the correct {@link MemoryStorage} with one classic store
 * bug: what the TCK's self-test proves the suites catch.
 */
final class BrokenStorages {
  private BrokenStorages() {}

  /** The correct storage the broken ones start from. */
  static Storage correct(SchemaRegistry registry) {
    return new MemoryStorage(registry);
  }

  /**
   * Compares {@code userName} case-sensitively, so {@code bjensen} and {@code BJensen} can both
   * exist: the store was given a schema in which userName is caseExact.
   */
  static Storage caseSensitiveUserNames(SchemaRegistry registry) {
    return new MemoryStorage(withCaseExactUserName(registry));
  }

  private static SchemaRegistry withCaseExactUserName(SchemaRegistry registry) {
    SchemaRegistry.Builder builder = SchemaRegistry.builder();
    for (Schema schema : registry.schemas()) {
      builder.schema(schema.id().equals(BuiltInSchemas.USER) ? caseExactUserName(schema) : schema);
    }
    for (ResourceSchema type : registry.resourceSchemas()) {
      builder.resourceType(type.resourceType());
    }
    return builder.build();
  }

  private static Schema caseExactUserName(Schema user) {
    List<AttributeDefinition> attributes = new ArrayList<>();
    for (AttributeDefinition attribute : user.attributes()) {
      attributes.add(attribute.name().equals("userName") ? caseExact(attribute) : attribute);
    }
    return new Schema(user.id(), user.name(), user.description(), attributes);
  }

  private static AttributeDefinition caseExact(AttributeDefinition attribute) {
    return AttributeDefinition.builder(attribute.name(), attribute.type())
        .multiValued(attribute.multiValued())
        .description(attribute.description())
        .required(attribute.required())
        .canonicalValues(attribute.canonicalValues())
        .caseExact(true)
        .mutability(attribute.mutability())
        .returned(attribute.returned())
        .uniqueness(attribute.uniqueness())
        .referenceTypes(attribute.referenceTypes())
        .build();
  }

  /** Ignores the tenant: every request reads and writes one shared space. */
  static Storage sharedTenant(SchemaRegistry registry) {
    Storage correct = correct(registry);
    RequestContext everyone = RequestContext.of("everyone", "broken");
    return new WrappedStorage(correct, store -> new ForwardingResourceStore(store) {
      @Override
      public ScimResource create(RequestContext context, ScimResource resource) {
        return super.create(everyone, resource);
      }

      @Override
      public Optional<ScimResource> get(
          RequestContext context, String id, boolean membersWanted) {
        return super.get(everyone, id, membersWanted);
      }

      @Override
      public ScimResource update(RequestContext context, ResourceUpdate update) {
        return super.update(everyone, update);
      }

      @Override
      public void delete(RequestContext context, String id, String expectedVersion) {
        super.delete(everyone, id, expectedVersion);
      }

      @Override
      public QueryResult query(RequestContext context, ResourceQuery query) {
        return super.query(everyone, query);
      }
    }, (context, memberId) -> correct.memberships().groupsOf(everyone, memberId));
  }

  /**
   * Checks versions against what it reads just before writing, not against what the caller
   * expected: a stale write overwrites a newer one (check-then-write instead of
   * compare-and-set).
   */
  static Storage uncheckedVersions(SchemaRegistry registry) {
    return WrappedStorage.stores(correct(registry), store -> new ForwardingResourceStore(store) {
      @Override
      public ScimResource update(RequestContext context, ResourceUpdate update) {
        return super.update(context, new ResourceUpdate(update.resource(),
            storedVersion(delegate(), context, update.id()), update.membersIncluded(),
            update.memberChanges()));
      }

      @Override
      public void delete(RequestContext context, String id, String expectedVersion) {
        super.delete(context, id, null);
      }
    });
  }

  private static String storedVersion(ResourceStore store, RequestContext context, String id) {
    return store.get(context, id, false)
        .flatMap(ScimResource::meta)
        .map(Meta::version)
        .orElseThrow(() -> ScimException.notFound(id + " not found"));
  }

  /**
   * Applies member changes by reading the whole member list, changing it and writing it back
   * without comparing versions, so concurrent additions overwrite each other. The first two
   * member changes are made to interleave (both read before either writes), so the loss does
   * not depend on thread timing.
   */
  static Storage lostMemberUpdates(SchemaRegistry registry) {
    CyclicBarrier firstTwoWriters = new CyclicBarrier(2);
    AtomicInteger writers = new AtomicInteger();
    return WrappedStorage.stores(correct(registry), store -> new ForwardingResourceStore(store) {
      @Override
      public ScimResource update(RequestContext context, ResourceUpdate update) {
        if (update.membersIncluded()) {
          return super.update(context, update);
        }
        ScimResource current = delegate().get(context, update.id(), true)
            .orElseThrow(() -> ScimException.notFound(update.id() + " not found"));
        List<Member> members = applied(Group.fromResource(current).members(),
            update.memberChanges());
        if (writers.incrementAndGet() <= 2) {
          awaitOther(firstTwoWriters);
        }
        ScimResource whole = Group.fromResource(update.resource()).toBuilder()
            .members(members).build().toResource();
        return super.update(context, ResourceUpdate.replace(
            whole, storedVersion(delegate(), context, update.id())));
      }
    });
  }

  private static List<Member> applied(List<Member> current, List<MembershipChange> changes) {
    Map<String, Member> members = new LinkedHashMap<>();
    current.forEach(member -> members.put(member.value(), member));
    for (MembershipChange change : changes) {
      if (change instanceof MembershipChange.Add add) {
        add.members().forEach(ref -> members.putIfAbsent(ref.value(), member(ref)));
      } else if (change instanceof MembershipChange.Remove remove) {
        remove.ids().forEach(members::remove);
      } else {
        members.clear();
        if (change instanceof MembershipChange.ReplaceAll replaceAll) {
          replaceAll.members().forEach(ref -> members.put(ref.value(), member(ref)));
        }
      }
    }
    return new ArrayList<>(members.values());
  }

  private static Member member(MemberRef ref) {
    return new Member(ref.value(), ref.ref(), ref.type(), ref.display(), Map.of());
  }

  private static void awaitOther(CyclicBarrier barrier) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (BrokenBarrierException | TimeoutException e) {
      // No second writer came: go on alone.
    }
  }

  /**
   * Pages in an order that differs from call to call (no stable order, no tie-break by id), so
   * index paging repeats some resources and skips others. Declares no cursor paging.
   */
  static Storage unstablePageOrder(SchemaRegistry registry) {
    AtomicInteger calls = new AtomicInteger();
    return WrappedStorage.stores(correct(registry), store -> new ForwardingResourceStore(store) {
      @Override
      public StoreCapabilities capabilities() {
        StoreCapabilities correct = super.capabilities();
        return new StoreCapabilities() {
          @Override
          public boolean canFilter(Filter filter) {
            return correct.canFilter(filter);
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
      }

      @Override
      public QueryResult query(RequestContext context, ResourceQuery query) {
        PageRequest.Index page = (PageRequest.Index) query.page();
        QueryResult all = super.query(context, new ResourceQuery(query.filter(), null,
            new PageRequest.Index(1, Integer.MAX_VALUE), query.membersWanted()));
        List<ScimResource> shuffled = new ArrayList<>(all.resources());
        Collections.shuffle(shuffled, new Random(calls.incrementAndGet()));
        int from = Math.min(shuffled.size(), page.startIndex() - 1);
        int to = (int) Math.min(shuffled.size(), (long) from + page.count());
        return QueryResult.of(shuffled.subList(from, to), all.totalResults());
      }
    });
  }
}

package io.scimitar.store.memory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.bulk.BulkProcessor;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.event.ChangeEvent;
import io.scimitar.core.event.ChangeKind;
import io.scimitar.core.event.EventDispatcher;
import io.scimitar.core.event.EventLog;
import io.scimitar.core.json.ScimJson;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.AttributeSelection;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.spi.MembershipReader;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.ResourceUpdate;
import io.scimitar.core.spi.Storage;
import io.scimitar.core.spi.StoreCapabilities;
import io.scimitar.store.memory.MemoryStorage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The change events the service records over the in-memory store, read from its event log. */
class ChangeEventsTest {
  private static final ScimJson JSON = ScimJson.withDefaults();
  private static final String BASE = "https://example.test/scim/v2";
  private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
  private static final String PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  private final SchemaRegistry registry = SchemaRegistry.defaults();
  private final ScimService service =
      new ScimService(registry, new MemoryStorage(registry), ServiceConfig.defaults());
  private final ScimCall call = new ScimCall(
      new RequestContext("acme", "key-1", "Okta SCIM Client 1.0.0", "okta"), BASE);

  private static ObjectNode json(String text) {
    return JSON.readObject(text.replace('\'', '"'));
  }

  private String createUser(String userName) {
    return service.create(call, "User", json("{'schemas':['" + USER + "'],'userName':'"
        + userName + "','name':{'givenName':'Barbara'},'active':true}"),
        AttributeSelection.DEFAULT).body().path("id").asText();
  }

  private String createGroup(String name, String... members) {
    StringBuilder list = new StringBuilder();
    for (String member : members) {
      list.append(list.length() == 0 ? "" : ",").append("{'value':'").append(member).append("'}");
    }
    return service.create(call, "Group", json("{'schemas':['" + GROUP + "'],'displayName':'"
        + name + "','members':[" + list + "]}"), AttributeSelection.DEFAULT)
        .body().path("id").asText();
  }

  private void patch(String type, String id, String operations) {
    service.patch(call, type, id, json("{'schemas':['" + PATCH + "'],'Operations':["
        + operations + "]}"), null, AttributeSelection.DEFAULT);
  }

  private List<ChangeEvent> events() {
    return service.eventLog().readAfter(0, 10_000);
  }

  private ChangeEvent last() {
    List<ChangeEvent> all = events();
    return all.get(all.size() - 1);
  }

  @Test
  void aCreateIsOneEventWithItsContextAndAttributes() {
    String id = createUser("bjensen");
    ChangeEvent event = last();
    assertThat(events()).hasSize(1);
    assertThat(event.kind()).isEqualTo(ChangeKind.CREATE);
    assertThat(event.sequence()).isPositive();
    assertThat(event.tenantId()).isEqualTo("acme");
    assertThat(event.resourceType()).isEqualTo("User");
    assertThat(event.resourceId()).isEqualTo(id);
    assertThat(event.version()).isEqualTo("1");
    assertThat(event.actor()).isEqualTo("key-1");
    assertThat(event.userAgent()).isEqualTo("Okta SCIM Client 1.0.0");
    assertThat(event.provisioningDomain()).isEqualTo("okta");
    assertThat(event.changedAttributes()).containsExactly("userName", "name.givenName", "active");
  }

  @Test
  void patchReplaceAndDeleteNameWhatChangedAtTheirVersions() {
    String id = createUser("bjensen");
    patch("User", id, "{'op':'replace','path':'name.givenName','value':'Babs'}");
    assertThat(last().kind()).isEqualTo(ChangeKind.PATCH);
    assertThat(last().version()).isEqualTo("2");
    assertThat(last().changedAttributes()).containsExactly("name.givenName");

    service.replace(call, "User", id, json("{'schemas':['" + USER + "'],'userName':'bjensen',"
        + "'name':{'givenName':'Babs'},'active':true,'title':'CTO'}"), null,
        AttributeSelection.DEFAULT);
    assertThat(last().kind()).isEqualTo(ChangeKind.REPLACE);
    assertThat(last().version()).isEqualTo("3");
    assertThat(last().changedAttributes()).containsExactly("title");

    service.delete(call, "User", id, null);
    assertThat(last().kind()).isEqualTo(ChangeKind.DELETE);
    assertThat(last().version()).isEqualTo("3");
    assertThat(events()).extracting(ChangeEvent::sequence).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void changingActiveIsAnActivationEventOfItsOwn() {
    String id = createUser("bjensen");
    patch("User", id, "{'op':'replace','path':'active','value':false}");
    assertThat(last().kind()).isEqualTo(ChangeKind.DEACTIVATE);
    assertThat(last().changedAttributes()).containsExactly("active");
    patch("User", id, "{'op':'replace','value':{'active':true,'title':'back'}}");
    assertThat(last().kind()).isEqualTo(ChangeKind.ACTIVATE);
    assertThat(last().changedAttributes()).containsExactlyInAnyOrder("active", "title");
    assertThat(events()).hasSize(3);
  }

  @Test
  void groupEventsNameTheMembersReallyAddedAndRemoved() {
    String alice = createUser("alice");
    String bob = createUser("bob");
    String carol = createUser("carol");
    String group = createGroup("staff", alice);
    assertThat(last().membersAdded()).containsExactly(alice);

    patch("Group", group, "{'op':'add','path':'members','value':[{'value':'" + alice + "'},"
        + "{'value':'" + bob + "'}]}");
    assertThat(last().membersAdded()).containsExactly(bob);
    assertThat(last().membersRemoved()).isEmpty();
    assertThat(last().changedAttributes()).containsExactly("members");

    patch("Group", group, "{'op':'replace','path':'members','value':[{'value':'" + bob + "'},"
        + "{'value':'" + carol + "'}]}");
    assertThat(last().membersAdded()).containsExactly(carol);
    assertThat(last().membersRemoved()).containsExactly(alice);

    patch("Group", group, "{'op':'remove','path':'members[value eq \\\"" + carol + "\\\"]'}");
    assertThat(last().membersRemoved()).containsExactly(carol);
    assertThat(last().membersAdded()).isEmpty();

    service.replace(call, "Group", group, json("{'schemas':['" + GROUP + "'],"
        + "'displayName':'staff','members':[{'value':'" + alice + "'}]}"), null,
        AttributeSelection.DEFAULT);
    assertThat(last().kind()).isEqualTo(ChangeKind.REPLACE);
    assertThat(last().membersAdded()).containsExactly(alice);
    assertThat(last().membersRemoved()).containsExactly(bob);
  }

  @Test
  void failedRefusedAndEmptyWritesRecordNothing() {
    String id = createUser("bjensen");
    int before = events().size();
    assertThatThrownBy(() -> createUser("BJENSEN")).isInstanceOf(ScimException.class);
    assertThatThrownBy(() -> service.patch(call, "User", id, json("{'schemas':['" + PATCH
        + "'],'Operations':[{'op':'replace','path':'title','value':'x'}]}"), "W/\"9\"",
        AttributeSelection.DEFAULT)).isInstanceOf(ScimException.class);
    assertThatThrownBy(() -> patch("User", id, "{'op':'replace','path':'nosuch','value':1}"))
        .isInstanceOf(ScimException.class);
    assertThatThrownBy(() -> service.delete(call, "User", "missing", null))
        .isInstanceOf(ScimException.class);
    patch("User", id, "{'op':'replace','path':'userName','value':'bjensen'}");
    assertThat(events()).hasSize(before);
  }

  @Test
  void bulkRecordsOneEventPerSuccessfulOperation() {
    String existing = createUser("taken");
    int before = events().size();
    ObjectNode result = new BulkProcessor(service).process(call, json("{'schemas':"
        + "['urn:ietf:params:scim:api:messages:2.0:BulkRequest'],'Operations':["
        + "{'method':'POST','path':'/Users','bulkId':'a','data':{'schemas':['" + USER + "'],"
        + "'userName':'first'}},"
        + "{'method':'POST','path':'/Users','bulkId':'b','data':{'schemas':['" + USER + "'],"
        + "'userName':'taken'}},"
        + "{'method':'PATCH','path':'/Users/" + existing + "','data':{'schemas':['" + PATCH
        + "'],'Operations':[{'op':'replace','path':'title','value':'boss'}]}},"
        + "{'method':'DELETE','path':'/Users/missing'}]}"));
    assertThat(result.path("Operations")).hasSize(4);
    assertThat(events().subList(before, events().size())).extracting(ChangeEvent::kind)
        .containsExactly(ChangeKind.CREATE, ChangeKind.PATCH);
  }

  @Test
  void aListenerSeesTwentyParallelPatchesAsTwentyEventsInVersionOrder() throws Exception {
    String group = createGroup("parallel");
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      users.add(createUser("user" + i));
    }
    List<ChangeEvent> heard = new CopyOnWriteArrayList<>();
    try (EventDispatcher dispatcher = EventDispatcher.builder(service.eventLog())
        .pollInterval(Duration.ofMillis(20))
        .consumer("test", event -> {
          if (event.resourceId().equals(group) && event.kind() != ChangeKind.CREATE) {
            heard.add(event);
          }
        }).build()) {
      dispatcher.start();
      ExecutorService pool = Executors.newFixedThreadPool(20);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> writes = new ArrayList<>();
      for (String user : users) {
        writes.add(pool.submit(() -> {
          go.await();
          patch("Group", group, "{'op':'add','path':'members','value':[{'value':'" + user
              + "'}]}");
          return null;
        }));
      }
      go.countDown();
      for (Future<?> write : writes) {
        write.get(30, TimeUnit.SECONDS);
      }
      pool.shutdown();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (heard.size() < 20 && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(10);
      }
    }
    assertThat(heard).hasSize(20);
    assertThat(heard).extracting(event -> Integer.parseInt(event.version()))
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(2, 21).boxed().toList());
    assertThat(heard).flatExtracting(ChangeEvent::membersAdded)
        .containsExactlyInAnyOrderElementsOf(users);
  }

  @Test
  void aThrowingListenerNeverFailsTheRequest() throws Exception {
    List<ChangeEvent> delivered = new CopyOnWriteArrayList<>();
    try (EventDispatcher dispatcher = EventDispatcher.builder(service.eventLog())
        .pollInterval(Duration.ofMillis(20)).backoff(Duration.ofMillis(10), Duration.ofMillis(20))
        .consumer("hostile", event -> {
          delivered.add(event);
          throw new IllegalStateException("listener bug");
        }).build()) {
      dispatcher.start();
      String id = createUser("bjensen");
      patch("User", id, "{'op':'replace','path':'title','value':'x'}");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (delivered.size() < 3 && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(10);
      }
    }
    assertThat(delivered).hasSizeGreaterThanOrEqualTo(3);
    assertThat(delivered).extracting(ChangeEvent::kind).containsOnly(ChangeKind.CREATE);
    assertThat(events()).hasSize(2);
  }

  @Test
  void eventsOffRecordNothing() {
    ScimService quiet = new ScimService(registry, new MemoryStorage(registry),
        ServiceConfig.builder().changeEvents(false).build());
    quiet.create(call, "User", json("{'schemas':['" + USER + "'],'userName':'x'}"),
        AttributeSelection.DEFAULT);
    assertThat(quiet.eventLog().readAfter(0, 10)).isEmpty();
  }

  @Test
  void aStorageWithoutAnEventLogStillGetsEventsInProcess() {
    MemoryStorage memory = new MemoryStorage(registry);
    Storage withoutLog = new Storage() {
      @Override
      public Optional<ResourceStore> store(String resourceType) {
        return memory.store(resourceType).map(PlainStore::new);
      }

      @Override
      public MembershipReader memberships() {
        return memory.memberships();
      }
    };
    ScimService plain = new ScimService(registry, withoutLog, ServiceConfig.defaults());
    String id = plain.create(call, "User", json("{'schemas':['" + USER + "'],'userName':'x'}"),
        AttributeSelection.DEFAULT).body().path("id").asText();
    plain.delete(call, "User", id, null);
    EventLog log = plain.eventLog();
    assertThat(log).isNotSameAs(memory.eventLog().orElseThrow());
    assertThat(log.readAfter(0, 10)).extracting(ChangeEvent::kind, ChangeEvent::version)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.CREATE, "1"),
            org.assertj.core.groups.Tuple.tuple(ChangeKind.DELETE, "1"));
    assertThat(memory.eventLog().orElseThrow().readAfter(0, 10)).isEmpty();
  }

  /** A host's store written before events: only the plain writes, so the defaults apply. */
  private record PlainStore(ResourceStore inner) implements ResourceStore {
    @Override
    public String resourceType() {
      return inner.resourceType();
    }

    @Override
    public StoreCapabilities capabilities() {
      return inner.capabilities();
    }

    @Override
    public ScimResource create(RequestContext context, ScimResource resource) {
      return inner.create(context, resource);
    }

    @Override
    public Optional<ScimResource> get(RequestContext context, String id, boolean membersWanted) {
      return inner.get(context, id, membersWanted);
    }

    @Override
    public ScimResource update(RequestContext context, ResourceUpdate update) {
      return inner.update(context, update);
    }

    @Override
    public void delete(RequestContext context, String id, String expectedVersion) {
      inner.delete(context, id, expectedVersion);
    }

    @Override
    public QueryResult query(RequestContext context, ResourceQuery query) {
      return inner.query(context, query);
    }
  }
}

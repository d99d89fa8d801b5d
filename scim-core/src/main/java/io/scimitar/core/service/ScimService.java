package io.scimitar.core.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.event.ChangeEvent;
import io.scimitar.core.event.ChangeKind;
import io.scimitar.core.event.EventLog;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.FilterParser;
import io.scimitar.core.patch.MemberListRequiredException;
import io.scimitar.core.patch.PatchRequest;
import io.scimitar.core.patch.PatchResult;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.projection.Projection;
import io.scimitar.core.resource.Meta;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.sort.SortOrder;
import io.scimitar.core.sort.SortSpec;
import io.scimitar.core.spi.GroupRef;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.ResourceUpdate;
import io.scimitar.core.spi.Storage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SCIM protocol as plain Java calls: create, get, replace, patch, delete and search for every
 * registered resource type. It validates input, applies PATCH, checks versions, maintains
 * {@code meta}, projects output and calls the stores; it knows nothing of HTTP. Thread-safe and
 * stateless beyond its configuration, so any number of replicas can share one storage.
 */
public final class ScimService {
  /** URN of list responses. */
  public static final String LIST_RESPONSE_URN =
      "urn:ietf:params:scim:api:messages:2.0:ListResponse";

  private final SchemaRegistry registry;
  private final Storage storage;
  private final ServiceConfig config;
  private final FilterParser filterParser;
  private final QueryExecutor queries;
  private final DiscoveryDocuments discovery;
  private final MemberReferences memberReferences;
  private final CatalogueReferences catalogueReferences;
  private final RepeatedCreate repeatedCreate;
  /** The endpoint of the Group type, e.g. {@code /Groups}, for {@code groups.$ref}; or null. */
  private final String groupEndpoint;
  private final Map<String, ResourceHandler> handlers = new LinkedHashMap<>();
  private final ChangeRecorder changes;

  /**
   * Creates a service over a registry and a storage that holds a store for every registered
   * resource type.
   */
  public ScimService(SchemaRegistry registry, Storage storage, ServiceConfig config) {
    this.registry = registry;
    this.storage = storage;
    this.config = config;
    this.changes = new ChangeRecorder(storage, config.changeEvents());
    this.filterParser = new FilterParser(
        config.filterLimits(), config.tolerances().unquotedFilterValues());
    this.queries = new QueryExecutor(config.maxInMemoryCandidates());
    this.repeatedCreate = new RepeatedCreate(queries);
    // Cursor paging is offered for every type: stores without it are paged in memory.
    this.discovery = new DiscoveryDocuments(registry, config, true);
    for (ResourceSchema schema : registry.resourceSchemas()) {
      String name = schema.resourceType().name();
      ResourceStore store = storage.store(name).orElseThrow(
          () -> new IllegalArgumentException("storage has no store for resource type " + name));
      handlers.put(name.toLowerCase(Locale.ROOT), new ResourceHandler(
          schema, store, config.validation(), config.tolerances(), filterParser,
          config.maxPatchOperations()));
    }
    List<ResourceStore> memberStores = new ArrayList<>();
    for (String memberType : List.of("User", "Group")) {
      registry.findResourceSchema(memberType)
          .ifPresent(type -> memberStores.add(handler(type.resourceType().name()).store()));
    }
    this.memberReferences = new MemberReferences(memberStores);
    this.catalogueReferences = CatalogueReferences.of(registry,
        handlers.values().stream().map(ResourceHandler::store).toList());
    this.groupEndpoint = registry.findResourceSchema("Group")
        .map(group -> group.resourceType().endpoint())
        .orElse(null);
  }

  /** The schemas and resource types this service serves. */
  public SchemaRegistry registry() {
    return registry;
  }

  /**
   * The log of this service's change events, to run an {@link
   * io.scimitar.core.event.EventDispatcher} over: the storage's durable log, or, for a storage
   * without one, an in-process log that the service appends to after each write returns. Empty
   * when {@link ServiceConfig#changeEvents()} is off.
   */
  public EventLog eventLog() {
    return changes.log();
  }

  /** The configuration. */
  public ServiceConfig config() {
    return config;
  }

  /** The ServiceProviderConfig document (RFC 7644 §4). */
  public ObjectNode serviceProviderConfig(ScimCall call) {
    return discovery.serviceProviderConfig(call.baseUrl());
  }

  /** Every schema, as a ListResponse (RFC 7644 §4). */
  public ObjectNode schemas(ScimCall call) {
    return discovery.schemas(call.baseUrl());
  }

  /** One schema by URN; 404 when unknown. */
  public ObjectNode schema(ScimCall call, String id) {
    return discovery.schema(call.baseUrl(), id);
  }

  /** Every resource type, as a ListResponse (RFC 7644 §4). */
  public ObjectNode resourceTypes(ScimCall call) {
    return discovery.resourceTypes(call.baseUrl());
  }

  /** One resource type by name; 404 when unknown. */
  public ObjectNode resourceType(ScimCall call, String name) {
    return discovery.resourceType(call.baseUrl(), name);
  }

  /**
   * Creates a resource from a client body (RFC 7644 §3.3). With
   * {@link ServiceConfig.RepeatedCreates#ANSWER_ORIGINAL}, a create that repeats one already
   * committed (same body, same client, refused only for its unique value) answers the resource
   * the first one made instead of 409; see {@link RepeatedCreate}.
   */
  public ResourceResponse create(
      ScimCall call, String resourceType, ObjectNode body, AttributeSelection selection) {
    ResourceHandler handler = handler(resourceType);
    handler.checkWritable();
    Projection projection = handler.projection(selection);
    ObjectNode tree = handler.validator().forCreate(body);
    catalogueReferences.checkAdded(call.context(), handler.name(), tree, null);
    if (handler.hasMembers()) {
      memberReferences.checkNew(call.context(), tree.get(ResourceHandler.MEMBERS), null);
    }
    String id = config.idGenerator().get();
    Instant now = config.clock().instant();
    tree.put(CommonAttributes.ID, id);
    ProvenanceStamp.created(handler, tree, call.context());
    ScimResource resource = ScimResource.wrap(handler.name(), tree)
        .withMeta(new Meta(handler.name(), now, now, null, Versions.FIRST));
    ScimResource stored;
    try {
      stored = changes.create(handler, call.context(), resource);
    } catch (ScimException e) {
      if (e.status() != 409
          || config.repeatedCreates() != ServiceConfig.RepeatedCreates.ANSWER_ORIGINAL) {
        throw e;
      }
      // The first create recorded its event; the repeat changes nothing and records none.
      stored = repeatedCreate.original(call.context(), handler, resource.view())
          .orElseThrow(() -> e);
    }
    return respond(call, handler, stored, projection);
  }

  /** Reads a resource (RFC 7644 §3.4.1); 404 when it does not exist in the caller's tenant. */
  public ResourceResponse get(
      ScimCall call, String resourceType, String id, AttributeSelection selection) {
    ResourceHandler handler = handler(resourceType);
    Projection projection = handler.projection(selection);
    ScimResource resource = load(call.context(), handler, id, membersWanted(handler, projection));
    return respond(call, handler, resource, projection);
  }

  /**
   * Replaces a resource (RFC 7644 §3.5.1). With {@code ifMatch} the write happens only at that
   * version (412 otherwise); without it, a write that loses a race is recomputed and retried.
   */
  public ResourceResponse replace(
      ScimCall call, String resourceType, String id, ObjectNode body, String ifMatch,
      AttributeSelection selection) {
    ResourceHandler handler = handler(resourceType);
    handler.checkWritable();
    Projection projection = handler.projection(selection);
    for (int attempt = 0; ; attempt++) {
      ScimResource current = load(call.context(), handler, id, true);
      String version = checkPrecondition(current, ifMatch);
      ObjectNode tree = handler.validator().forReplace(body, current.view());
      if (sameContent(tree, current.view())) {
        return respond(call, handler, current, projection);
      }
      catalogueReferences.checkAdded(call.context(), handler.name(), tree, current.view());
      if (handler.hasMembers()) {
        memberReferences.checkNew(call.context(), tree.get(ResourceHandler.MEMBERS),
            current.view().get(ResourceHandler.MEMBERS));
      }
      ProvenanceStamp.changed(handler, tree, current.view(), call.context());
      ScimResource next = nextVersion(handler, tree, current);
      try {
        ScimResource stored = changes.update(handler, call.context(),
            ResourceUpdate.replace(next, version), () -> ChangeDescriptions.replaced(
                handler, call.context(), current, next, ChangeKind.REPLACE));
        return respond(call, handler, stored, projection);
      } catch (ScimException e) {
        rethrowUnlessRetryable(e, ifMatch, attempt);
      }
    }
  }

  /**
   * Applies a PATCH request (RFC 7644 §3.5.2) atomically. Group membership changes reach the
   * store as member-level changes; an unchanged resource keeps its version.
   */
  public ResourceResponse patch(
      ScimCall call, String resourceType, String id, ObjectNode body, String ifMatch,
      AttributeSelection selection) {
    ResourceHandler handler = handler(resourceType);
    handler.checkWritable();
    Projection projection = handler.projection(selection);
    PatchRequest request = handler.patchReader().read(body);
    // A group is first patched without loading its members; the engine asks for them only
    // when an operation cannot be expressed as member-level changes.
    boolean membersLoaded = !handler.hasMembers();
    for (int attempt = 0; ; attempt++) {
      ScimResource current = load(call.context(), handler, id, membersLoaded);
      String version = checkPrecondition(current, ifMatch);
      PatchResult result;
      try {
        result = handler.patchEngine().apply(current.view(), request, membersLoaded);
      } catch (MemberListRequiredException e) {
        membersLoaded = true;
        continue;
      }
      if (!result.changed()) {
        return respondAfterWrite(call, handler, current, projection, selection);
      }
      catalogueReferences.checkAdded(
          call.context(), handler.name(), result.resource(), current.view());
      if (handler.hasMembers()) {
        memberReferences.checkAdded(call.context(), result.membershipChanges());
      }
      ProvenanceStamp.changed(handler, result.resource(), current.view(), call.context());
      ScimResource next = nextVersion(handler, result.resource(), current);
      ResourceUpdate update = membersLoaded
          ? ResourceUpdate.replace(next, version)
          : new ResourceUpdate(next, version, false, result.membershipChanges());
      ScimResource before = current;
      boolean whole = membersLoaded;
      try {
        ScimResource stored = changes.update(handler, call.context(), update, () -> whole
            ? ChangeDescriptions.replaced(handler, call.context(), before, next, ChangeKind.PATCH)
            : ChangeDescriptions.patchedMembers(
                handler, call.context(), before, next, result.membershipChanges()));
        return respondAfterWrite(call, handler, stored, projection, selection);
      } catch (ScimException e) {
        rethrowUnlessRetryable(e, ifMatch, attempt);
      }
    }
  }

  /** Deletes a resource (RFC 7644 §3.6), at the {@code ifMatch} version when one is given. */
  public void delete(ScimCall call, String resourceType, String id, String ifMatch) {
    ResourceHandler handler = handler(resourceType);
    handler.checkWritable();
    for (int attempt = 0; ; attempt++) {
      String expected = null;
      if (ifMatch != null || changes.needsDeletedVersion()) {
        // An in-process event log learns the deleted version only from the service, so the
        // delete is made conditional on the version read and retried if it loses a race.
        expected = checkPrecondition(load(call.context(), handler, id, false), ifMatch);
      }
      ChangeEvent event = ChangeDescriptions.deleted(handler, call.context(), id,
          expected == null ? "" : expected, config.clock().instant());
      try {
        changes.delete(handler, call.context(), id, expected, event);
        return;
      } catch (ScimException e) {
        rethrowUnlessRetryable(e, ifMatch, attempt);
      }
    }
  }

  /** Searches one resource type (RFC 7644 §3.4.2), answering a ListResponse. */
  public ObjectNode search(ScimCall call, String resourceType, SearchRequest request) {
    ResourceHandler handler = handler(resourceType);
    Projection projection = handler.projection(
        new AttributeSelection(request.attributes(), request.excludedAttributes()));
    Filter filter = request.filter() == null || request.filter().isBlank()
        ? null
        : handler.evaluator().resolve(filterParser.parse(request.filter()));
    SortSpec sort = request.sortBy() == null || request.sortBy().isBlank()
        ? null
        : canonicalSort(handler, request);
    PageRequest page = pageRequest(request);
    QueryResult result = queries.execute(
        call.context(), handler, filter, sort, page, membersWanted(handler, projection));
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putArray("schemas").add(LIST_RESPONSE_URN);
    body.put("totalResults", result.totalResults());
    if (page instanceof PageRequest.Index index) {
      body.put("startIndex", index.startIndex());
    }
    body.put("itemsPerPage", result.resources().size());
    if (result.nextCursor() != null) {
      body.put("nextCursor", result.nextCursor());
    }
    if (result.previousCursor() != null) {
      body.put("previousCursor", result.previousCursor());
    }
    ArrayNode resources = body.putArray("Resources");
    for (ScimResource resource : result.resources()) {
      resources.add(render(call, handler, resource, projection));
    }
    return body;
  }

  /** The requested sort with its path spelled as the schema does; 400 when it cannot sort. */
  private static SortSpec canonicalSort(ResourceHandler handler, SearchRequest request) {
    SortSpec requested = new SortSpec(
        AttributePath.parse(request.sortBy()), SortOrder.fromParameter(request.sortOrder()));
    handler.sorter().comparator(requested);
    AttributePath canonical =
        ResolvedPath.resolve(requested.sortBy(), handler.schema()).orElseThrow().path();
    return new SortSpec(canonical, requested.order());
  }

  private PageRequest pageRequest(SearchRequest request) {
    int count = request.count() == null ? config.defaultPageSize()
        : Math.min(Math.max(0, request.count()), config.maxPageSize());
    if (request.cursor() != null) {
      if (request.startIndex() != null) {
        throw ScimException.invalidValue("startIndex and cursor cannot be used together");
      }
      // Later pages of a walk count again only when so configured; see CursorWalk.
      return new PageRequest.Cursor(request.cursor().isEmpty() ? null : request.cursor(), count,
          config.cursorTotals() == ServiceConfig.CursorTotals.EVERY_PAGE);
    }
    int startIndex = request.startIndex() == null ? 1 : Math.max(1, request.startIndex());
    return new PageRequest.Index(startIndex, count);
  }

  private ResourceHandler handler(String resourceType) {
    ResourceHandler handler = handlers.get(resourceType.toLowerCase(Locale.ROOT));
    if (handler == null) {
      throw ScimException.notFound("unknown resource type '" + resourceType + "'");
    }
    return handler;
  }

  private static boolean membersWanted(ResourceHandler handler, Projection projection) {
    return handler.hasMembers() && projection.includes(AttributePath.of(ResourceHandler.MEMBERS));
  }

  private static ScimResource load(
      RequestContext context, ResourceHandler handler, String id, boolean membersWanted) {
    return handler.store().get(context, id, membersWanted)
        .orElseThrow(() -> ScimException.notFound(
            handler.name() + " '" + id + "' not found"));
  }

  private static String checkPrecondition(ScimResource current, String ifMatch) {
    String version = current.meta().orElseThrow(
        () -> new IllegalStateException("stored resource without meta: " + current)).version();
    if (ifMatch != null && !ETags.matches(ifMatch, version)) {
      throw ScimException.preconditionFailed(
          "resource is at version W/\"" + version + "\", not " + ifMatch);
    }
    return version;
  }

  private void rethrowUnlessRetryable(ScimException e, String ifMatch, int attempt) {
    if (e.status() != 412 || ifMatch != null || attempt >= config.writeRetries()) {
      throw e;
    }
  }

  /** Whether two canonical trees hold the same attributes, ignoring metadata. */
  private static boolean sameContent(ObjectNode candidate, ObjectNode current) {
    ObjectNode a = candidate.deepCopy();
    ObjectNode b = current.deepCopy();
    a.remove(CommonAttributes.META);
    b.remove(CommonAttributes.META);
    return a.equals(b);
  }

  private ScimResource nextVersion(ResourceHandler handler, ObjectNode tree, ScimResource current) {
    Meta meta = current.meta().orElseThrow();
    Meta next = new Meta(handler.name(), meta.created(), config.clock().instant(), null,
        Versions.next(meta.version()));
    return ScimResource.wrap(handler.name(), tree).withMeta(next);
  }

  /**
   * The answer to a PATCH. A resource with members (a group) answers 204 No Content unless the
   * client selected attributes, so adding one member never sends back 100,000 (Entra ID asks
   * for exactly this); other resources answer 200 with the resource, as RFC 7644 §3.5.2 allows.
   */
  private ResourceResponse respondAfterWrite(
      ScimCall call, ResourceHandler handler, ScimResource stored, Projection projection,
      AttributeSelection selection) {
    if (!handler.hasMembers()) {
      return respond(call, handler, stored, projection);
    }
    if (selection.attributes() == null && selection.excludedAttributes() == null) {
      return ResourceResponse.withoutBody(
          stored.meta().orElseThrow().withLocation(location(call, handler, stored)));
    }
    ScimResource whole = membersWanted(handler, projection)
        ? load(call.context(), handler, stored.id().orElseThrow(), true)
        : stored;
    return respond(call, handler, whole, projection);
  }

  private ResourceResponse respond(
      ScimCall call, ResourceHandler handler, ScimResource resource, Projection projection) {
    String location = location(call, handler, resource);
    Meta meta = resource.meta().orElseThrow().withLocation(location);
    return ResourceResponse.withBody(resource,
        servedMembers(call, handler, resource, projection, location), projection, meta);
  }

  private ObjectNode render(
      ScimCall call, ResourceHandler handler, ScimResource resource, Projection projection) {
    return projection.apply(resource.view(), servedMembers(
        call, handler, resource, projection, location(call, handler, resource)));
  }

  /**
   * What the service shows in place of stored members when it answers: {@code meta} with its
   * {@code location}, and {@code groups} (null when the resource is in none) when shown.
   */
  private Map<String, JsonNode> servedMembers(ScimCall call, ResourceHandler handler,
      ScimResource resource, Projection projection, String location) {
    Map<String, JsonNode> served = new LinkedHashMap<>(4);
    ObjectNode meta = resource.metaAt(location);
    if (meta != null) {
      served.put(CommonAttributes.META, meta);
    }
    if (handler.showsGroups(projection)) {
      served.put(ResourceHandler.GROUPS, groups(call, resource.id().orElseThrow()));
    }
    return served;
  }

  /** The {@code groups} of a member, or null when it is in none. */
  private ArrayNode groups(ScimCall call, String memberId) {
    List<GroupRef> groups = storage.memberships().groupsOf(call.context(), memberId);
    if (groups.isEmpty()) {
      return null;
    }
    String groupsEndpoint = groupEndpoint == null ? null : call.baseUrl() + groupEndpoint + "/";
    ArrayNode array = JsonNodeFactory.instance.arrayNode(groups.size());
    for (GroupRef group : groups) {
      ObjectNode entry = array.addObject().put("value", group.id());
      if (groupsEndpoint != null) {
        entry.put("$ref", groupsEndpoint + group.id());
      }
      if (group.display() != null) {
        entry.put("display", group.display());
      }
      entry.put("type", "direct");
    }
    return array;
  }

  private static String location(ScimCall call, ResourceHandler handler, ScimResource resource) {
    return call.baseUrl() + handler.schema().resourceType().endpoint() + "/"
        + resource.id().orElseThrow();
  }
}

package io.scimitar.core.bulk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.service.AttributeSelection;
import io.scimitar.core.service.ResourceResponse;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs bulk requests (RFC 7644 §3.7) through a {@link ScimService}.
 *
 * <ul>
 *   <li>A request over {@code maxOperations} fails as a whole with 413; one that is not a
 *       BulkRequest, or names a POST {@code bulkId} twice, with 400.
 *   <li>Operations run one by one in request order, except that the POST creating a
 *       {@code bulkId} runs before the first operation that refers to it ({@code "bulkId:x"} as
 *       any string value of the data, such as a group member's {@code value}, or as a path
 *       segment).
 *   <li>Circular references (group A has member B, B has member A) are resolved as RFC 7644
 *       §3.7.1 asks: a POST on a cycle is created without the values that refer to resources not
 *       created yet, and completed by a PATCH {@code add} once they exist. If that completion
 *       fails, the resource is deleted again and its operation answers 409 (Conflict).
 *   <li>A reference that cannot be resolved fails its operation with 409: a bulkId no POST of
 *       the request defines, or one whose POST failed.
 *   <li>A failed operation does not stop the others until {@code failOnErrors} errors have
 *       happened; then processing stops and the response holds the operations that ran.
 *   <li>Results are listed in request order, each with {@code status}, {@code location} (except
 *       for a failed POST), {@code version} on success and a SCIM error {@code response} on
 *       failure.
 * </ul>
 *
 * <p>Operations are not atomic as a whole: each one commits on its own, as RFC 7644 describes.
 */
public final class BulkProcessor {
  /** URN of bulk responses. */
  public static final String BULK_RESPONSE_URN =
      "urn:ietf:params:scim:api:messages:2.0:BulkResponse";

  private static final Logger LOG = LoggerFactory.getLogger(BulkProcessor.class);

  private final ScimService service;

  /** A processor that runs operations through {@code service}. */
  public BulkProcessor(ScimService service) {
    this.service = service;
  }

  /** Runs a BulkRequest body and answers the BulkResponse body (sent with HTTP 200). */
  public ObjectNode process(ScimCall call, ObjectNode body) {
    BulkRequest request = BulkRequest.read(body, service.config().maxBulkOperations());
    Map<Integer, Set<String>> references = new HashMap<>();
    Map<String, Integer> creators = new HashMap<>();
    for (BulkOperation operation : request.operations()) {
      references.put(operation.index(), BulkReferences.of(operation));
      if (operation.method() == BulkMethod.POST && operation.bulkId() != null) {
        creators.put(operation.bulkId(), operation.index());
      }
    }
    BulkPlan plan = BulkPlan.of(request.operations(), references, creators);
    Run run = new Run(call, plan, references, creators);
    for (BulkOperation operation : plan.order()) {
      if (request.failOnErrors() != null && run.errors >= request.failOnErrors()) {
        break;
      }
      run.record(run.execute(operation));
    }
    run.completeDeferred();
    return response(run.results);
  }

  private static ObjectNode response(SortedMap<Integer, BulkResult> results) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putArray("schemas").add(BULK_RESPONSE_URN);
    ArrayNode array = body.putArray("Operations");
    results.values().forEach(result -> array.add(result.toJson()));
    return body;
  }

  /** A POST on a cycle that was created without some values and still has to get them. */
  private record Pending(BulkOperation operation, BulkTarget target, String id,
      BulkDeferral deferral) {}

  /** The state of one bulk request while it runs. */
  private final class Run {
    private final ScimCall call;
    private final BulkPlan plan;
    private final Map<Integer, Set<String>> references;
    private final Map<String, Integer> creators;
    private final Map<String, String> createdIds = new HashMap<>();
    private final Set<String> failedBulkIds = new HashSet<>();
    private final SortedMap<Integer, BulkResult> results = new TreeMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private int errors;

    Run(ScimCall call, BulkPlan plan, Map<Integer, Set<String>> references,
        Map<String, Integer> creators) {
      this.call = call;
      this.plan = plan;
      this.references = references;
      this.creators = creators;
    }

    void record(BulkResult result) {
      BulkResult previous = results.put(result.operation().index(), result);
      String bulkId = result.operation().bulkId();
      if (result.failed() && (previous == null || !previous.failed())) {
        errors++;
        if (bulkId != null) {
          failedBulkIds.add(bulkId);
        }
      }
    }

    BulkResult execute(BulkOperation operation) {
      if (operation.invalid() != null) {
        return BulkResult.failure(operation, null, operation.invalid());
      }
      Set<String> notYetCreated = new LinkedHashSet<>();
      for (String reference : references.get(operation.index())) {
        if (createdIds.containsKey(reference)) {
          continue;
        }
        if (!awaitedOnCycle(operation, reference)) {
          return BulkResult.failure(operation, null, unresolved(reference));
        }
        notYetCreated.add(reference);
      }
      String path = BulkReferences.resolvePath(operation.path(), createdIds);
      String location = operation.method() == BulkMethod.POST ? null : call.baseUrl() + path;
      try {
        return notYetCreated.isEmpty()
            ? run(operation, path, location)
            : createDeferring(operation, path, notYetCreated);
      } catch (ScimException e) {
        return BulkResult.failure(operation, location, e);
      } catch (RuntimeException e) {
        return BulkResult.failure(operation, location, internalError(operation, e));
      }
    }

    /**
     * Whether {@code operation} may be created before {@code reference} exists: both are on the
     * same cycle and the reference's POST is still to run.
     */
    private boolean awaitedOnCycle(BulkOperation operation, String reference) {
      Integer creator = creators.get(reference);
      return operation.method() == BulkMethod.POST
          && creator != null
          && plan.cycles().containsKey(operation.index())
          && plan.cycles().containsKey(creator)
          && !results.containsKey(creator)
          && !BulkReferences.inPath(operation.path(), reference);
    }

    private BulkResult createDeferring(
        BulkOperation operation, String path, Set<String> notYetCreated) {
      BulkTarget target = BulkTarget.parse(path, service.registry());
      target.requireCollection(operation.method());
      BulkDeferral deferral = BulkDeferral.split(
          BulkReferences.resolveData(operation.data(), createdIds), notYetCreated);
      ResourceResponse created = service.create(
          call, target.resourceType(), deferral.kept(), AttributeSelection.DEFAULT);
      String id = created.body().path("id").asText();
      createdIds.put(operation.bulkId(), id);
      pending.add(new Pending(operation, target, id, deferral));
      return BulkResult.success(operation, 201, created.meta().location(), created.meta().etag());
    }

    /** Completes the POSTs of cycles, now that the resources they refer to exist (or failed). */
    void completeDeferred() {
      for (Pending deferred : pending) {
        BulkOperation operation = deferred.operation();
        String type = deferred.target().resourceType();
        try {
          for (String reference : references.get(operation.index())) {
            if (!createdIds.containsKey(reference) || failedBulkIds.contains(reference)) {
              throw new ScimException(409, null, "circular bulkId references "
                  + plan.cycles().get(operation.index()) + " cannot be resolved: "
                  + unresolved(reference).detail());
            }
          }
          ResourceResponse completed = service.patch(call, type, deferred.id(),
              deferred.deferral().patch(createdIds), null, AttributeSelection.DEFAULT);
          record(BulkResult.success(operation, 201, completed.meta().location(),
              completed.meta().etag()));
        } catch (ScimException e) {
          undo(type, deferred.id());
          record(BulkResult.failure(operation, null, e.status() == 409 ? e
              : new ScimException(409, null, "circular bulkId references "
                  + plan.cycles().get(operation.index()) + " cannot be resolved: "
                  + e.detail())));
        } catch (RuntimeException e) {
          undo(type, deferred.id());
          record(BulkResult.failure(operation, null, internalError(operation, e)));
        }
      }
    }

    /** Deletes a resource created for a cycle that could not be completed. */
    private void undo(String type, String id) {
      try {
        service.delete(call, type, id, null);
      } catch (RuntimeException e) {
        LOG.warn("could not delete incomplete bulk resource {} {}", type, id, e);
      }
    }

    private ScimException unresolved(String reference) {
      if (failedBulkIds.contains(reference)) {
        return new ScimException(409, null, "bulkId '" + reference
            + "' cannot be resolved: the operation that creates it failed");
      }
      if (!creators.containsKey(reference)) {
        return new ScimException(409, null, "bulkId '" + reference
            + "' cannot be resolved: no POST operation in this request has that bulkId");
      }
      // The creating POST was skipped because processing stopped; it never ran.
      return new ScimException(409, null,
          "bulkId '" + reference + "' cannot be resolved: its operation did not run");
    }

    private ScimException internalError(BulkOperation operation, RuntimeException e) {
      String correlationId = UUID.randomUUID().toString();
      LOG.error("bulk operation {} ({}) failed unexpectedly [correlationId={}]",
          operation.index() + 1, operation.method(), correlationId, e);
      return new ScimException(500, null,
          "internal server error (correlation id " + correlationId + ")");
    }

    private BulkResult run(BulkOperation operation, String path, String location) {
      BulkTarget target = BulkTarget.parse(path, service.registry());
      switch (operation.method()) {
        case POST -> {
          target.requireCollection(operation.method());
          ResourceResponse created = service.create(call, target.resourceType(),
              BulkReferences.resolveData(operation.data(), createdIds), AttributeSelection.DEFAULT);
          if (operation.bulkId() != null) {
            createdIds.put(operation.bulkId(), created.body().path("id").asText());
          }
          return BulkResult.success(
              operation, 201, created.meta().location(), created.meta().etag());
        }
        case PUT -> {
          ResourceResponse replaced = service.replace(call, target.resourceType(),
              target.requireId(operation.method()),
              BulkReferences.resolveData(operation.data(), createdIds), operation.version(),
              AttributeSelection.DEFAULT);
          return BulkResult.success(operation, 200, location, replaced.meta().etag());
        }
        case PATCH -> {
          ResourceResponse patched = service.patch(call, target.resourceType(),
              target.requireId(operation.method()),
              BulkReferences.resolveData(operation.data(), createdIds), operation.version(),
              AttributeSelection.DEFAULT);
          return BulkResult.success(
              operation, patched.hasBody() ? 200 : 204, location, patched.meta().etag());
        }
        case DELETE -> {
          service.delete(call, target.resourceType(), target.requireId(operation.method()),
              operation.version());
          return BulkResult.success(operation, 204, location, null);
        }
        default -> throw new IllegalStateException("unhandled bulk method " + operation.method());
      }
    }
  }
}

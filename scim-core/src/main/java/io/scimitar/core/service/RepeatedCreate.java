package io.scimitar.core.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.filter.ComparisonOperator;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.Literal;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.AttributeType;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.schema.Uniqueness;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.RequestContext;
import java.util.List;
import java.util.Optional;

/**
 * Recognises a create that repeats one already committed, as a client sends it when the answer
 * to its first POST was lost (Okta retries a POST that timed out): when the store refuses the
 * create for a unique value, and the resource holding that value has exactly the attributes the
 * create would have written (the same client, by its provenance, and the same body), that
 * resource is the answer, and no second resource is made. Anything else that collides, such as a
 * different body or a resource changed since, stays 409 {@code uniqueness}.
 */
final class RepeatedCreate {
  private final QueryExecutor queries;

  RepeatedCreate(QueryExecutor queries) {
    this.queries = queries;
  }

  /**
   * The stored resource that {@code candidate} (a create refused for a unique value, with its
   * new id) repeats, if one does.
   */
  Optional<ScimResource> original(
      RequestContext context, ResourceHandler handler, ObjectNode candidate) {
    Optional<Filter> holder = uniqueValueTest(handler, candidate);
    if (holder.isEmpty()) {
      return Optional.empty();
    }
    QueryResult found = queries.execute(context, handler,
        handler.evaluator().resolve(holder.get()), null, new PageRequest.Index(1, 2),
        handler.hasMembers());
    List<ScimResource> holders = found.resources();
    if (holders.size() != 1 || !sameAttributes(candidate, holders.get(0).view())) {
      return Optional.empty();
    }
    return Optional.of(holders.get(0));
  }

  /** {@code attr eq "value"} for the first top-level unique text attribute the candidate sets. */
  private static Optional<Filter> uniqueValueTest(ResourceHandler handler, ObjectNode candidate) {
    for (AttributeDefinition attribute : handler.schema().coreSchema().attributes()) {
      JsonNode value = candidate.get(attribute.name());
      if (attribute.uniqueness() != Uniqueness.NONE && !attribute.multiValued()
          && attribute.type() == AttributeType.STRING && value != null && value.isTextual()) {
        return Optional.of(new Filter.Comparison(AttributePath.of(attribute.name()),
            ComparisonOperator.EQ, new Literal.Text(value.asText())));
      }
    }
    return Optional.empty();
  }

  /** Equal apart from what the server assigns on every create: id and meta. */
  private static boolean sameAttributes(ObjectNode candidate, ObjectNode stored) {
    ObjectNode a = candidate.deepCopy();
    ObjectNode b = stored.deepCopy();
    for (String assigned : List.of(CommonAttributes.ID, CommonAttributes.META)) {
      a.remove(assigned);
      b.remove(assigned);
    }
    b.remove(ResourceHandler.GROUPS);
    return a.equals(b);
  }
}

package io.scimitar.benchmarks;

import de.captaingoldfish.scim.sdk.common.constants.enums.SortOrder;
import de.captaingoldfish.scim.sdk.common.resources.User;
import de.captaingoldfish.scim.sdk.common.schemas.SchemaAttribute;
import de.captaingoldfish.scim.sdk.common.utils.JsonHelper;
import de.captaingoldfish.scim.sdk.server.endpoints.Context;
import de.captaingoldfish.scim.sdk.server.endpoints.ResourceHandler;
import de.captaingoldfish.scim.sdk.server.filter.FilterNode;
import de.captaingoldfish.scim.sdk.server.response.PartialListResponse;
import java.util.List;

/**
 * The smallest user store the Goldfish SDK's PATCH handler can load a resource from: it holds
 * one user and hands out a fresh copy on every read, since the PATCH handler edits what it gets.
 * Writes are not needed by the benchmarks.
 */
final class GoldfishUserHandler extends ResourceHandler<User> {
  private User stored;

  void store(User user) {
    stored = user;
  }

  @Override
  public User getResource(String id, List<SchemaAttribute> attributes,
      List<SchemaAttribute> excludedAttributes, Context context) {
    return JsonHelper.copyResourceToObject(stored.deepCopy(), User.class);
  }

  @Override
  public User createResource(User resource, Context context) {
    throw new UnsupportedOperationException("not used by the benchmarks");
  }

  @Override
  public PartialListResponse<User> listResources(long startIndex, int count, FilterNode filter,
      SchemaAttribute sortBy, SortOrder sortOrder, List<SchemaAttribute> attributes,
      List<SchemaAttribute> excludedAttributes, Context context) {
    throw new UnsupportedOperationException("not used by the benchmarks");
  }

  @Override
  public User updateResource(User resource, Context context) {
    throw new UnsupportedOperationException("not used by the benchmarks");
  }

  @Override
  public void deleteResource(String id, Context context) {
    throw new UnsupportedOperationException("not used by the benchmarks");
  }
}

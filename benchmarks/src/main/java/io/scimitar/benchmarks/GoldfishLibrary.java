package io.scimitar.benchmarks;

import de.captaingoldfish.scim.sdk.common.request.PatchOpRequest;
import de.captaingoldfish.scim.sdk.common.resources.ServiceProvider;
import de.captaingoldfish.scim.sdk.common.resources.User;
import de.captaingoldfish.scim.sdk.common.resources.base.ScimObjectNode;
import de.captaingoldfish.scim.sdk.common.resources.complex.FilterConfig;
import de.captaingoldfish.scim.sdk.common.resources.complex.PatchConfig;
import de.captaingoldfish.scim.sdk.common.schemas.SchemaAttribute;
import de.captaingoldfish.scim.sdk.common.utils.JsonHelper;
import de.captaingoldfish.scim.sdk.server.endpoints.Context;
import de.captaingoldfish.scim.sdk.server.endpoints.ResourceEndpoint;
import de.captaingoldfish.scim.sdk.server.endpoints.base.UserEndpointDefinition;
import de.captaingoldfish.scim.sdk.server.filter.FilterNode;
import de.captaingoldfish.scim.sdk.server.filter.resources.FilterResourceResolver;
import de.captaingoldfish.scim.sdk.server.patch.PatchRequestHandler;
import de.captaingoldfish.scim.sdk.server.schemas.ResourceType;
import de.captaingoldfish.scim.sdk.server.schemas.validation.ResponseResourceValidator;
import de.captaingoldfish.scim.sdk.server.utils.RequestUtils;
import java.util.List;

/**
 * Captain-P-Goldfish's SCIM SDK ({@code scim-sdk-server}): its built-in /Users endpoint
 * definition (User with the enterprise extension), filters parsed against that resource type,
 * in-memory filtering, its PATCH handler and its response validator (which applies
 * {@code attributes}).
 */
public final class GoldfishLibrary
    implements ScimLibrary<FilterNode, FilterNode, User, PatchOpRequest> {
  private static final int MAX_RESULTS = 100;

  private final ServiceProvider serviceProvider = ServiceProvider.builder()
      .filterConfig(FilterConfig.builder().supported(true).maxResults(MAX_RESULTS).build())
      .patchConfig(PatchConfig.builder().supported(true).build())
      .build();
  private final ResourceEndpoint endpoint = new ResourceEndpoint(serviceProvider);
  private final GoldfishUserHandler users = new GoldfishUserHandler();
  private final ResourceType userType = endpoint.registerEndpoint(new UserEndpointDefinition(users));

  @Override
  public String name() {
    return "Goldfish";
  }

  /** The service provider configuration the filter resolver needs. */
  public ServiceProvider serviceProvider() {
    return serviceProvider;
  }

  @Override
  public FilterNode parseFilter(String filter) {
    return RequestUtils.parseFilter(userType, filter);
  }

  @Override
  public FilterNode matcher(FilterNode filter) {
    return filter;
  }

  /** The SDK filters lists; a list of one answers for one resource. */
  @Override
  public boolean matches(FilterNode matcher, User resource) {
    return !FilterResourceResolver.filterResources(serviceProvider, List.of(resource), matcher)
        .isEmpty();
  }

  @Override
  public User read(String json) {
    return JsonHelper.readJsonDocument(json, User.class);
  }

  @Override
  public String write(User resource) {
    return resource.toString();
  }

  @Override
  public PatchOpRequest readPatch(String json) {
    return JsonHelper.readJsonDocument(json, PatchOpRequest.class);
  }

  /**
   * The PATCH handler loads the resource through the resource handler, which returns a copy, and
   * edits that copy.
   */
  @Override
  public User applyPatch(User resource, PatchOpRequest patch) {
    users.store(resource);
    String id = resource.getId().orElseThrow();
    PatchRequestHandler<User> handler =
        new PatchRequestHandler<>(id, users, endpoint.getPatchWorkarounds(), new Context(null));
    return handler.handlePatchRequest(patch);
  }

  @Override
  public boolean supportsProjection() {
    return true;
  }

  @Override
  public ScimObjectNode project(User resource, String attributes) {
    List<SchemaAttribute> selected = RequestUtils.getAttributes(userType, attributes);
    return new ResponseResourceValidator(serviceProvider, userType, selected, List.of(), null,
        (resourceName, resourceId) -> null).validateDocument(resource);
  }
}

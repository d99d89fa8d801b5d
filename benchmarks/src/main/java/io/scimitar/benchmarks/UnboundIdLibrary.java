package io.scimitar.benchmarks;

import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.utils.FilterEvaluator;
import com.unboundid.scim2.common.utils.JsonUtils;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;

/**
 * Ping Identity's UnboundID SCIM 2 SDK ({@code scim2-sdk-common}), which works on schema-less
 * Jackson 3 trees. Its projection ({@code ResourcePreparer}) lives in {@code scim2-sdk-server},
 * which is not served for version 6.0.0, so projection is not compared.
 */
public final class UnboundIdLibrary
    implements ScimLibrary<Filter, Filter, GenericScimResource, PatchRequest> {
  private final ObjectReader resourceReader =
      JsonUtils.getObjectReader().forType(GenericScimResource.class);
  private final ObjectReader patchReader = JsonUtils.getObjectReader().forType(PatchRequest.class);
  private final ObjectWriter writer = JsonUtils.getObjectWriter();

  @Override
  public String name() {
    return "UnboundID";
  }

  @Override
  public Filter parseFilter(String filter) throws ScimException {
    return Filter.fromString(filter);
  }

  @Override
  public Filter matcher(Filter filter) {
    return filter;
  }

  @Override
  public boolean matches(Filter matcher, GenericScimResource resource) throws ScimException {
    return FilterEvaluator.evaluate(matcher, resource.getObjectNode());
  }

  @Override
  public GenericScimResource read(String json) {
    return resourceReader.readValue(json);
  }

  @Override
  public String write(GenericScimResource resource) {
    return writer.writeValueAsString(resource);
  }

  @Override
  public PatchRequest readPatch(String json) {
    return patchReader.readValue(json);
  }

  /** {@code PatchRequest.apply} changes the resource it is given, so it gets a copy. */
  @Override
  public GenericScimResource applyPatch(GenericScimResource resource, PatchRequest patch)
      throws ScimException {
    return patch.apply(new GenericScimResource(resource.getObjectNode().deepCopy()));
  }

  @Override
  public boolean supportsProjection() {
    return false;
  }

  @Override
  public Object project(GenericScimResource resource, String attributes) {
    throw new UnsupportedOperationException(
        "UnboundID projection is in scim2-sdk-server, not served for 6.0.0");
  }
}

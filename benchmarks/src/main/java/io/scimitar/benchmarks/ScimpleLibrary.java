package io.scimitar.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.List;
import java.util.function.Predicate;
import org.apache.directory.scim.core.json.ObjectMapperFactory;
import org.apache.directory.scim.core.repository.DefaultPatchHandler;
import org.apache.directory.scim.core.schema.SchemaRegistry;
import org.apache.directory.scim.protocol.data.PatchRequest;
import org.apache.directory.scim.server.rest.ScimpleProjection;
import org.apache.directory.scim.spec.extension.EnterpriseExtension;
import org.apache.directory.scim.spec.filter.Filter;
import org.apache.directory.scim.spec.filter.FilterExpressions;
import org.apache.directory.scim.spec.filter.FilterParseException;
import org.apache.directory.scim.spec.patch.PatchOperation;
import org.apache.directory.scim.spec.resources.ScimResource;
import org.apache.directory.scim.spec.resources.ScimUser;
import org.apache.directory.scim.spec.schema.Schema;

/**
 * Apache SCIMple ({@code scim-core}, {@code scim-server}): typed POJOs read and written with its
 * own object mapper, its ANTLR filter parser, its in-memory filter predicates (built once per
 * filter, as its in-memory repositories do), its default PATCH handler and the attribute
 * selection its REST layer applies.
 */
public final class ScimpleLibrary implements
    ScimLibrary<Filter, Predicate<ScimResource>, ScimUser, List<PatchOperation>> {
  private final SchemaRegistry registry = registry();
  private final Schema userSchema = registry.getSchema(ScimUser.SCHEMA_URI);
  private final ObjectMapper mapper = ObjectMapperFactory.createObjectMapper(registry);
  private final ObjectReader userReader = mapper.readerFor(ScimUser.class);
  private final ObjectReader patchReader = mapper.readerFor(PatchRequest.class);
  private final ObjectWriter writer = mapper.writer();
  private final DefaultPatchHandler patchHandler = new DefaultPatchHandler(registry);
  private final ScimpleProjection projection = new ScimpleProjection(registry);

  private static SchemaRegistry registry() {
    SchemaRegistry registry = new SchemaRegistry();
    registry.addSchema(ScimUser.class, List.of(EnterpriseExtension.class));
    return registry;
  }

  @Override
  public String name() {
    return "SCIMple";
  }

  @Override
  public Filter parseFilter(String filter) throws FilterParseException {
    return new Filter(filter);
  }

  @Override
  public Predicate<ScimResource> matcher(Filter filter) {
    return FilterExpressions.inMemory(filter, userSchema);
  }

  @Override
  public boolean matches(Predicate<ScimResource> matcher, ScimUser resource) {
    return matcher.test(resource);
  }

  @Override
  public ScimUser read(String json) throws Exception {
    return userReader.readValue(json);
  }

  @Override
  public String write(ScimUser resource) throws Exception {
    return writer.writeValueAsString(resource);
  }

  @Override
  public List<PatchOperation> readPatch(String json) throws Exception {
    PatchRequest request = patchReader.readValue(json);
    return request.getPatchOperationList();
  }

  /** The handler works on a map copy of the resource and returns a new resource. */
  @Override
  public ScimUser applyPatch(ScimUser resource, List<PatchOperation> patch) {
    return patchHandler.apply(resource, patch);
  }

  @Override
  public boolean supportsProjection() {
    return true;
  }

  @Override
  public ScimUser project(ScimUser resource, String attributes) throws Exception {
    return projection.apply(resource, attributes);
  }
}

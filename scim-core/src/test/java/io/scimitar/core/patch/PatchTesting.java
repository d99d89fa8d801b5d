package io.scimitar.core.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.filter.FilterEvaluator;
import io.scimitar.core.filter.FilterParser;
import io.scimitar.core.json.ScimJson;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.validation.ResourceValidator;
import io.scimitar.core.validation.ValidationOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared set-up of the PATCH tests: the built-in schemas, engines, JSON helpers. */
final class PatchTesting {
  static final SchemaRegistry REGISTRY = SchemaRegistry.defaults();
  static final ResourceSchema USER = REGISTRY.resourceSchema("User");
  static final ResourceSchema GROUP = REGISTRY.resourceSchema("Group");
  static final ScimJson JSON = ScimJson.withDefaults();
  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  private PatchTesting() {}

  static PatchEngine engine(ResourceSchema schema) {
    return new PatchEngine(schema, FilterParser.withDefaults(), new FilterEvaluator(schema),
        new ResourceValidator(schema, ValidationOptions.DEFAULTS));
  }

  /** An engine with an explicit member attribute (null for none). */
  static PatchEngine engine(ResourceSchema schema, String membersAttribute) {
    return new PatchEngine(schema, FilterParser.withDefaults(), new FilterEvaluator(schema),
        new ResourceValidator(schema, ValidationOptions.DEFAULTS), membersAttribute);
  }

  static PatchRequestReader reader() {
    return new PatchRequestReader(FilterParser.withDefaults(), 1000);
  }

  static ObjectNode json(String text) {
    return JSON.readObject(text);
  }

  /** A copy of a test resource, e.g. {@code rfc7643/full-user.json}. */
  static ObjectNode resource(String name) {
    try (InputStream in = PatchTesting.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return JSON.readObject(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The PATCH request bodies of a fixture file in {@code idp/}, by id. */
  static Map<String, ObjectNode> idpBodies(String file) {
    Map<String, ObjectNode> bodies = new HashMap<>();
    try (InputStream in = PatchTesting.class.getClassLoader().getResourceAsStream("idp/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + file);
      }
      JsonNode entries = JSON.mapper().readTree(in);
      for (JsonNode entry : (ArrayNode) entries) {
        bodies.put(entry.get("id").asText(), (ObjectNode) entry.get("body"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bodies;
  }

  static PatchRequest request(String body) {
    return reader().read(json(body));
  }

  /** Applies a request with members loaded (or a resource type without members). */
  static PatchResult apply(PatchEngine engine, ObjectNode tree, PatchRequest request) {
    try {
      return engine.apply(tree, request, true);
    } catch (MemberListRequiredException e) {
      throw new AssertionError("members are loaded", e);
    }
  }

  static PatchResult apply(PatchEngine engine, ObjectNode tree, String body) {
    return apply(engine, tree, request(body));
  }

  /** Asserts a 400 with the keyword and returns its detail. */
  static String fails(ScimType type, ThrowingCallable call) {
    ScimException error = catchThrowableOfType(ScimException.class, call);
    assertThat(error).as("expected a ScimException").isNotNull();
    assertThat(error.status()).isEqualTo(400);
    assertThat(error.scimType()).contains(type);
    return error.detail();
  }
}

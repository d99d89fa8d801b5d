package io.scimitar.core.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.json.ScimJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The RFC 7643 §8 examples in {@code src/test/resources/rfc7643}, read as a client's would be. */
public final class RfcExamples {
  public static final ScimJson JSON = ScimJson.withDefaults();
  public static final String MINIMAL_USER = "minimal-user.json";
  public static final String FULL_USER = "full-user.json";
  public static final String ENTERPRISE_USER = "enterprise-user.json";
  public static final String GROUP = "group.json";
  public static final String SERVICE_PROVIDER_CONFIG = "service-provider-config.json";
  public static final String RESOURCE_TYPES = "resource-types.json";

  /** The three User examples (§8.1, §8.2, §8.3). */
  public static final List<String> USERS = List.of(MINIMAL_USER, FULL_USER, ENTERPRISE_USER);

  private RfcExamples() {}

  /** An example that is a JSON object, parsed with {@link ScimJson}. */
  public static ObjectNode object(String file) {
    return JSON.readObject(bytes(file));
  }

  /** Any example, parsed with the same mapper (the resource types example is an array). */
  public static JsonNode tree(String file) {
    try {
      return JSON.mapper().readTree(bytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The raw bytes of an example. */
  public static byte[] bytes(String file) {
    try (InputStream in = RfcExamples.class.getResourceAsStream("/rfc7643/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource rfc7643/" + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

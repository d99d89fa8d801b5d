package io.scimitar.jaxrs;

import io.scimitar.core.schema.SchemaRegistry;
import java.util.Set;

/**
 * The template of a request path for logs: endpoint names are kept, ids and anything unknown are
 * replaced by placeholders, so logs carry no identifiers or client-chosen text. Public for hosts
 * that label metrics the same way (a bounded set of values: the registry's endpoints, the fixed
 * endpoints and placeholders).
 */
public final class PathTemplates {
  private static final Set<String> FIXED = Set.of(
      "ServiceProviderConfig", "Schemas", "ResourceTypes", "Bulk", "Me", ".search");

  private final SchemaRegistry registry;

  /** Templates over the endpoints of {@code registry}. */
  public PathTemplates(SchemaRegistry registry) {
    this.registry = registry;
  }

  /** The template of a path relative to the base URI, e.g. {@code /Users/{id}}. */
  public String of(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    if (trimmed.isEmpty()) {
      return "/";
    }
    String[] segments = trimmed.split("/", -1);
    StringBuilder template = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      template.append('/').append(placeholder(i, segments[i]));
    }
    return template.toString();
  }

  private String placeholder(int position, String segment) {
    if (position == 0) {
      return FIXED.contains(segment) || registry.resourceSchemaByEndpoint("/" + segment).isPresent()
          ? segment : "{unknown}";
    }
    if (segment.equals(".search")) {
      return segment;
    }
    return position == 1 ? "{id}" : "{unknown}";
  }
}

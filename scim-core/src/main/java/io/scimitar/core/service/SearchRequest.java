package io.scimitar.core.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import java.math.BigInteger;
import java.util.function.Function;

/**
 * The parameters of a query (RFC 7644 §3.4.2, §3.4.3 and RFC 9865) as a client sent them, from
 * URL query parameters or a {@code POST .search} body. The service parses and checks the texts.
 *
 * @param filter the filter expression, or null
 * @param sortBy the sort attribute, or null
 * @param sortOrder {@code ascending} or {@code descending}, or null
 * @param startIndex the 1-based index of the first result, or null
 * @param count the page size, or null for the default
 * @param cursor the RFC 9865 cursor (empty string for the first page), or null for index paging
 * @param attributes the {@code attributes} list, or null
 * @param excludedAttributes the {@code excludedAttributes} list, or null
 */
public record SearchRequest(
    String filter,
    String sortBy,
    String sortOrder,
    Integer startIndex,
    Integer count,
    String cursor,
    String attributes,
    String excludedAttributes) {

  /** URN of a {@code POST .search} body. */
  public static final String SEARCH_REQUEST_URN =
      "urn:ietf:params:scim:api:messages:2.0:SearchRequest";

  /** A request with no parameters: the first default-size page of everything. */
  public static SearchRequest all() {
    return new SearchRequest(null, null, null, null, null, null, null, null);
  }

  /**
   * Reads URL query parameters by name; integers that do not parse are 400 {@code invalidValue}.
   */
  public static SearchRequest fromQueryParameters(Function<String, String> parameter) {
    return new SearchRequest(
        parameter.apply("filter"),
        parameter.apply("sortBy"),
        parameter.apply("sortOrder"),
        integer("startIndex", parameter.apply("startIndex")),
        integer("count", parameter.apply("count")),
        parameter.apply("cursor"),
        parameter.apply("attributes"),
        parameter.apply("excludedAttributes"));
  }

  /** Reads a {@code POST .search} body (RFC 7644 §3.4.3). */
  public static SearchRequest fromJson(ObjectNode body) {
    JsonNode schemas = body.path("schemas");
    boolean declared = false;
    for (JsonNode urn : schemas) {
      declared |= SEARCH_REQUEST_URN.equalsIgnoreCase(urn.asText());
    }
    if (!declared) {
      throw ScimException.invalidSyntax("search request must declare schema " + SEARCH_REQUEST_URN);
    }
    return new SearchRequest(
        text(body, "filter"),
        text(body, "sortBy"),
        text(body, "sortOrder"),
        integer(body, "startIndex"),
        integer(body, "count"),
        text(body, "cursor"),
        list(body, "attributes"),
        list(body, "excludedAttributes"));
  }

  private static Integer integer(String name, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      try {
        // Larger than an int: clamp, as RFC 7644 lets a server return fewer results.
        return new BigInteger(text.strip()).signum() < 0
            ? Integer.MIN_VALUE : Integer.MAX_VALUE;
      } catch (NumberFormatException notANumber) {
        throw ScimException.invalidValue(name + " must be an integer, got '" + abbreviate(text) + "'");
      }
    }
  }

  private static Integer integer(ObjectNode body, String name) {
    JsonNode value = body.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber()) {
      throw ScimException.invalidValue(name + " must be an integer");
    }
    return value.canConvertToInt() ? value.intValue()
        : (value.bigIntegerValue().signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE);
  }

  private static String text(ObjectNode body, String name) {
    JsonNode value = body.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw ScimException.invalidValue(name + " must be a string");
    }
    return value.asText();
  }

  private static String list(ObjectNode body, String name) {
    JsonNode value = body.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.asText();
    }
    if (!value.isArray()) {
      throw ScimException.invalidValue(name + " must be an array of attribute names");
    }
    StringBuilder joined = new StringBuilder();
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw ScimException.invalidValue(name + " must be an array of attribute names");
      }
      if (joined.length() > 0) {
        joined.append(',');
      }
      joined.append(item.asText());
    }
    return joined.toString();
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}

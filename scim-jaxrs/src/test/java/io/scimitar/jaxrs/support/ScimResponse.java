package io.scimitar.jaxrs.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;

/**
 * An HTTP response as the tests see it.
 *
 * @param status the status code
 * @param headers the headers
 * @param body the body text, empty when there is none
 */
public record ScimResponse(int status, HttpHeaders headers, String body) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The body as JSON; fails the test when it is not JSON. */
  public JsonNode json() {
    try {
      return MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new AssertionError("response body is not JSON: " + body, e);
    }
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  /** The media type of the body without parameters, or null. */
  public String mediaType() {
    String type = header("Content-Type");
    return type == null ? null : type.split(";", -1)[0].strip();
  }
}

package io.scimitar.jaxrs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.json.ScimJson;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads request bodies into JSON objects and writes JSON responses, through {@link ScimJson} so
 * that its limits apply: a body over the payload limit is 413 (checked against
 * {@code Content-Length} before reading, and while reading), malformed JSON is 400
 * {@code invalidSyntax}. Registered by {@link ScimFeature}.
 */
@Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public final class JsonBodyProvider
    implements MessageBodyReader<JsonNode>, MessageBodyWriter<JsonNode> {
  private final ScimJson json;

  JsonBodyProvider(ScimJson json) {
    this.json = json;
  }

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return JsonNode.class.isAssignableFrom(type) && type.isAssignableFrom(ObjectNode.class);
  }

  @Override
  public JsonNode readFrom(
      Class<JsonNode> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, String> headers, InputStream body) {
    String length = headers.getFirst(HttpHeaders.CONTENT_LENGTH);
    if (length != null && declaredLength(length) > json.limits().maxPayloadBytes()) {
      throw ScimException.payloadTooLarge("request body exceeds the limit of "
          + json.limits().maxPayloadBytes() + " bytes");
    }
    return json.readObject(body);
  }

  private static long declaredLength(String header) {
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      // A malformed length is the container's business; the bounded read still applies.
      return -1;
    }
  }

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return JsonNode.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      JsonNode node, Class<?> type, Type genericType, Annotation[] annotations,
      MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
      throws IOException {
    json.write(node, out);
  }
}

package io.scimitar.jaxrs;

import io.scimitar.core.json.JsonContent;
import io.scimitar.core.json.ScimJson;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes single-resource responses, which the service hands over as {@link JsonContent}: JSON
 * written straight from the stored resource rather than built as a tree first. Registered by
 * {@link ScimFeature}.
 */
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public final class JsonContentWriter implements MessageBodyWriter<JsonContent> {
  private final ScimJson json;

  JsonContentWriter(ScimJson json) {
    this.json = json;
  }

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return JsonContent.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      JsonContent content, Class<?> type, Type genericType, Annotation[] annotations,
      MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
      throws IOException {
    json.write(content, out);
  }
}

package io.scimitar.jaxrs;

import io.scimitar.core.service.AttributeSelection;
import io.scimitar.core.service.SearchRequest;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

/** The SCIM query parameters of a request (RFC 7644 §3.4.2 and §3.9), decoded. */
final class QueryParameters {
  private QueryParameters() {}

  static AttributeSelection selection(UriInfo uri) {
    MultivaluedMap<String, String> query = uri.getQueryParameters();
    return new AttributeSelection(
        query.getFirst("attributes"), query.getFirst("excludedAttributes"));
  }

  static SearchRequest search(UriInfo uri) {
    return SearchRequest.fromQueryParameters(uri.getQueryParameters()::getFirst);
  }
}

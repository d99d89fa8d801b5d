package io.scimitar.core.service;

import io.scimitar.core.resource.Meta;

/**
 * Matching of {@code If-Match} / {@code If-None-Match} header values against a resource version
 * (RFC 7232 §3.1-3.2 with weak comparison, as SCIM versions are weak ETags).
 */
public final class ETags {
  private ETags() {}

  /**
   * Whether a header value ({@code *}, or a comma-separated list of ETags, weak or strong)
   * matches {@code version}.
   */
  public static boolean matches(String header, String version) {
    for (String candidate : header.split(",", -1)) {
      String tag = candidate.strip();
      if (tag.equals("*") || (!tag.isEmpty() && Meta.stripEtag(tag).equals(version))) {
        return true;
      }
    }
    return false;
  }
}

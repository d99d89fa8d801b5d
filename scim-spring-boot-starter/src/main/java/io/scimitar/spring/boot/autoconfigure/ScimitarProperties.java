package io.scimitar.spring.boot.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code scimitar.*} settings.
 *
 * @param basePath where the SCIM endpoints are served, e.g. {@code /scim/v2}: the Jersey servlet
 *     is mapped to this path and everything below it; the application's other servlets, such as
 *     Spring MVC's, keep every other path
 * @param baseUrl the public SCIM base URL for {@code Location} headers and {@code meta.location}
 *     behind a proxy that rewrites URLs (e.g. {@code https://api.example.com/scim/v2}); by
 *     default each request's own URL is used
 * @param storage where users, groups, SCIM keys and the sync switch are kept when the
 *     application declares no {@code Storage} bean
 * @param migrate whether the JDBC schema is installed or upgraded in the application's
 *     {@code DataSource} at start; turn off when the schema is managed elsewhere
 * @param tenant the tenant that {@code token} and the initial key belong to
 * @param token a secret registered as a SCIM key of {@code tenant} at start (for scripts and
 *     tests): at least 32 printable ASCII characters without spaces; registering it again
 *     changes nothing
 * @param initialKey whether to generate a SCIM key at start when {@code tenant} has none and no
 *     {@code token} is given, and log its token once
 */
@ConfigurationProperties("scimitar")
public record ScimitarProperties(
    @DefaultValue("/scim/v2") String basePath,
    String baseUrl,
    @DefaultValue("auto") StorageMode storage,
    @DefaultValue("true") boolean migrate,
    @DefaultValue("default") String tenant,
    String token,
    @DefaultValue("false") boolean initialKey) {

  /** Validates the base path, so a typo fails the start rather than serving SCIM elsewhere. */
  public ScimitarProperties {
    if (!basePath.startsWith("/") || basePath.endsWith("/") || basePath.contains("*")) {
      throw new IllegalArgumentException("scimitar.base-path must start with '/', not end with"
          + " '/' and hold no '*', got '" + basePath + "'");
    }
  }

  /** Where Scimitar keeps its data when the application declares no {@code Storage} bean. */
  public enum StorageMode {
    /** The JDBC store on the application's {@code DataSource} if it has one, else memory. */
    AUTO,
    /** The JDBC store on the application's {@code DataSource}; the start fails without one. */
    JDBC,
    /** In memory: lost when the application stops, and not shared between instances. */
    MEMORY
  }
}

package io.scimitar.jaxrs;

import io.scimitar.core.auth.Authenticator;
import io.scimitar.core.auth.MeResolver;
import io.scimitar.core.json.ScimJson;
import io.scimitar.core.service.ScimService;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The single entry point of the JAX-RS binding: every RFC 7644 endpoint of a {@link ScimService},
 * with authentication, tenants, SCIM errors and request logging, on any Jakarta REST runtime.
 *
 * <p>Register it in the JAX-RS application that owns the SCIM base path: the application's base
 * URI is the SCIM base URL (e.g. deploy the application at {@code /scim/v2}). Every request of
 * that application is authenticated first, so do not share the application with unrelated
 * resources. Runtimes that accept resources registered by a feature (Jersey) take the feature
 * itself; runtimes that take resources only from an {@link Application} (RESTEasy) deploy
 * {@link #asApplication()}, which carries the same components.
 *
 * <pre>{@code
 * ScimFeature scim = ScimFeature.builder(service, new BearerTokenAuthenticator(keys)).build();
 * new ResourceConfig().register(scim);          // Jersey
 * deployment.setApplication(scim.asApplication()); // RESTEasy, or any other runtime
 * }</pre>
 *
 * <p>Endpoints: {@code /Users}, {@code /Groups} and every host-defined resource type by its
 * endpoint, with {@code /{id}} and {@code /.search}; {@code /.search} at the root;
 * {@code /Bulk}; {@code /ServiceProviderConfig}, {@code /Schemas}, {@code /ResourceTypes} and
 * their {@code /{id}} forms; {@code /Me} when a {@link MeResolver} is configured. Query
 * parameters follow RFC 7644 §3.4.2.4: a {@code count} below 0 is read as 0, a {@code startIndex}
 * below 1 as 1, a {@code count} above the maximum page size as that maximum, and a value that is
 * not an integer is 400 {@code invalidValue}.
 */
public final class ScimFeature implements Feature {
  private final ScimService service;
  private final Authenticator authenticator;
  private final List<Object> resources;

  private ScimFeature(Builder builder) {
    this.service = builder.service;
    this.authenticator = builder.authenticator;
    ScimBinding binding = new ScimBinding(service, builder.meResolver, builder.baseUrl);
    this.resources = List.of(
        new ResourceTypeEndpoints(binding),
        new DiscoveryEndpoints.ServiceProviderConfig(binding),
        new DiscoveryEndpoints.Schemas(binding),
        new DiscoveryEndpoints.ResourceTypes(binding),
        new BulkEndpoint(binding),
        new RootSearchEndpoint(binding),
        new MeEndpoint(binding));
  }

  /** Starts a feature serving {@code service} to callers {@code authenticator} accepts. */
  public static Builder builder(ScimService service, Authenticator authenticator) {
    return new Builder(service, authenticator);
  }

  @Override
  public boolean configure(FeatureContext context) {
    ScimJson json = new ScimJson(service.config().json());
    context.register(new JsonBodyProvider(json));
    context.register(new JsonContentWriter(json));
    context.register(new ErrorMapper());
    // Priorities are given here rather than by @Priority, which would need jakarta.annotation.
    context.register(new RequestLogFilter(new PathTemplates(service.registry())),
        Priorities.AUTHENTICATION - 500);
    context.register(new AuthenticationFilter(authenticator), Priorities.AUTHENTICATION);
    context.register(new ContentNegotiationFilter());
    for (Object resource : resources) {
      // Already there when deployed through asApplication() on a runtime that registers
      // application singletons before features.
      if (!context.getConfiguration().isRegistered(resource)) {
        context.register(resource);
      }
    }
    return true;
  }

  /**
   * An {@link Application} holding this feature and the SCIM resources, for runtimes that take
   * resources only from an application (RESTEasy): deploy it under the SCIM base path.
   */
  public Application asApplication() {
    Set<Object> singletons = new LinkedHashSet<>();
    singletons.add(this);
    singletons.addAll(resources);
    Set<Object> components = Set.copyOf(singletons);
    return new Application() {
      // Deprecated in Jakarta REST 4.0 in favour of CDI, yet still the only portable way to hand a
      // runtime pre-built, configured instances without a dependency-injection container.
      @SuppressWarnings("deprecation")
      @Override
      public Set<Object> getSingletons() {
        return components;
      }
    };
  }

  /** Configures a {@link ScimFeature}. */
  public static final class Builder {
    private final ScimService service;
    private final Authenticator authenticator;
    private MeResolver meResolver;
    private String baseUrl;

    private Builder(ScimService service, Authenticator authenticator) {
      this.service = Objects.requireNonNull(service, "service");
      this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    }

    /** Enables {@code /Me}, mapping callers to resources with {@code resolver}. */
    public Builder meResolver(MeResolver resolver) {
      this.meResolver = Objects.requireNonNull(resolver, "resolver");
      return this;
    }

    /**
     * Uses a fixed public base URL (e.g. {@code https://api.example.com/scim/v2}) for
     * {@code Location} headers and {@code meta.location}, for hosts behind a proxy that rewrites
     * URLs; by default the request's base URI is used.
     */
    public Builder baseUrl(String url) {
      this.baseUrl = Objects.requireNonNull(url, "url");
      return this;
    }

    /** The feature. */
    public ScimFeature build() {
      return new ScimFeature(this);
    }
  }
}

package io.scimitar.spring.boot.autoconfigure;

import io.scimitar.core.auth.Authenticator;
import io.scimitar.core.auth.MeResolver;
import io.scimitar.core.service.ScimService;
import io.scimitar.jaxrs.ScimFeature;
import jakarta.servlet.Servlet;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Serves the SCIM endpoints with Jersey in a servlet of their own, mapped to
 * {@code scimitar.base-path} and everything below it. The application's other servlets (Spring
 * MVC's {@code DispatcherServlet} at {@code /}) keep every other path, and an application that
 * runs its own Jersey application through Spring Boot's Jersey support keeps it: this one is no
 * {@code ResourceConfig} bean, so it claims nothing else.
 */
@AutoConfiguration(after = ScimitarAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({Servlet.class, ServletContainer.class})
public class ScimitarJerseyConfiguration {
  /** The servlet's bean name; declare a bean of this name to register SCIM yourself. */
  public static final String SERVLET_BEAN = "scimitarServlet";

  /** Every RFC 7644 endpoint, behind the authenticator. */
  @Bean
  @ConditionalOnMissingBean
  public ScimFeature scimitarFeature(ScimService service, Authenticator authenticator,
      ScimitarProperties properties, ObjectProvider<MeResolver> meResolver) {
    ScimFeature.Builder feature = ScimFeature.builder(service, authenticator);
    if (properties.baseUrl() != null && !properties.baseUrl().isBlank()) {
      feature.baseUrl(properties.baseUrl());
    }
    meResolver.ifUnique(feature::meResolver);
    return feature.build();
  }

  /**
   * The Jersey servlet at {@code scimitar.base-path}, with the feature and every
   * {@link ScimitarJerseyComponent} bean (such as the request metrics) registered in it.
   */
  @Bean(name = SERVLET_BEAN)
  @ConditionalOnMissingBean(name = SERVLET_BEAN)
  public ServletRegistrationBean<ServletContainer> scimitarServlet(ScimFeature feature,
      ScimitarProperties properties, ObjectProvider<ScimitarJerseyComponent> components) {
    ResourceConfig application = new ResourceConfig()
        // WADL would need JAXB, which SCIM has no use for.
        .property(ServerProperties.WADL_FEATURE_DISABLE, true)
        .register(feature);
    components.orderedStream().forEach(component -> component.register(application));
    ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(
        new ServletContainer(application), properties.basePath() + "/*");
    registration.setName(SERVLET_BEAN);
    registration.setLoadOnStartup(1);
    return registration;
  }
}

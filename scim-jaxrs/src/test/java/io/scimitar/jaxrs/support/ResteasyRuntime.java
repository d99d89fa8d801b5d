package io.scimitar.jaxrs.support;

import io.scimitar.jaxrs.ScimFeature;
import io.undertow.Undertow;
import io.undertow.servlet.api.DeploymentInfo;
import java.net.InetSocketAddress;
import java.net.URI;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;
import org.jboss.resteasy.spi.ResteasyDeployment;

/** RESTEasy on Undertow, deploying {@link ScimFeature#asApplication()}. */
public final class ResteasyRuntime implements ScimRuntime {

  @Override
  public Running start(ScimFeature feature) throws Exception {
    PortAwareServer server = new PortAwareServer();
    ResteasyDeployment deployment = new ResteasyDeploymentImpl();
    deployment.setApplication(feature.asApplication());
    DeploymentInfo info = server.undertowDeployment(deployment, "/")
        .setContextPath(CONTEXT_PATH)
        .setDeploymentName("scim")
        .setClassLoader(ResteasyRuntime.class.getClassLoader());
    server.deploy(info);
    server.start(Undertow.builder().addHttpListener(0, "127.0.0.1"));
    URI base = URI.create("http://127.0.0.1:" + server.port() + CONTEXT_PATH + "/");
    return new Running() {
      @Override
      public URI baseUri() {
        return base;
      }

      @Override
      public void close() {
        server.stop();
      }
    };
  }

  @Override
  public String toString() {
    return "RESTEasy";
  }

  /** Exposes the ephemeral port Undertow bound. */
  private static final class PortAwareServer extends UndertowJaxrsServer {
    int port() {
      return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }
  }
}

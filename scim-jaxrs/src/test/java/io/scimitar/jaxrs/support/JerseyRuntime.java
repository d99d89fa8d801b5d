package io.scimitar.jaxrs.support;

import com.sun.net.httpserver.HttpServer;
import io.scimitar.jaxrs.ScimFeature;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** Jersey on the JDK's built-in HTTP server. */
public final class JerseyRuntime implements ScimRuntime {

  @Override
  public Running start(ScimFeature feature) throws Exception {
    JdkHttpHandlerContainer container = ContainerFactory.createContainer(
        JdkHttpHandlerContainer.class, new ResourceConfig().register(feature));
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext(CONTEXT_PATH, container);
    server.start();
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + CONTEXT_PATH + "/");
    return new Running() {
      @Override
      public URI baseUri() {
        return base;
      }

      @Override
      public void close() {
        server.stop(0);
        executor.shutdownNow();
      }
    };
  }

  @Override
  public String toString() {
    return "Jersey";
  }
}

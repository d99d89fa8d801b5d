package io.scimitar.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on a loopback port in front of a real database server, which a test can unplug
 * ({@link #down()}: every connection is cut and new ones are refused), freeze ({@link #pause()}:
 * connections stay open but no byte moves, as with a server stopped by SIGSTOP) and restore
 * ({@link #up()}). The application under test connects to {@link #port()} instead of the server.
 */
final class TcpRelay implements AutoCloseable {
  private final int targetPort;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile ServerSocket listener;
  private volatile boolean paused;
  private int port;

  private TcpRelay(int targetPort) {
    this.targetPort = targetPort;
  }

  /** A relay to {@code 127.0.0.1:targetPort}, accepting on a free loopback port. */
  static TcpRelay to(int targetPort) throws IOException {
    TcpRelay relay = new TcpRelay(targetPort);
    relay.listen(0);
    return relay;
  }

  int port() {
    return port;
  }

  /** Refuses new connections and cuts every open one. */
  synchronized void down() throws IOException {
    listener.close();
    for (Socket socket : sockets) {
      socket.close();
    }
    sockets.clear();
  }

  /** Keeps connections open but moves no byte, in either direction, until {@link #up()}. */
  void pause() {
    paused = true;
  }

  /** Accepts and relays again, on the same port. */
  synchronized void up() throws IOException {
    paused = false;
    if (listener.isClosed()) {
      listen(port);
    }
  }

  @Override
  public void close() throws IOException {
    down();
  }

  private void listen(int onPort) throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
    listener = socket;
    port = socket.getLocalPort();
    Thread acceptor = new Thread(() -> accept(socket), "relay-accept-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void accept(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        sockets.add(client);
        sockets.add(server);
        pump(client, server);
        pump(server, client);
      } catch (IOException e) {
        // The listener was closed by down(), or the server refused: the client sees a cut.
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread pump = new Thread(() -> {
      byte[] buffer = new byte[8192];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        for (int read; (read = in.read(buffer)) >= 0; ) {
          while (paused && !from.isClosed()) {
            Thread.sleep(20);
          }
          out.write(buffer, 0, read);
          out.flush();
        }
      } catch (SocketException e) {
        // Cut by down() or by the other side.
      } catch (IOException e) {
        // The same: a closed connection ends its pump.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    }, "relay-pump");
    pump.setDaemon(true);
    pump.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Already closed.
    }
  }
}

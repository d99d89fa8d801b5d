package io.scimitar.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A body over the limit gets a readable 413 even from a client that writes its whole body before
 * it reads the answer, as Python's requests and most HTTP libraries do: the client here writes
 * headers and body over a plain socket, blocking until the server has taken every byte, and only
 * then reads. Before the server drained such bodies this client saw a connection reset.
 */
class OversizeBodyTest {
  private static final String TOKEN = "oversize.test-secret-0123456789abcdef";

  private ExampleServer server;

  @TempDir
  Path keyDirectory;

  @BeforeEach
  void start() throws Exception {
    server = ExampleServer.start(ExampleOptions.parse(new String[] {"--port", "0", "--store",
        "memory", "--token", TOKEN, "--key-dir", keyDirectory.toString()}),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 16})
  void aClientThatWritesItsWholeBodyFirstReadsThe413(int mebibytes) throws Exception {
    byte[] body = new byte[mebibytes * 1024 * 1024];
    Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[body.length - 1] = '}';
    String head = "POST /scim/v2/Users HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Authorization: Bearer " + TOKEN + "\r\nContent-Type: application/scim+json\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n";

    String answer;
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      answer = readAnswer(socket.getInputStream());
    }

    assertThat(answer).startsWith("HTTP/1.1 413");
    assertThat(answer).contains("urn:ietf:params:scim:api:messages:2.0:Error", "\"413\"");
  }

  /** The status line, headers and body of one answer with a Content-Length. */
  private static String readAnswer(InputStream in) throws Exception {
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    int headEnd = -1;
    int length = -1;
    byte[] buffer = new byte[8192];
    while (headEnd < 0 || read.size() < headEnd + length) {
      int n = in.read(buffer);
      if (n < 0) {
        break;
      }
      read.write(buffer, 0, n);
      String text = read.toString(StandardCharsets.ISO_8859_1);
      if (headEnd < 0 && text.contains("\r\n\r\n")) {
        headEnd = text.indexOf("\r\n\r\n") + 4;
        for (String line : text.substring(0, headEnd).lines().toList()) {
          if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
            length = Integer.parseInt(line.substring(15).strip());
          }
        }
      }
    }
    return read.toString(StandardCharsets.UTF_8);
  }
}

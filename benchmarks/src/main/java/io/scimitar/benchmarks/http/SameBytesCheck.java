package io.scimitar.benchmarks.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Checks over real HTTP, before any load, that each bare resource answers what its SCIM endpoint
 * answers: for reads the same status, body bytes, {@code Content-Type}, {@code ETag} and
 * {@code Location}; for writes the same status and {@code Content-Type}. A difference stops the
 * server, since the comparison would then be meaningless.
 */
final class SameBytesCheck {
  private static final int SAMPLE = 20;
  private static final List<String> HEADERS = List.of("Content-Type", "ETag", "Location");

  private final HttpClient client = HttpClient.newHttpClient();
  private final String origin;
  private final String readToken;
  private final String writeToken;

  SameBytesCheck(String origin, String readToken, String writeToken) {
    this.origin = origin;
    this.readToken = readToken;
    this.writeToken = writeToken;
  }

  void run(LoadData data) throws IOException, InterruptedException {
    List<String> reads = new ArrayList<>();
    for (int i = 0; i < SAMPLE; i++) {
      String id = data.readUserIds().get(i * data.readUserIds().size() / SAMPLE);
      String userName = data.readUserNames().get(i * data.readUserNames().size() / SAMPLE);
      reads.add("/Users/" + id);
      reads.add("/Users/" + data.readSmallUserIds().get(i));
      reads.add("/Users?filter="
          + URLEncoder.encode(Recorder.userNameFilter(userName), StandardCharsets.UTF_8));
    }
    reads.add("/Users?startIndex=1&count=" + Recorder.PAGE_SIZE);
    reads.add("/Users?startIndex=" + (data.readUserIds().size() - Recorder.PAGE_SIZE + 1)
        + "&count=" + Recorder.PAGE_SIZE);
    for (String path : reads) {
      compare(path, true, read(path, "/scim/v2"), read(path, "/bare"));
    }
    String created = LoadData.provisionedUser("check@example.com").toString();
    compare("POST /Users", false, write("POST", "/scim/v2/Users", created),
        write("POST", "/bare/Users", created));
    String group = "/Groups/" + data.writeGroupIds().get(1);
    String patch = LoadData.addMember(data.writeUserIds().get(1)).toString();
    compare("PATCH /Groups/{id}", false, write("PATCH", "/scim/v2" + group, patch),
        write("PATCH", "/bare" + group, patch));
  }

  private HttpResponse<byte[]> read(String path, String base)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(origin + base + path))
        .header("Authorization", "Bearer " + readToken).GET().build());
  }

  private HttpResponse<byte[]> write(String method, String path, String body)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(origin + path))
        .header("Authorization", "Bearer " + writeToken)
        .header("Content-Type", CannedResponse.SCIM_JSON)
        .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private HttpResponse<byte[]> send(HttpRequest request)
      throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void compare(String what, boolean sameBody, HttpResponse<byte[]> scim,
      HttpResponse<byte[]> bare) {
    if (scim.statusCode() >= 300) {
      throw new IllegalStateException(what + ": SCIM answered " + scim.statusCode() + " "
          + new String(scim.body(), StandardCharsets.UTF_8));
    }
    if (scim.statusCode() != bare.statusCode()) {
      throw new IllegalStateException(what + ": SCIM answered " + scim.statusCode()
          + ", bare " + bare.statusCode());
    }
    List<String> headers = sameBody ? HEADERS : HEADERS.subList(0, 1);
    for (String header : headers) {
      String expected = scim.headers().firstValue(header).orElse(null);
      String actual = bare.headers().firstValue(header).orElse(null);
      if (!Objects.equals(expected, actual)) {
        throw new IllegalStateException(
            what + ": " + header + " is " + expected + " from SCIM, " + actual + " from bare");
      }
    }
    if (sameBody && !Arrays.equals(scim.body(), bare.body())) {
      throw new IllegalStateException(what + ": the bare body differs from the SCIM body");
    }
  }
}

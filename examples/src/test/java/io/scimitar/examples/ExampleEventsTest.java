package io.scimitar.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Change events through the example server over HTTP, on its default H2 store: what the activity
 * log shows after concurrent, refused and bulk writes, its paging, and {@code --event-log}.
 */
class ExampleEventsTest {
  private static final String TOKEN = "events-test-secret-0123456789abcdef";
  private static final String ADMIN = "admin-test-credential-0123456789";
  private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  private final HttpCalls http = new HttpCalls();
  private ExampleServer server;

  @TempDir
  Path directory;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private void start(String... extraArgs) throws Exception {
    List<String> args = new ArrayList<>(List.of("--port", "0", "--token", TOKEN,
        "--admin-token", ADMIN, "--key-dir", directory.toString(),
        "--store", "h2:" + directory.resolve("db")));
    args.addAll(List.of(extraArgs));
    server = ExampleServer.start(ExampleOptions.parse(args.toArray(String[]::new)),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  private String createUser(String userName) {
    HttpCalls.Answer answer = http.send("POST", server.scimBaseUrl() + "/Users", TOKEN,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
            + userName + "\"}");
    assertThat(answer.status()).isEqualTo(201);
    return answer.json().path("id").asText();
  }

  private JsonNode activity(String query) {
    HttpCalls.Answer answer = http.get(server.adminBaseUrl() + "/activity" + query, ADMIN);
    assertThat(answer.status()).isEqualTo(200);
    return answer.json();
  }

  private List<JsonNode> eventsOf(String resourceId) {
    List<JsonNode> events = new ArrayList<>();
    activity("?count=500").path("events").forEach(event -> {
      if (event.path("resourceId").asText().equals(resourceId)) {
        events.add(0, event);
      }
    });
    return events;
  }

  @Test
  void twentyParallelPatchesToOneGroupAreTwentyEventsWithIncreasingVersions() throws Exception {
    start();
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      users.add(createUser("member" + i + "@example.com"));
    }
    HttpCalls.Answer group = http.send("POST", server.scimBaseUrl() + "/Groups", TOKEN,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
            + "\"displayName\":\"Everyone\"}");
    String groupId = group.json().path("id").asText();

    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> patches = new ArrayList<>();
    for (String user : users) {
      patches.add(pool.submit(() -> {
        go.await();
        return http.send("PATCH", server.scimBaseUrl() + "/Groups/" + groupId, TOKEN,
            "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"add\","
                + "\"path\":\"members\",\"value\":[{\"value\":\"" + user + "\"}]}]}").status();
      }));
    }
    go.countDown();
    for (Future<Integer> patch : patches) {
      assertThat(patch.get(60, TimeUnit.SECONDS)).isEqualTo(204);
    }
    pool.shutdown();

    List<JsonNode> events = eventsOf(groupId);
    assertThat(events).hasSize(21);
    assertThat(events.get(0).path("kind").asText()).isEqualTo("CREATE");
    List<JsonNode> patched = events.subList(1, 21);
    assertThat(patched).extracting(event -> event.path("kind").asText()).containsOnly("PATCH");
    assertThat(patched).extracting(event -> event.path("version").asInt())
        .containsExactlyElementsOf(IntStream.rangeClosed(2, 21).boxed().toList());
    assertThat(patched).extracting(event -> event.path("sequence").asLong()).isSorted();
    assertThat(patched).extracting(event -> event.path("membersAdded").get(0).asText())
        .containsExactlyInAnyOrderElementsOf(users);
    assertThat(patched).allSatisfy(event -> {
      assertThat(event.path("actor").asText()).isNotEmpty();
      assertThat(event.path("userAgent").asText()).isNotEmpty();
    });
  }

  @Test
  void refusedWritesAreNotInTheActivityLogAndBulkIsOneEventPerSuccess() throws Exception {
    start();
    String id = createUser("ada@example.com");
    assertThat(http.send("POST", server.scimBaseUrl() + "/Users", TOKEN,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
            + "\"userName\":\"ADA@example.com\"}").status()).isEqualTo(409);
    assertThat(http.send("PATCH", server.scimBaseUrl() + "/Users/" + id, TOKEN,
        "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\","
            + "\"path\":\"nosuch\",\"value\":1}]}").status()).isEqualTo(400);
    HttpCalls.Answer bulk = http.send("POST", server.scimBaseUrl() + "/Bulk", TOKEN,
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":["
            + "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"b1\",\"data\":{\"schemas\":"
            + "[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"bob@example.com\"}},"
            + "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"b2\",\"data\":{\"schemas\":"
            + "[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"ada@example.com\"}},"
            + "{\"method\":\"PATCH\",\"path\":\"/Users/" + id + "\",\"data\":{\"schemas\":[\""
            + PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"active\","
            + "\"value\":true}]}}]}");
    assertThat(bulk.status()).isEqualTo(200);

    JsonNode events = activity("").path("events");
    assertThat(events).extracting(event -> event.path("kind").asText())
        .containsExactly("ACTIVATE", "CREATE", "CREATE");
    assertThat(events.get(0).path("changedAttributes").get(0).asText()).isEqualTo("active");
  }

  @Test
  void theActivityLogPagesBackAndRefusesBadParameters() throws Exception {
    start();
    for (int i = 0; i < 5; i++) {
      createUser("user" + i + "@example.com");
    }
    JsonNode first = activity("?count=2");
    assertThat(first.path("events")).hasSize(2);
    long before = first.path("nextBefore").asLong();
    assertThat(before).isEqualTo(first.path("events").get(1).path("sequence").asLong());
    JsonNode second = activity("?count=2&before=" + before);
    JsonNode third = activity("?count=2&before=" + second.path("nextBefore").asLong());
    assertThat(third.path("events")).hasSize(1);
    assertThat(third.path("nextBefore").isNull()).isTrue();
    List<Long> sequences = new ArrayList<>();
    for (JsonNode page : List.of(first, second, third)) {
      page.path("events").forEach(event -> sequences.add(event.path("sequence").asLong()));
    }
    assertThat(sequences).hasSize(5).doesNotHaveDuplicates()
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());

    for (String bad : List.of("?count=0", "?count=501", "?count=x", "?before=-1", "?before=")) {
      HttpCalls.Answer answer = http.get(server.adminBaseUrl() + "/activity" + bad, ADMIN);
      assertThat(answer.status()).as(bad).isEqualTo(400);
      assertThat(answer.json().path("error").asText()).isNotEmpty();
    }
    assertThat(http.get(server.adminBaseUrl() + "/activity", null).status()).isEqualTo(401);
  }

  @Test
  void theEventLogFileGetsEveryEventOfTheTenant() throws Exception {
    Path file = directory.resolve("events.jsonl");
    start("--event-log", file.toString());
    String id = createUser("ada@example.com");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while ((!Files.exists(file) || Files.readAllLines(file).isEmpty())
        && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(20);
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).contains("\"resourceId\":\"" + id + "\"", "\"kind\":\"CREATE\"");
  }
}

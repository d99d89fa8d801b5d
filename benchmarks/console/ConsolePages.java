import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fast the console's lists answer with many users: loads users over SCIM (as an identity
 * provider would) until the tenant has {@code users}, then times the admin API calls the Users
 * screen makes, as the browser makes them: the first page, the next pages by cursor, a page deep
 * in the walk, and a prefix search. Run it with the JDK's source launcher against a running
 * example server (see console.sh).
 *
 * <pre>java ConsolePages.java &lt;origin&gt; &lt;admin token&gt; &lt;SCIM key&gt; &lt;users&gt;</pre>
 */
public final class ConsolePages {
  private static final Pattern TOTAL = Pattern.compile("\"totalResults\":(\\d+)");
  private static final Pattern NEXT = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");
  private static final int LOADERS = 8;
  private static final int REPEATS = 20;

  private final HttpClient http = HttpClient.newHttpClient();
  private final String origin;
  private final String admin;
  private final String key;

  private ConsolePages(String origin, String admin, String key) {
    this.origin = origin;
    this.admin = admin;
    this.key = key;
  }

  public static void main(String[] args) throws Exception {
    ConsolePages run = new ConsolePages(args[0], args[1], args[2]);
    int users = Integer.parseInt(args[3]);
    run.load(users);
    run.time();
  }

  private void load(int users) throws Exception {
    int existing = total(get("/admin/users?count=1"));
    System.out.printf("users present: %,d; loading %,d more%n", existing,
        Math.max(0, users - existing));
    ExecutorService pool = Executors.newFixedThreadPool(LOADERS);
    List<Future<?>> work = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < LOADERS; t++) {
      int thread = t;
      work.add(pool.submit(() -> {
        for (int i = existing + thread; i < users; i += LOADERS) {
          String name = String.format("user%07d@example.com", i);
          String body = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
              + "\"userName\":\"" + name + "\",\"displayName\":\"User " + i + "\","
              + "\"name\":{\"givenName\":\"User\",\"familyName\":\"" + i + "\"},"
              + "\"emails\":[{\"value\":\"" + name + "\",\"primary\":true,\"type\":\"work\"}],"
              + "\"active\":true}";
          send(HttpRequest.newBuilder(URI.create(origin + "/scim/v2/Users"))
              .header("Authorization", "Bearer " + key)
              .header("Content-Type", "application/scim+json")
              .POST(HttpRequest.BodyPublishers.ofString(body)), 201);
        }
        return null;
      }));
    }
    for (Future<?> future : work) {
      future.get();
    }
    pool.shutdown();
    System.out.printf("loaded in %.0f s%n", (System.nanoTime() - start) / 1e9);
  }

  private void time() throws Exception {
    String first = "/admin/users?count=20";
    report("first page (20, counted)", first);
    String cursor = null;
    String page = get(first);
    long walked = 0;
    int pages = 0;
    for (; pages < 200; pages++) {
      Matcher next = NEXT.matcher(page);
      if (!next.find()) {
        break;
      }
      cursor = next.group(1);
      long start = System.nanoTime();
      page = get(first + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
      walked += System.nanoTime() - start;
    }
    System.out.printf("%-34s mean %7.1f ms over %d pages%n", "next pages by cursor",
        walked / 1e6 / Math.max(1, pages), pages);
    if (cursor != null) {
      report("page " + (pages + 1) + " again", first + "&cursor="
          + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
    }
    report("search \"user00500\" (prefix)", "/admin/users?count=20&search=user00500");
    report("search \"nobody\" (prefix)", "/admin/users?count=20&search=nobody");
  }

  private void report(String label, String path) throws Exception {
    long[] nanos = new long[REPEATS];
    String body = get(path);
    for (int i = 0; i < REPEATS; i++) {
      long start = System.nanoTime();
      get(path);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf("%-34s median %7.1f ms, max %7.1f ms (%d runs; totalResults %,d)%n",
        label, nanos[REPEATS / 2] / 1e6, nanos[REPEATS - 1] / 1e6, REPEATS, total(body));
  }

  private String get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(origin + path))
        .header("Authorization", "Bearer " + admin).GET(), 200);
  }

  private String send(HttpRequest.Builder request, int expected) throws Exception {
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  private static int total(String body) {
    Matcher matcher = TOTAL.matcher(body);
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
  }
}

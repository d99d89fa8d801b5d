package io.scimitar.examples.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimitar.examples.ExampleOptions;
import io.scimitar.examples.ExampleServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's sign-in over real HTTP: the session cookie's flags, CSRF on every change, sign-out,
 * the admin credential kept as a hash across restarts, and the console's files.
 */
class ConsoleSessionTest {
  private static final String ADMIN = "admin-session-test-0123456789abcdef";
  private static final Pattern SHOWN_ONCE = Pattern.compile("Admin token \\(shown once\\): (\\S+)");

  private final Http http = new Http();
  private ByteArrayOutputStream console = new ByteArrayOutputStream();
  private ExampleServer server;

  @TempDir
  Path directory;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private void start(String... extra) throws Exception {
    if (server != null) {
      server.close();
    }
    console = new ByteArrayOutputStream();
    String[] base = {"--port", "0", "--key-dir", directory.toString(),
        "--store", "h2:" + directory.resolve("db")};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    server = ExampleServer.start(ExampleOptions.parse(args),
        new PrintStream(console, true, StandardCharsets.UTF_8));
  }

  private String admin(String path) {
    return server.adminBaseUrl() + path;
  }

  private Http.Answer signIn(String credential, Map<String, String> headers) {
    Map<String, String> all = new java.util.HashMap<>(headers);
    all.put("Content-Type", "application/json");
    return http.send("POST", admin("/session"), all,
        "{\"credential\":" + new com.fasterxml.jackson.databind.node.TextNode(credential) + "}");
  }

  private static String cookieOf(Http.Answer signedIn) {
    String setCookie = signedIn.header("Set-Cookie");
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  @Test
  void aSessionCookieIsHttpOnlyStrictAndEveryChangeNeedsTheCsrfToken() throws Exception {
    start("--admin-token", ADMIN);

    Http.Answer signedIn = signIn(ADMIN, Map.of());
    assertThat(signedIn.status()).isEqualTo(200);
    assertThat(signedIn.header("Set-Cookie"))
        .startsWith(AdminSessions.COOKIE + "=")
        .contains("; Path=/admin", "; HttpOnly", "; SameSite=Strict")
        .doesNotContain("Secure");
    String cookie = cookieOf(signedIn);
    String csrf = signedIn.json().path("csrfToken").asText();
    assertThat(csrf).hasSizeGreaterThan(40).isNotEqualTo(cookie);

    assertThat(http.send("GET", admin("/keys"), Map.of("Cookie", cookie), null).status())
        .isEqualTo(200);
    assertThat(http.send("GET", admin("/session"), Map.of("Cookie", cookie), null).json()
        .path("csrfToken").asText()).isEqualTo(csrf);
    Http.Answer withoutCsrf = http.send("POST", admin("/keys"), Map.of("Cookie", cookie), null);
    assertThat(withoutCsrf.status()).isEqualTo(403);
    assertThat(withoutCsrf.json().path("error").asText()).contains("X-CSRF-Token");
    assertThat(http.send("PUT", admin("/sync"),
        Map.of("Cookie", cookie, AdminSessions.CSRF_HEADER, csrf + "x"), "{\"enabled\":false}")
        .status()).isEqualTo(403);
    assertThat(http.send("GET", admin("/sync"), Map.of("Cookie", cookie), null).json()
        .path("enabled").asBoolean()).isTrue();
    assertThat(http.send("POST", admin("/keys"),
        Map.of("Cookie", cookie, AdminSessions.CSRF_HEADER, csrf), null).status()).isEqualTo(201);

    Http.Answer signedOut = http.send("DELETE", admin("/session"),
        Map.of("Cookie", cookie, AdminSessions.CSRF_HEADER, csrf), null);
    assertThat(signedOut.status()).isEqualTo(204);
    assertThat(signedOut.header("Set-Cookie")).contains("Max-Age=0");
    assertThat(http.send("GET", admin("/keys"), Map.of("Cookie", cookie), null).status())
        .isEqualTo(401);
    // Scripts keep using the bearer token, without cookie or CSRF token.
    assertThat(http.bearer("POST", admin("/keys/none/disable"), ADMIN, null).status())
        .isEqualTo(404);
  }

  @Test
  void behindTlsTheCookieIsSecure() throws Exception {
    start("--admin-token", ADMIN);

    Http.Answer signedIn = signIn(ADMIN, Map.of("X-Forwarded-Proto", "https"));

    assertThat(signedIn.header("Set-Cookie")).contains("; Secure");
  }

  @Test
  void aWrongCredentialIsRefusedAndNoCredentialReachesTheLog() throws Exception {
    start("--admin-token", ADMIN);

    Http.Answer wrong = signIn("not-" + ADMIN, Map.of());
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.header("Set-Cookie")).isNull();
    assertThat(signIn("", Map.of()).status()).isEqualTo(400);
    assertThat(http.send("POST", admin("/session"), Map.of("Content-Type", "text/plain"),
        "{\"credential\":\"" + ADMIN + "\"}").status()).isEqualTo(415);
    assertThat(http.send("GET", admin("/keys"),
        Map.of("Cookie", AdminSessions.COOKIE + "=forged"), null).status()).isEqualTo(401);
    assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain(ADMIN);
  }

  @Test
  void theAdminCredentialIsGeneratedOnceKeptAsAHashAndReplacedByAdminToken() throws Exception {
    start();
    Matcher printed = SHOWN_ONCE.matcher(console.toString(StandardCharsets.UTF_8));
    assertThat(printed.find()).isTrue();
    String generated = printed.group(1);
    Path file = directory.resolve("db.admin");
    String stored = Files.readString(file);
    assertThat(stored).startsWith("pbkdf2-sha256$").doesNotContain(generated);

    start();
    assertThat(console.toString(StandardCharsets.UTF_8))
        .doesNotContain("shown once", generated).contains("stored (as a hash) in " + file);
    assertThat(signIn(generated, Map.of()).status()).isEqualTo(200);
    assertThat(http.bearer("GET", admin("/keys"), generated, null).status()).isEqualTo(200);

    start("--admin-token", ADMIN);
    assertThat(signIn(generated, Map.of()).status()).isEqualTo(401);
    assertThat(signIn(ADMIN, Map.of()).status()).isEqualTo(200);
    assertThat(Files.readString(file)).doesNotContain(ADMIN);

    start();
    assertThat(signIn(ADMIN, Map.of()).status()).isEqualTo(200);
    assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain(ADMIN);
  }

  @Test
  void theConsoleFilesAreServedAtTheRootUnderAStrictPolicy() throws Exception {
    start("--admin-token", ADMIN);
    String root = server.adminBaseUrl().replace("/admin", "");

    Http.Answer page = http.send("GET", root + "/", Map.of(), null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'",
        "script-src 'self'", "frame-ancestors 'none'");
    assertThat(page.body()).contains("<script type=\"module\" src=\"/assets/app.js\">")
        .doesNotContain("http://", "https://");
    Http.Answer script = http.send("GET", root + "/assets/app.js", Map.of(), null);
    assertThat(script.status()).isEqualTo(200);
    assertThat(script.header("Content-Type")).startsWith("text/javascript");
    assertThat(http.send("GET", root + "/assets/..%2Fapp.js", Map.of(), null).status())
        .isEqualTo(404);
    assertThat(http.send("GET", root + "/assets/nothing.js", Map.of(), null).status())
        .isEqualTo(404);
    assertThat(http.send("GET", root + "/other", Map.of(), null).status()).isEqualTo(404);
    assertThat(http.send("POST", root + "/", Map.of(), "{}").status()).isEqualTo(405);
  }
}

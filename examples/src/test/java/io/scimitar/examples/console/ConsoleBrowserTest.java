package io.scimitar.examples.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimitar.examples.ExampleOptions;
import io.scimitar.examples.ExampleServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The console in headless Chromium against a real example server on a real port: an
 * administrator's whole story, from sign-in to users arriving from Okta. Every test leaves a
 * screenshot of its page in {@code target/screenshots/}.
 */
class ConsoleBrowserTest {
  private static final String ADMIN = "admin-console-test-0123456789abcdef";
  private static Browser browser;

  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private ExampleServer server;

  @TempDir
  Path keyDirectory;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void startServer() throws IOException {
    server = ExampleServer.start(ExampleOptions.parse("--port", "0", "--store", "memory",
        "--admin-token", ADMIN, "--key-dir", keyDirectory.toString()),
        new PrintStream(console, true, StandardCharsets.UTF_8));
    browser.viewport(1280, 800);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private String origin() {
    return "http://127.0.0.1:" + server.port();
  }

  private void signIn() {
    browser.driver.get(origin() + "/");
    WebElement credential = browser.waitFor(By.id("credential"));
    credential.sendKeys(ADMIN, Keys.ENTER);
    browser.waitForText(By.cssSelector("main h1"), "Users");
  }

  private void open(String hash, String heading) {
    browser.driver.get(origin() + "/" + hash);
    browser.waitForText(By.cssSelector("main h1"), heading);
  }

  private WebElement button(String action) {
    return browser.waitFor(By.cssSelector("dialog[open] button[data-action='" + action + "']"));
  }

  /** Turns sync on through the switch and its confirmation popup. */
  private void enableSyncInSettings() {
    open("#/settings", "Settings");
    browser.waitFor(By.id("sync-switch")).click();
    assertThat(browser.waitFor(By.cssSelector("dialog[open] h2")).getText())
        .isEqualTo("Enable SCIM synchronization?");
    button("confirm").click();
    browser.waitForText(By.id("sync-state"), "Enabled");
    assertThat(browser.driver.findElement(By.id("sync-switch")).getAttribute("aria-checked"))
        .isEqualTo("true");
  }

  /** Generates a key in Settings and reads its id and token from the dialog (still open). */
  private String[] generateKey() {
    open("#/settings", "Settings");
    browser.waitFor(By.id("generate-key")).click();
    browser.waitForText(By.cssSelector("dialog[open] h2"), "Create CredentialSecret");
    String id = browser.waitFor(By.id("new-key-id")).getText();
    String token = browser.waitFor(By.id("new-key-token")).getText();
    return new String[] {id, token};
  }

  /** Closes the key dialog and waits for the key list that shows the new key. */
  private void closeKeyDialog(String keyId) {
    button("done").click();
    rowText(keyId);
  }

  private String rowText(String cellText) {
    return browser.textOf(By.xpath("//main//tr[td[normalize-space(.)='" + cellText + "']]"));
  }

  @Test
  void signsInWithTheAdminCredentialAndOut() {
    browser.driver.get(origin() + "/");
    WebElement credential = browser.waitFor(By.id("credential"));
    assertThat(browser.driver.switchTo().activeElement()).isEqualTo(credential);
    credential.sendKeys("not-the-admin-credential", Keys.ENTER);
    browser.waitForText(By.id("signin-error"), "This admin credential is not valid.");
    browser.screenshot("sign-in");

    credential.clear();
    credential.sendKeys(ADMIN, Keys.ENTER);
    browser.waitForText(By.cssSelector("main h1"), "Users");
    browser.screenshot("signed-in");
    // The cookie is scoped to the admin API, so read it where the browser sends it.
    browser.driver.get(origin() + "/admin/session");
    Cookie session = browser.driver.manage().getCookieNamed(AdminSessions.COOKIE);
    assertThat(session.isHttpOnly()).isTrue();
    assertThat(session.getSameSite()).isEqualTo("Strict");
    assertThat(session.getPath()).isEqualTo("/admin");
    assertThat(browser.driver.getPageSource()).doesNotContain(ADMIN);

    browser.driver.get(origin() + "/");
    browser.waitFor(By.id("sign-out")).click();
    browser.waitForText(By.id("signin-error"), "You have signed out.");
    browser.driver.get(origin() + "/admin/session");
    assertThat(browser.driver.manage().getCookieNamed(AdminSessions.COOKIE)).isNull();
    browser.driver.get(origin() + "/");
    browser.waitFor(By.id("credential"));
    assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain(ADMIN);
  }

  @Test
  void enablesSyncThenShowsWhatOktaProvisionedWithTheGeneratedKeyAsExternalImport() {
    signIn();
    assertThat(new OktaClient(server.scimBaseUrl(), "none").send("GET", "/Users", null).status())
        .isEqualTo(401);
    // Start from sync off, as a new tenant would, and turn it on in the console.
    open("#/settings", "Settings");
    browser.waitFor(By.id("sync-switch")).click();
    button("confirm").click();
    browser.waitForText(By.id("sync-state"), "Disabled");
    enableSyncInSettings();
    assertThat(browser.waitFor(By.id("scim-address")).getText())
        .isEqualTo(server.scimBaseUrl());

    String[] key = generateKey();
    assertThat(key[1]).startsWith(key[0] + ".");
    browser.screenshot("create-credential-secret");
    closeKeyDialog(key[0]);
    assertThat(rowText(key[0])).contains("Enabled");

    OktaClient okta = new OktaClient(server.scimBaseUrl(), key[1]);
    String userId = okta.provisionUser("ada.lovelace@example.com", "Ada", "Lovelace");
    okta.pushGroup("Engineering", userId, "ada.lovelace@example.com");
    okta.provisionUser("katherine.johnson@example.com", "Katherine", "Johnson");
    okta.provisionUser("margaret.hamilton@example.com", "Margaret", "Hamilton");
    new Http().bearer("POST", server.adminBaseUrl() + "/users", ADMIN, """
        {"userName":"console.admin@example.com","displayName":"Console Admin",
         "emails":[{"value":"console.admin@example.com","primary":true}]}""");

    open("#/users", "Users");
    assertThat(rowText("ada.lovelace@example.com"))
        .contains("Ada Lovelace (Okta)", "Enabled", "External Import");
    assertThat(rowText("console.admin@example.com")).contains("Manually created");
    browser.waitForText(By.id("users-total"), "1–4 of 4 users");
    browser.screenshot("users");
    open("#/groups", "User Groups");
    assertThat(rowText("Engineering")).contains("External Import");
    browser.screenshot("user-groups");

    browser.driver.findElement(By.linkText("Engineering")).click();
    browser.waitForText(By.cssSelector("main h1"), "Engineering");
    browser.waitForText(By.id("members-total"), "1–1 of 1 members");
    assertThat(browser.driver.findElement(By.id("group-source")).getText())
        .isEqualTo("External Import");
    browser.screenshot("group");
  }

  @Test
  void downloadsTheKeyAsCsvWithItsColumns() throws Exception {
    signIn();
    String[] key = generateKey();
    button("download").click();
    Path csv = browser.downloads.resolve("scim-key-" + key[0] + ".csv");
    browser.waitUntil(driver -> Files.exists(csv));
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).isEqualTo("key id,created,token,base URL");
    String[] row = lines.get(1).split(",", -1);
    assertThat(row).hasSize(4);
    assertThat(row[0]).isEqualTo(key[0]);
    assertThat(row[2]).isEqualTo(key[1]);
    assertThat(row[3]).isEqualTo(server.scimBaseUrl());
    assertThat(new OktaClient(server.scimBaseUrl(), row[2]).send("GET", "/Users", null).status())
        .isEqualTo(200);
    browser.screenshot("key-downloaded");
  }

  @Test
  void aDisabledKeyIsRefusedAndAThirdActiveKeyIsRefusedWithTheReason() {
    signIn();
    // The server generated one key as it started; this is the second active one.
    String[] key = generateKey();
    closeKeyDialog(key[0]);
    browser.waitFor(By.id("generate-key")).click();
    browser.waitForText(By.id("key-error"), "already has 2 active SCIM keys (at most 2)");
    browser.screenshot("third-key-refused");

    OktaClient okta = new OktaClient(server.scimBaseUrl(), key[1]);
    assertThat(okta.send("GET", "/Users", null).status()).isEqualTo(200);
    browser.waitFor(By.xpath("//tr[td[normalize-space(.)='" + key[0]
        + "']]//button[@data-action='disable']")).click();
    button("confirm").click();
    browser.waitUntil(driver -> rowText(key[0]).contains("Disabled"));
    assertThat(okta.send("GET", "/Users", null).status()).isEqualTo(401);

    // With one active key left, a new one may be generated again.
    String[] replacement = generateKey();
    closeKeyDialog(replacement[0]);
    assertThat(new OktaClient(server.scimBaseUrl(), replacement[1]).send("GET", "/Users", null)
        .status()).isEqualTo(200);
    browser.screenshot("settings");
  }

  @Test
  void aManuallyCreatedUserShowsManuallyCreatedAndCanBeEdited() {
    signIn();
    browser.waitFor(By.id("create-user")).click();
    browser.waitFor(By.id("user-name")).sendKeys("grace.hopper@example.com");
    browser.driver.findElement(By.id("given-name")).sendKeys("Grace");
    browser.driver.findElement(By.id("family-name")).sendKeys("Hopper");
    browser.driver.findElement(By.id("display-name")).sendKeys("Grace Hopper");
    browser.driver.findElement(By.id("email")).sendKeys("grace.hopper@example.com");
    button("save").click();
    assertThat(rowText("grace.hopper@example.com")).contains("Grace Hopper", "Manually created");

    browser.driver.findElement(By.linkText("grace.hopper@example.com")).click();
    browser.waitForText(By.cssSelector("main h1"), "grace.hopper@example.com");
    assertThat(browser.driver.findElement(By.id("user-source")).getText())
        .isEqualTo("Manually created");
    browser.waitFor(By.id("edit")).click();
    WebElement displayName = browser.waitFor(By.id("display-name"));
    displayName.clear();
    displayName.sendKeys("Rear Admiral Grace Hopper");
    button("save").click();
    browser.waitForText(By.cssSelector(".page-sub"), "Rear Admiral Grace Hopper");
    browser.screenshot("manual-user");
  }

  @Test
  void anImportedUserIsReadOnlyWhileSyncIsOnAndShowsItsGroupsDirectAndNested() {
    String key = server.keys().create(ExampleServer.TENANT).token();
    OktaClient okta = new OktaClient(server.scimBaseUrl(), key);
    String userId = okta.provisionUser("alan.turing@example.com", "Alan", "Turing");
    String team = okta.pushGroup("Codebreakers", userId, "alan.turing@example.com");
    okta.pushGroup("Bletchley Park", team, "Codebreakers");
    signIn();

    open("#/users/" + userId, "alan.turing@example.com");
    assertThat(browser.waitFor(By.id("read-only-reason")).getText())
        .contains("provisioned by your identity provider over SCIM",
            "While SCIM synchronization is enabled");
    assertThat(browser.driver.findElement(By.id("edit")).isEnabled()).isFalse();
    assertThat(browser.driver.findElement(By.id("delete")).isEnabled()).isFalse();
    assertThat(rowText("Codebreakers")).contains("Direct");
    assertThat(rowText("Bletchley Park")).contains("Nested, through Codebreakers");
    browser.screenshot("imported-user-read-only");
  }

  @Test
  void staysUsableInANarrowWindowWithTheKeyboard() {
    browser.viewport(480, 900);
    signIn();
    WebElement settings = browser.waitFor(By.cssSelector("a[data-nav='settings']"));
    assertThat(settings.isDisplayed()).isTrue();
    settings.sendKeys(Keys.ENTER);
    browser.waitForText(By.cssSelector("main h1"), "Settings");
    WebElement toggle = browser.waitFor(By.id("sync-switch"));
    toggle.sendKeys(Keys.SPACE);
    browser.waitForText(By.cssSelector("dialog[open] h2"), "Disable SCIM synchronization?");
    browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    browser.waitUntil(driver -> driver.findElements(By.cssSelector("dialog[open]")).isEmpty());
    assertThat(browser.driver.switchTo().activeElement()).isEqualTo(toggle);
    assertThat(browser.driver.findElement(By.id("sync-state")).getText()).isEqualTo("Enabled");
    browser.screenshot("settings-narrow");
  }
}

package io.scimitar.examples;

import io.scimitar.core.auth.IssuedScimKey;
import io.scimitar.core.auth.ScimKey;
import io.scimitar.core.auth.ScimKeyStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What the server prints as it starts: the store, the SCIM base URL, the SCIM key situation and
 * the admin API. A token appears only when it was generated on this start, and only once.
 */
final class Announcement {
  private final ExampleOptions options;
  private final String scimBaseUrl;
  private final String adminBaseUrl;
  private final PrintStream console;

  Announcement(ExampleOptions options, String scimBaseUrl, String adminBaseUrl,
      PrintStream console) {
    this.options = options;
    this.scimBaseUrl = scimBaseUrl;
    this.adminBaseUrl = adminBaseUrl;
    this.console = console;
  }

  void print(KeyAtStart key, boolean syncEnabled, AdminCredentialAtStart admin) {
    console.println("Scimitar example server");
    console.println("Store: " + options.store().describe());
    console.println("SCIM base URL: " + scimBaseUrl);
    if (key instanceof KeyAtStart.Generated generated) {
      printGenerated(generated.issued());
    } else if (key instanceof KeyAtStart.Registered registered) {
      printRegistered(registered.key());
    } else if (key instanceof KeyAtStart.Existing existing) {
      console.println("SCIM keys: " + existing.keys().size() + " stored, " + existing.active()
          + " active; a token is shown only when its key is created. Create a key with:");
      console.println("  curl -X POST -H 'Authorization: Bearer <admin token>' "
          + adminBaseUrl + "/keys");
    }
    if (!syncEnabled) {
      console.println("SCIM sync is OFF: every SCIM request gets 403 until it is turned on"
          + " (PUT " + adminBaseUrl + "/sync {\"enabled\":true})");
    }
    console.println("Console: " + adminBaseUrl.substring(0, adminBaseUrl.length()
        - ExampleServer.ADMIN_PATH.length()) + "/ (sign in with the admin token)");
    console.println("Admin API: " + adminBaseUrl);
    if (admin.generatedToken() != null) {
      console.println("Admin token (shown once): " + admin.generatedToken());
    } else if (options.adminToken() != null) {
      console.println("Admin token: the one given with --admin-token");
    } else {
      console.println("Admin token: the one stored (as a hash) in " + admin.file());
    }
    if (admin.file() == null) {
      console.println("  kept in memory only: pass --admin-file <file> to keep it across restarts");
    }
    console.println("Try: curl -H 'Authorization: Bearer <SCIM key>' " + scimBaseUrl + "/Users");
  }

  private void printGenerated(IssuedScimKey issued) {
    console.println("SCIM key " + issued.key().id() + " (shown once):");
    console.println("  " + issued.token());
    try {
      Path file = KeyCsvFile.write(options.keyDirectory(), issued, scimBaseUrl);
      console.println("  also saved to " + file);
    } catch (IOException e) {
      // The key was shown above; a missing file must not stop the server from serving it.
      console.println("  could not be saved to " + options.keyDirectory() + ": " + e);
    }
  }

  private void printRegistered(ScimKey key) {
    console.println("SCIM key " + key.id() + ": the token given with --token"
        + (key.status() == ScimKeyStatus.ACTIVE ? ""
            : " (" + key.status() + ": requests with it get 401)"));
  }
}

package io.scimitar.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * After the load: every acknowledged create, update and member addition is on the server as
 * acknowledged, and no {@code userName} (compared case-insensitively, as the server does) or
 * group name of the run is held twice. Reads are sent until answered: the checks run once the
 * service is back.
 */
final class Checks {
  /**
   * What the checks found.
   *
   * @param lostCreates acknowledged users that are gone
   * @param lostUpdates users whose stored title or active flag is neither the acknowledged one
   *     nor one sent after it
   * @param lostMembers acknowledged member additions missing from their group
   * @param duplicateUsers users beyond the first holding a userName of the run
   * @param duplicateGroups groups beyond the first holding a display name of the run
   * @param details the first few findings, for the log
   */
  record Findings(long lostCreates, long lostUpdates, long lostMembers, long duplicateUsers,
      long duplicateGroups, List<String> details) {
    long lost() {
      return lostCreates + lostUpdates + lostMembers;
    }
  }

  private final ScimHttp http;
  private final Ledger ledger;
  private final List<String> details = new ArrayList<>();

  Checks(ScimHttp http, Ledger ledger) {
    this.http = http;
    this.ledger = ledger;
  }

  Findings run(String prefix) {
    long lostCreates = 0;
    long lostUpdates = 0;
    for (Ledger.User user : ledger.users()) {
      Reply stored = read("/Users/" + user.id);
      if (stored.status() == 404) {
        lostCreates++;
        note("acknowledged user " + user.userName + " (" + user.id + ") is gone");
        continue;
      }
      JsonNode body = stored.body();
      if (!body.path("userName").asText().equals(user.userName)
          || !user.titleMatches(body.path("title").asText())
          || !user.activeMatches(OktaWorker.isActive(body))) {
        lostUpdates++;
        note("user " + user.userName + " holds title=" + body.path("title").asText()
            + " active=" + OktaWorker.isActive(body) + ", acknowledged title=" + user.ackedTitle
            + " active=" + user.ackedActive);
      }
    }
    long lostMembers = 0;
    for (Map.Entry<String, String> group : ledger.groups().entrySet()) {
      Set<String> stored = new HashSet<>();
      for (JsonNode member : read("/Groups/" + group.getValue() + "?attributes=members").body()
          .path("members")) {
        stored.add(member.path("value").asText());
      }
      for (String added : ledger.membersOf(group.getValue())) {
        if (!stored.contains(added)) {
          lostMembers++;
          note("acknowledged member " + added + " of " + group.getKey() + " is missing");
        }
      }
    }
    return new Findings(lostCreates, lostUpdates, lostMembers,
        duplicates("Users", "userName", prefix), duplicates("Groups", "displayName", prefix),
        List.copyOf(details));
  }

  /** Resources beyond the first per (case-folded) name, over every page of a prefix filter. */
  private long duplicates(String endpoint, String attribute, String prefix) {
    Map<String, Integer> holders = new HashMap<>();
    for (int start = 1; ; start += 1000) {
      JsonNode page = read("/" + endpoint + "?" + ScimHttp.filter(attribute + " sw \"" + prefix
          + "\"") + "&attributes=" + attribute + "&count=1000&startIndex=" + start).body();
      JsonNode resources = page.path("Resources");
      for (JsonNode resource : resources) {
        holders.merge(resource.path(attribute).asText().toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
      if (resources.size() < 1000) {
        break;
      }
    }
    long extra = 0;
    for (Map.Entry<String, Integer> name : holders.entrySet()) {
      if (name.getValue() > 1) {
        extra += name.getValue() - 1;
        note(endpoint + " " + name.getKey() + " is held " + name.getValue() + " times");
      }
    }
    return extra;
  }

  private Reply read(String path) {
    for (int attempt = 0; ; attempt++) {
      Reply reply = http.send("GET", path, null);
      if (!reply.retryable() || attempt > 120) {
        return reply;
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return reply;
      }
    }
  }

  private void note(String finding) {
    if (details.size() < 10) {
      details.add(finding);
    }
  }
}

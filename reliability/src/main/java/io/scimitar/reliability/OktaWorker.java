package io.scimitar.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One provisioning worker, behaving as Okta does: it looks a user up by {@code userName} before
 * creating it, updates with PUT, deactivates with PATCH, adds members to its own group and to a
 * group all workers share, and sends a request again, after {@code Retry-After}, when it got no
 * answer or a 5xx. Each 2xx write goes into the {@link Ledger}.
 */
final class OktaWorker implements Runnable {
  private static final String USER_URN = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String PATCH_URN = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  private static final long MAX_WAIT_MILLIS = 5_000;

  private final ScimHttp http;
  private final Ledger ledger;
  private final String prefix;
  private final String ownGroup;
  private final String sharedGroup;
  private final long stopMillis;
  private final long giveUpMillis;
  private final AtomicLong acknowledgedUpdates;
  private final List<Ledger.User> mine = new ArrayList<>();
  private int next;

  OktaWorker(ScimHttp http, Ledger ledger, String prefix, String ownGroup, String sharedGroup,
      long stopMillis, long giveUpMillis, AtomicLong acknowledgedUpdates) {
    this.http = http;
    this.ledger = ledger;
    this.prefix = prefix;
    this.ownGroup = ownGroup;
    this.sharedGroup = sharedGroup;
    this.stopMillis = stopMillis;
    this.giveUpMillis = giveUpMillis;
    this.acknowledgedUpdates = acknowledgedUpdates;
  }

  @Override
  public void run() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (System.currentTimeMillis() < stopMillis && !Thread.currentThread().isInterrupted()) {
      double roll = random.nextDouble();
      if (mine.size() < 3 || roll < 0.3) {
        create();
      } else if (roll < 0.55) {
        update(pick(random));
      } else if (roll < 0.62) {
        deactivate(pick(random));
      } else {
        addMember(roll < 0.81 ? ownGroup : sharedGroup, pick(random));
      }
    }
  }

  private Ledger.User pick(ThreadLocalRandom random) {
    return mine.get(random.nextInt(mine.size()));
  }

  /** Filter, then create when absent; a create answered 409 is looked up again. */
  private void create() {
    String userName = prefix + "-u" + next++ + "@example.com";
    Reply found = untilAnswered("GET", "/Users?" + ScimHttp.filter(
        "userName eq \"" + userName + "\""), null);
    if (found.status() < 0 || found.body().path("totalResults").asInt() > 0) {
      return;
    }
    Reply created = untilAnswered("POST", "/Users", userBody(userName, "t0", true));
    if (created.status() == 201) {
      mine.add(ledger.created(userName, created.body().path("id").asText(), "t0"));
    }
  }

  private void update(Ledger.User user) {
    String title = "t" + ++user.titles;
    user.sending(title, user.active);
    Reply replaced = untilAnswered("PUT", "/Users/" + user.id,
        userBody(user.userName, title, user.active));
    if (replaced.ok()) {
      user.acknowledged(title, user.active);
      acknowledgedUpdates.incrementAndGet();
    }
  }

  private void deactivate(Ledger.User user) {
    String title = user.ackedTitle;
    user.active = false;
    user.sending(title, false);
    Reply patched = untilAnswered("PATCH", "/Users/" + user.id, "{\"schemas\":[\"" + PATCH_URN
        + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}");
    if (patched.ok()) {
      user.acknowledged(title, false);
      acknowledgedUpdates.incrementAndGet();
    }
  }

  private void addMember(String groupId, Ledger.User user) {
    Reply patched = untilAnswered("PATCH", "/Groups/" + groupId, "{\"schemas\":[\"" + PATCH_URN
        + "\"],\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
        + user.id + "\"}]}]}");
    if (patched.ok()) {
      ledger.memberAdded(groupId, user.id);
    }
  }

  /** Sends until an answer that is not a 5xx, as Okta retries, or until the worker gives up. */
  private Reply untilAnswered(String method, String path, String body) {
    while (true) {
      Reply reply = http.send(method, path, body);
      if (!reply.retryable() || System.currentTimeMillis() > giveUpMillis) {
        return reply;
      }
      long wait = reply.retryAfter()
          ? Math.min(MAX_WAIT_MILLIS, reply.retryAfterSeconds() * 1000) : 500;
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return reply;
      }
    }
  }

  static String userBody(String userName, String title, boolean active) {
    return "{\"schemas\":[\"" + USER_URN + "\"],\"userName\":\"" + userName + "\","
        + "\"name\":{\"givenName\":\"Barbara\",\"familyName\":\"Jensen\"},"
        + "\"emails\":[{\"value\":\"" + userName + "\",\"type\":\"work\",\"primary\":true}],"
        + "\"title\":\"" + title + "\",\"active\":" + active + "}";
  }

  static boolean isActive(JsonNode user) {
    return user.path("active").asBoolean();
  }
}

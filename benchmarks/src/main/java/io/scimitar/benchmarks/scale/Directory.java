package io.scimitar.benchmarks.scale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.resource.Meta;
import io.scimitar.core.resource.ScimResource;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * The synthetic directory of a scale run, as canonical trees the service would hand a store
 * (id and {@code meta} assigned). Deterministic: user {@code i} and group {@code g} are the same
 * in every run, so lookups can name any of them without keeping a list (which would sit on the
 * heap being measured). Ids are UUIDs that look random, as the service assigns them.
 *
 * <p>Users: userName, name, displayName, title, a work email (primary) and a home email,
 * {@code active} true for three users in four, externalId (an Entra-style GUID) and the
 * Enterprise extension (employee number, cost centre, organisation, division, department,
 * manager). Groups: {@link #SMALL_GROUPS} groups of {@link #SMALL_GROUP_SIZE} members, and
 * three groups whose member changes are timed, of 10, 1,000 and 100,000 members.
 */
final class Directory {
  static final String USER_URN = "urn:ietf:params:scim:schemas:core:2.0:User";
  static final String ENTERPRISE_URN =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  static final String GROUP_URN = "urn:ietf:params:scim:schemas:core:2.0:Group";
  static final int SMALL_GROUPS = 10_000;
  static final int SMALL_GROUP_SIZE = 5;
  /** Sizes of the groups whose member changes are timed. */
  static final int[] TIMED_GROUP_SIZES = {10, 1_000, 100_000};
  /** The users every timed group is built from, and the one added to and removed from them. */
  static final int FIRST_STAGE_USERS = 100_000;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");
  private static final String[] GIVEN = {"Barbara", "James", "Mary", "Robert", "Patricia", "John",
      "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Susan", "Richard", "Jessica",
      "Joseph", "Sarah", "Thomas", "Karen", "Charles", "Amara", "Kenji", "Ingrid", "Mateo"};
  private static final String[] FAMILY = {"Jensen", "Smith", "Johnson", "Williams", "Brown",
      "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez",
      "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Okafor", "Tanaka", "Lindqvist", "Rossi"};
  private static final String[] DIVISIONS = {"Sales", "Engineering", "Operations", "Finance",
      "Support", "Legal"};

  private Directory() {}

  /** The id of user {@code i}. */
  static String userId(int i) {
    return uuid(i, 0x5ca1eL);
  }

  /** The externalId of user {@code i}, an Entra-style GUID. */
  static String userExternalId(int i) {
    return uuid(i, 0xe7a1L);
  }

  /** The id of group {@code g}: small groups are 0 to 9,999, timed groups follow. */
  static String groupId(int g) {
    return uuid(g, 0x6a0b5L);
  }

  /** The group index of the timed group of {@code size} members. */
  static int timedGroup(int size) {
    for (int k = 0; k < TIMED_GROUP_SIZES.length; k++) {
      if (TIMED_GROUP_SIZES[k] == size) {
        return SMALL_GROUPS + k;
      }
    }
    throw new IllegalArgumentException("no timed group of " + size + " members");
  }

  /**
   * The user added to and removed from the timed groups: the last user of the first stage,
   * which none of them contains (the group of 100,000 holds the other 99,999 users of the
   * first stage and one nested group).
   */
  static int outsider() {
    return FIRST_STAGE_USERS - 1;
  }

  /** The userName of user {@code i}. */
  static String userName(int i) {
    return (given(i) + "." + family(i) + i + "@example.com").toLowerCase(Locale.ROOT);
  }

  /** The home email of user {@code i}. */
  static String homeEmail(int i) {
    return (given(i) + "_" + i + "@mail.example.net").toLowerCase(Locale.ROOT);
  }

  /** User {@code i} as stored, at version 1. */
  static ScimResource user(int i) {
    ObjectNode user = NODES.objectNode();
    user.putArray("schemas").add(USER_URN).add(ENTERPRISE_URN);
    String id = userId(i);
    user.put("id", id);
    user.put("externalId", userExternalId(i));
    user.put("userName", userName(i));
    ObjectNode name = user.putObject("name");
    name.put("formatted", given(i) + " " + family(i));
    name.put("familyName", family(i));
    name.put("givenName", given(i));
    user.put("displayName", given(i) + " " + family(i));
    user.put("title", i % 7 == 0 ? "Manager" : "Engineer");
    ArrayNode emails = user.putArray("emails");
    emails.addObject().put("value", userName(i)).put("type", "work").put("primary", true);
    emails.addObject().put("value", homeEmail(i)).put("type", "home");
    user.put("active", i % 4 != 0);
    ObjectNode enterprise = user.putObject(ENTERPRISE_URN);
    enterprise.put("employeeNumber", Integer.toString(100_000 + i));
    enterprise.put("costCenter", "CC-" + (i % 200));
    enterprise.put("organization", "Example Corp");
    enterprise.put("division", DIVISIONS[i % DIVISIONS.length]);
    enterprise.put("department", "Department " + (i % 60));
    enterprise.putObject("manager").put("value", userId(i - i % 100));
    user.set("meta", meta("User", "1"));
    return ScimResource.wrap("User", user);
  }

  /** Group {@code g} with its members, at version 1. */
  static ScimResource group(int g) {
    ObjectNode group = groupWithoutMembers(g, "1");
    ArrayNode members = NODES.arrayNode();
    if (g < SMALL_GROUPS) {
      for (int k = 0; k < SMALL_GROUP_SIZE; k++) {
        addUser(members, (g * SMALL_GROUP_SIZE + k) % outsider());
      }
    } else {
      int size = TIMED_GROUP_SIZES[g - SMALL_GROUPS];
      int users = Math.min(size, outsider());
      for (int i = 0; i < users; i++) {
        addUser(members, i);
      }
      if (users < size) {
        members.addObject().put("value", groupId(0)).put("type", "Group");
      }
    }
    ObjectNode withMembers = NODES.objectNode();
    group.properties().forEach(entry -> {
      if (entry.getKey().equals("meta")) {
        withMembers.set("members", members);
      }
      withMembers.set(entry.getKey(), entry.getValue());
    });
    return ScimResource.wrap("Group", withMembers);
  }

  /** Group {@code g} without members at a version, as the service hands it to a member change. */
  static ObjectNode groupWithoutMembers(int g, String version) {
    ObjectNode group = NODES.objectNode();
    group.putArray("schemas").add(GROUP_URN);
    group.put("id", groupId(g));
    group.put("externalId", uuid(g, 0xe7a2L));
    group.put("displayName", g < SMALL_GROUPS
        ? "Team " + g : "Timed group of " + TIMED_GROUP_SIZES[g - SMALL_GROUPS]);
    group.set("meta", meta("Group", version));
    return group;
  }

  private static void addUser(ArrayNode members, int i) {
    members.addObject().put("value", userId(i)).put("type", "User");
  }

  private static ObjectNode meta(String resourceType, String version) {
    Instant modified = CREATED.plusSeconds(Long.parseLong(version));
    return new Meta(resourceType, CREATED, modified, null, version).toJson();
  }

  private static String given(int i) {
    return GIVEN[i % GIVEN.length];
  }

  private static String family(int i) {
    return FAMILY[(i / GIVEN.length) % FAMILY.length];
  }

  /** A UUID that looks random but is a function of {@code n} and a salt (SplitMix64). */
  private static String uuid(long n, long salt) {
    long high = mix(n * 0x9e3779b97f4a7c15L + salt);
    long low = mix(high ^ (n + salt));
    high = (high & ~0xf000L) | 0x4000L; // version 4
    low = (low & 0x3fffffffffffffffL) | 0x8000000000000000L; // IETF variant
    return new UUID(high, low).toString();
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}

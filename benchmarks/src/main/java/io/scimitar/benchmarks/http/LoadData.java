package io.scimitar.benchmarks.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.benchmarks.Fixtures;
import io.scimitar.core.json.ScimJson;
import io.scimitar.core.service.AttributeSelection;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import java.util.ArrayList;
import java.util.List;

/**
 * The data the load runs against, created through the service as a client would create it.
 *
 * <p>Reads go to one tenant and writes to another, so that what the writes add (users, group
 * members, and with them the {@code groups} of users) never changes the read answers recorded
 * for the bare resources.
 *
 * @param readUserIds the users of the read tenant: the RFC 7643 §8.3 enterprise user with a
 *     unique {@code userName}, each a member of one of {@value #READ_GROUPS} groups
 * @param readUserNames their {@code userName}s, in the same order
 * @param readSmallUserIds more users of the read tenant, each as identity providers create
 *     one by default (a sixth of the enterprise user's size as answered), in no group
 * @param writeUserIds the users of the write tenant, the members PATCH adds
 * @param writeGroupIds the groups of the write tenant, empty at first
 */
record LoadData(List<String> readUserIds, List<String> readUserNames,
    List<String> readSmallUserIds, List<String> writeUserIds, List<String> writeGroupIds) {
  /** Groups in the read tenant; every read user is in exactly one. */
  static final int READ_GROUPS = 10;
  /** Groups in the write tenant, which PATCH adds members to. */
  static final int WRITE_GROUPS = 1000;
  /** Where a POST body template holds the {@code userName} the load script puts in. */
  static final String USER_NAME_PLACEHOLDER = "USER_NAME_PLACEHOLDER";

  private static final ScimJson JSON = ScimJson.withDefaults();

  /** Creates {@code users} users of each kind (and the groups) in each tenant. */
  static LoadData seed(ScimService service, ScimCall reads, ScimCall writes, int users) {
    List<String> readIds = new ArrayList<>(users);
    List<String> readNames = new ArrayList<>(users);
    for (int i = 0; i < users; i++) {
      String userName = "user" + i + "@example.com";
      readIds.add(create(service, reads, "User", enterpriseUser(i, userName)));
      readNames.add(userName);
    }
    for (int g = 0; g < READ_GROUPS; g++) {
      ObjectNode group = group("Team " + g);
      ArrayNode members = group.putArray("members");
      for (int i = g; i < users; i += READ_GROUPS) {
        members.addObject().put("value", readIds.get(i));
      }
      create(service, reads, "Group", group);
    }
    List<String> smallIds = new ArrayList<>(users);
    for (int i = 0; i < users; i++) {
      smallIds.add(create(service, reads, "User", provisionedUser("okta" + i + "@example.com")));
    }
    List<String> writeIds = new ArrayList<>(users);
    for (int i = 0; i < users; i++) {
      writeIds.add(create(service, writes, "User", provisionedUser("member" + i + "@example.com")));
    }
    List<String> groupIds = new ArrayList<>(WRITE_GROUPS);
    for (int g = 0; g < WRITE_GROUPS; g++) {
      groupIds.add(create(service, writes, "Group", group("Department " + g)));
    }
    return new LoadData(List.copyOf(readIds), List.copyOf(readNames), List.copyOf(smallIds),
        List.copyOf(writeIds), List.copyOf(groupIds));
  }

  /**
   * A user as identity providers create one (the attributes Okta sends by default), the body of
   * the POST scenario.
   */
  static ObjectNode provisionedUser(String userName) {
    ObjectNode user = JSON.readObject("""
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
         "name": {"givenName": "Alex", "familyName": "Smith"},
         "emails": [{"primary": true, "value": "alex.smith@example.com", "type": "work"}],
         "displayName": "Alex Smith", "locale": "en-US", "active": true}
        """);
    user.put("userName", userName);
    user.put("externalId", "00u" + Integer.toHexString(userName.hashCode()));
    return user;
  }

  /** The PATCH body that adds one member (as Okta and Entra ID send it). */
  static ObjectNode addMember(String memberId) {
    ObjectNode patch = JSON.readObject("""
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
         "Operations": [{"op": "add", "path": "members", "value": [{"value": ""}]}]}
        """);
    ((ObjectNode) patch.at("/Operations/0/value/0")).put("value", memberId);
    return patch;
  }

  private static ObjectNode enterpriseUser(int i, String userName) {
    ObjectNode user = JSON.readObject(Fixtures.ENTERPRISE_USER);
    user.remove("id");
    user.remove("meta");
    user.put("userName", userName);
    user.put("externalId", String.valueOf(701984 + i));
    ((ObjectNode) user.withArrayProperty("emails").get(0)).put("value", userName);
    return user;
  }

  private static ObjectNode group(String displayName) {
    ObjectNode group = JSON.readObject(
        "{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:Group\"]}");
    group.put("displayName", displayName);
    return group;
  }

  private static String create(ScimService service, ScimCall call, String type, ObjectNode body) {
    return service.create(call, type, body, AttributeSelection.DEFAULT).body().get("id").asText();
  }
}

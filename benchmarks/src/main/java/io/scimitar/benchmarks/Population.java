package io.scimitar.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.json.ScimJson;
import java.util.ArrayList;
import java.util.List;

/**
 * A small population of users derived from the RFC 7643 enterprise user, varied so that each of
 * the ten filters matches some users and not others. Deterministic: user {@code i} is the same
 * in every run and for every library, which each read the same JSON text.
 */
final class Population {
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final ScimJson JSON = ScimJson.withDefaults();

  private Population() {}

  /** The JSON text of {@code count} users. */
  static List<String> users(int count) {
    List<String> users = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      users.add(JSON.writeString(user(i)));
    }
    return users;
  }

  private static ObjectNode user(int i) {
    ObjectNode user = JSON.readObject(Fixtures.ENTERPRISE_USER);
    user.put("id", "user-" + i);
    user.put("userName", i % 10 == 0 ? "Bjensen" : "user" + i + "@example.com");
    user.put("active", i % 3 != 0);
    if (i % 2 == 1) {
      ObjectNode workEmail = (ObjectNode) user.withArrayProperty("emails").get(0);
      workEmail.put("value", "user" + i + "@example.org");
    }
    ObjectNode name = user.withObjectProperty("name");
    name.put("familyName", i % 4 == 0 ? "Jensen" : "Smith");
    name.put("givenName", i % 5 == 0 ? "Barbara" : "Alex");
    if (i % 2 == 0) {
      user.withObjectProperty("meta").put("lastModified", "2012-01-01T00:00:00Z");
    }
    if (i % 6 == 0) {
      user.remove("title");
    }
    user.put("userType", i % 4 == 0 ? "Contractor" : "Employee");
    ArrayNode addresses = user.withArrayProperty("addresses");
    for (int a = 0; a < addresses.size(); a++) {
      ((ObjectNode) addresses.get(a)).put("postalCode", i % 2 == 0 ? "91608" : "10001");
    }
    if (i % 5 == 0) {
      user.remove("phoneNumbers");
    }
    ObjectNode enterprise = user.withObjectProperty(ENTERPRISE);
    enterprise.put("employeeNumber", String.valueOf(701984 + i % 7));
    if (i % 3 != 0) {
      enterprise.withObjectProperty("manager").put("value", "manager-" + i);
    }
    return user;
  }
}

package io.scimitar.store.tck;

import static io.scimitar.store.tck.TckResources.idOf;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.Storage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The seeded data set of the filter and sort suites: eight users and four groups, each chosen to
 * separate one rule from its neighbours (case-insensitive and case-exact attributes, primary
 * versus first values, missing attributes, extension attributes, timestamps). Resources are
 * named; their ids are {@link TckResources#idOf} of the name, so the default order (by id) is
 * unrelated to the names.
 *
 * <pre>
 * name   userName               title            active emails (type, primary)            addresses (type locality country)  externalId employeeNumber department manager created    lastModified
 * alice  alice@example.com      Engineer         true   alice@example.com w P, home         work Berlin DE                     ext-001    1001           R&amp;D        -       01-01 00h  03-01
 * bob    Bob.Brown@example.com  Engineer         true   bob@example.com w P                 home Paris FR                      EXT-002    1002           R&amp;D        alice   01-02      01-02
 * carol  carol                  Senior Engineer  false  z.carol@corp.test w, carol@example.com home P  work Berlin DE, home Potsdam DE  ext-003  1003  Sales  alice   01-03      04-15
 * dave   dave                   -                true   dave@corp.test w                    -                                  -          2001           Sales      carol   01-04      01-04
 * erin   Erin                   Manager          true   -                                   work Munich DE                     ext-005    (no extension)                       02-01 10h  05-01
 * frank  frank_f                engineer         true   frank@EXAMPLE.com w P               -                                  ext-006    1004           R&amp;D        bob     02-02      02-02
 * grace  grace                  Director         false  grace@example.org other P           other Vienna AT                    ext-007    3001           -          -       03-01      06-01
 * heidi  heidi                  -                -      -                                   -                                  -          -              -          -       03-02      03-02
 * </pre>
 *
 * <p>Groups: {@code engineering} (alice, bob, frank), {@code sales} (carol, dave), {@code empty}
 * (none) and {@code all} (the groups engineering and sales, and heidi).
 */
public final class Directory {
  /** The user names, in the order they are created. */
  public static final List<String> USERS =
      List.of("alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi");

  /** The group names, in the order they are created. */
  public static final List<String> GROUPS = List.of("engineering", "sales", "empty", "all");

  private static final String ENTERPRISE = BuiltInSchemas.ENTERPRISE_USER;
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Map<String, ScimResource> users = new LinkedHashMap<>();
  private final Map<String, ScimResource> groups = new LinkedHashMap<>();

  /** Builds the data set; nothing is stored until {@link #loadInto}. */
  public Directory() {
    user("alice", "alice@example.com", "Alice", "Anders", "Engineer", true, "Employee",
        "ext-001", "2024-01-01T00:00:00Z", "2024-03-01T00:00:00Z",
        values(email("alice@example.com", "work", true), email("alice.home@mail.test", "home",
            null)),
        values(address("work", "Berlin", "DE", "10115")),
        enterprise("1001", "R&D", null));
    users.put("alice", withProfileUrl(users.get("alice"), "https://example.com/~Alice"));
    user("bob", "Bob.Brown@example.com", "Bob", "Brown", "Engineer", true, "Employee",
        "EXT-002", "2024-01-02T00:00:00Z", "2024-01-02T00:00:00Z",
        values(email("bob@example.com", "work", true)),
        values(address("home", "Paris", "FR", "75001")),
        enterprise("1002", "R&D", "alice"));
    user("carol", "carol", "Carol", "Chen", "Senior Engineer", false, "Contractor",
        "ext-003", "2024-01-03T00:00:00Z", "2024-04-15T00:00:00Z",
        values(email("z.carol@corp.test", "work", false), email("carol@example.com", "home",
            true)),
        values(address("work", "Berlin", "DE", "10117"),
            address("home", "Potsdam", "DE", "14467")),
        enterprise("1003", "Sales", "alice"));
    user("dave", "dave", "Dave", "Dunn", null, true, null,
        null, "2024-01-04T00:00:00Z", "2024-01-04T00:00:00Z",
        values(email("dave@corp.test", "work", null)),
        null,
        enterprise("2001", "Sales", "carol"));
    user("erin", "Erin", "Erin", "Evans", "Manager", true, null,
        "ext-005", "2024-02-01T10:00:00Z", "2024-05-01T00:00:00Z",
        null,
        values(address("work", "Munich", "DE", "80331")),
        null);
    user("frank", "frank_f", "Frank", "Fischer", "engineer", true, null,
        "ext-006", "2024-02-02T00:00:00Z", "2024-02-02T00:00:00Z",
        values(email("frank@EXAMPLE.com", "work", true)),
        null,
        enterprise("1004", "R&D", "bob"));
    user("grace", "grace", "Grace", "Green", "Director", false, null,
        "ext-007", "2024-03-01T00:00:00Z", "2024-06-01T00:00:00Z",
        values(email("grace@example.org", "other", true)),
        values(address("other", "Vienna", "AT", "1010")),
        enterprise("3001", null, null));
    user("heidi", "heidi", null, null, null, null, null,
        null, "2024-03-02T00:00:00Z", "2024-03-02T00:00:00Z",
        null, null, null);

    group("engineering", "Engineering", "alice", "bob", "frank");
    group("sales", "Sales", "carol", "dave");
    group("empty", "Empty");
    group("all", "All staff", "engineering", "sales", "heidi");
  }

  /** Stores every user, then every group, in a tenant. */
  public void loadInto(Storage storage, RequestContext tenant) {
    var userStore = storage.store("User").orElseThrow();
    users.values().forEach(user -> userStore.create(tenant, user));
    var groupStore = storage.store("Group").orElseThrow();
    groups.values().forEach(group -> groupStore.create(tenant, group));
  }

  /** A user as created, by name. */
  public ScimResource user(String name) {
    return require(users, name);
  }

  /** A group as created, by name. */
  public ScimResource group(String name) {
    return require(groups, name);
  }

  /** The ids of named resources, in the order given. */
  public static List<String> idsOf(List<String> names) {
    List<String> ids = new ArrayList<>(names.size());
    names.forEach(name -> ids.add(idOf(name)));
    return ids;
  }

  /** The names of resources by id, in the order given; an unknown id stays as it is. */
  public static List<String> namesOf(List<String> ids) {
    List<String> names = new ArrayList<>(ids.size());
    for (String id : ids) {
      String name = id;
      for (String candidate : USERS) {
        name = idOf(candidate).equals(id) ? candidate : name;
      }
      for (String candidate : GROUPS) {
        name = idOf(candidate).equals(id) ? candidate : name;
      }
      names.add(name);
    }
    return names;
  }

  /** Replaces every {@code {name}} in a filter text by that resource's id. */
  public static String withIds(String text) {
    String result = text;
    for (String name : USERS) {
      result = result.replace("{" + name + "}", idOf(name));
    }
    for (String name : GROUPS) {
      result = result.replace("{" + name + "}", idOf(name));
    }
    return result;
  }

  private static ScimResource require(Map<String, ScimResource> resources, String name) {
    ScimResource resource = resources.get(name);
    if (resource == null) {
      throw new IllegalArgumentException("no resource named " + name + " in the directory");
    }
    return resource;
  }

  /** One row of the data table above. */
  private void user(String name, String userName, String givenName, String familyName,
      String title, Boolean active, String userType, String externalId, String created,
      String lastModified, ArrayNode emails, ArrayNode addresses, ObjectNode enterprise) {
    ObjectNode tree = enterprise == null
        ? TckResources.tree(BuiltInSchemas.USER)
        : TckResources.tree(BuiltInSchemas.USER, ENTERPRISE);
    if (externalId != null) {
      tree.put("externalId", externalId);
    }
    tree.put("userName", userName);
    if (givenName != null) {
      tree.putObject("name").put("givenName", givenName).put("familyName", familyName)
          .put("formatted", givenName + " " + familyName);
      tree.put("displayName", givenName + " " + familyName);
    } else {
      tree.put("displayName", userName.substring(0, 1).toUpperCase(Locale.ROOT)
          + userName.substring(1));
    }
    if (title != null) {
      tree.put("title", title);
    }
    if (userType != null) {
      tree.put("userType", userType);
    }
    if (active != null) {
      tree.put("active", active);
    }
    if (emails != null) {
      tree.set("emails", emails);
    }
    if (addresses != null) {
      tree.set("addresses", addresses);
    }
    if (enterprise != null) {
      tree.set(ENTERPRISE, enterprise);
    }
    users.put(name, TckResources.prepared("User", idOf(name), tree, "1",
        Instant.parse(created), Instant.parse(lastModified)));
  }

  private void group(String name, String displayName, String... memberNames) {
    ObjectNode tree = TckResources.groupTree(displayName);
    if (memberNames.length > 0) {
      ArrayNode members = tree.putArray("members");
      for (String member : memberNames) {
        boolean isGroup = GROUPS.contains(member);
        members.addObject().put("value", idOf(member)).put("type", isGroup ? "Group" : "User");
      }
    }
    groups.put(name, TckResources.prepared("Group", idOf(name), tree, "1",
        Instant.parse("2024-01-10T00:00:00Z"), Instant.parse("2024-01-10T00:00:00Z")));
  }

  private static ScimResource withProfileUrl(ScimResource user, String url) {
    ObjectNode tree = user.toJson();
    tree.put("profileUrl", url);
    return ScimResource.wrap("User", tree);
  }

  private static ArrayNode values(ObjectNode... values) {
    ArrayNode array = JSON.arrayNode();
    for (ObjectNode value : values) {
      array.add(value);
    }
    return array;
  }

  private static ObjectNode email(String value, String type, Boolean primary) {
    ObjectNode email = JSON.objectNode();
    email.put("value", value).put("type", type);
    if (primary != null) {
      email.put("primary", primary);
    }
    return email;
  }

  private static ObjectNode address(String type, String locality, String country, String code) {
    ObjectNode address = JSON.objectNode();
    address.put("type", type).put("locality", locality).put("country", country)
        .put("postalCode", code);
    return address;
  }

  private static ObjectNode enterprise(String employeeNumber, String department, String manager) {
    ObjectNode extension =
        JSON.objectNode();
    extension.put("employeeNumber", employeeNumber);
    if (department != null) {
      extension.put("department", department);
    }
    if (manager != null) {
      extension.putObject("manager").put("value", idOf(manager));
    }
    return extension;
  }
}

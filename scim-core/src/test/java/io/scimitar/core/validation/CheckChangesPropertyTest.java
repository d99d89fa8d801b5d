package io.scimitar.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.resource.RfcExamples;
import io.scimitar.core.schema.BuiltInSchemas;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link ResourceValidator#checkChanges} against {@link ResourceValidator#checkResult} on the
 * same trees: random copy-on-write edits of a valid resource (new values of every type, valid or
 * not, for core, common, unknown and extension attributes; edits inside complex and multi-valued
 * values; extensions added and dropped; {@code schemas} rewritten) must be refused by the check
 * of the changes exactly when the check of the whole tree refuses them, with the same error.
 */
class CheckChangesPropertyTest {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String ENTERPRISE = BuiltInSchemas.ENTERPRISE_USER;
  private static final List<ResourceValidator> VALIDATORS = List.of(
      new ResourceValidator(TestSchemas.HOLDER_SCHEMA, ValidationOptions.DEFAULTS),
      new ResourceValidator(TestSchemas.HOLDER_SCHEMA, ValidationOptions.DEFAULTS
          .withUnknownAttributes(UnknownAttributePolicy.REJECT)
          .withCanonicalValues(CanonicalValuePolicy.STRICT)));
  private static final ObjectNode BEFORE = holder();

  private static final List<String> ROOT_NAMES = List.of("userName", "name", "displayName",
      "nickName", "title", "active", "emails", "phoneNumbers", "addresses", "x509Certificates",
      "groups", "id", "externalId", "meta", "password", "entitlements", "shoeSize");
  private static final List<String> ENTERPRISE_NAMES =
      List.of("employeeNumber", "department", "manager", "costCenter");
  private static final List<String> HOST_NAMES = List.of("count", "ratio", "since", "blob",
      "flag", "badge", "serverNote", "tags", "level", "code", "device", "gadget");
  private static final List<String> VALUES = List.of("\"x\"", "\"\"", "\"  \"", "42", "4.5",
      "true", "\"False\"", "null", "[]", "{}", "[\"a\",\"b\"]", "{\"value\":\"v\"}",
      "{\"givenName\":\"G\",\"familyName\":\"F\"}", "{\"givenName\":5}",
      "[{\"value\":\"a@x.org\",\"type\":\"work\",\"primary\":true},"
          + "{\"value\":\"b@x.org\",\"primary\":true}]",
      "[{\"value\":\"a@x.org\",\"type\":\"bogus\"}]", "[{\"type\":\"work\"}]",
      "\"2011-05-13T04:42:34Z\"", "\"not a date\"", "\"low\"", "\"LOW\"", "\"AB\"", "\"ab\"",
      "{\"serial\":\"s\"}", "{\"model\":\"m\"}", "{\"serial\":\"s\",\"vendorKey\":\"other\"}",
      "\"aGVsbG8=\"", "\"!!not base64\"", "[{\"value\":\"g1\",\"display\":\"G\"}]",
      "{\"value\":\"26118915-6090-4610-87e4-49d8ca9f808d\"}", "[[\"a\"]]", "[null,\"b\"]",
      "[{\"value\":\"a\",\"Primary\":true},{\"value\":\"b\",\"primary\":true}]",
      "{\"givenName\":\"G\",\"GivenName\":\"H\"}");
  private static final List<String> SCHEMAS = List.of(
      "[\"" + BuiltInSchemas.USER + "\"]",
      "[\"" + BuiltInSchemas.USER + "\",\"" + ENTERPRISE + "\",\"" + TestSchemas.HOST + "\"]",
      "[\"" + ENTERPRISE + "\"]",
      "[\"" + BuiltInSchemas.USER + "\",\"urn:example:unknown\"]",
      "\"" + BuiltInSchemas.USER + "\"", "[]", "[42]");

  @Property(tries = 2000)
  void changesAreRefusedExactlyWhenTheWholeTreeIs(@ForAll long seed) {
    Random random = new Random(seed);
    ResourceValidator validator = VALIDATORS.get(random.nextInt(VALIDATORS.size()));
    ObjectNode candidate = JSON.objectNode().setAll(BEFORE);
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits; i++) {
      edit(candidate, random);
    }

    String whole = outcome(() -> validator.checkResult(candidate, BEFORE));
    String changes = outcome(() -> validator.checkChanges(candidate, BEFORE));

    assertThat(changes).as("edited tree %s", candidate).isEqualTo(whole);
    assertThat(BEFORE).as("the edits are copy-on-write").isEqualTo(holder());
    Statistics.label("outcome").collect(whole.equals("ok") ? "accepted" : "refused");
    Statistics.label("outcome").coverage(coverage -> {
      coverage.check("accepted").percentage(percent -> percent > 10);
      coverage.check("refused").percentage(percent -> percent > 10);
    });
  }

  /**
   * What the check of the changes takes on trust: members shared with {@code before} are not
   * looked at, so an invalid one there goes unnoticed, where the whole-tree check refuses it.
   */
  @Example
  void membersSharedWithTheTreeBeforeAreNotCheckedAgain() {
    ResourceValidator validator = VALIDATORS.get(0);
    ObjectNode invalidBefore = RfcExamples.object(RfcExamples.MINIMAL_USER).put("active", "no");
    ObjectNode candidate = JSON.objectNode().setAll(invalidBefore);
    candidate.put("displayName", "D");

    assertThat(outcome(() -> validator.checkChanges(candidate, invalidBefore))).isEqualTo("ok");
    assertThat(outcome(() -> validator.checkResult(candidate, invalidBefore)))
        .contains("attribute 'active' must be a boolean");
  }

  /** The RFC 7643 §8.3 enterprise user with host extension values: a valid stored tree. */
  private static ObjectNode holder() {
    ObjectNode tree = RfcExamples.object(RfcExamples.ENTERPRISE_USER);
    ((ArrayNode) tree.get("schemas")).add(TestSchemas.HOST);
    tree.set(TestSchemas.HOST, RfcExamples.JSON.readObject("{\"count\":3,\"badge\":\"B-1\","
        + "\"serverNote\":\"n\",\"tags\":[\"a\"],\"level\":\"low\",\"code\":\"AB\","
        + "\"device\":{\"serial\":\"s\",\"vendorKey\":\"k\"}}"));
    for (ResourceValidator validator : VALIDATORS) {
      validator.checkResult(tree, null);
    }
    return tree;
  }

  /** One random edit, copy-on-write: new nodes replace old ones, which are never changed. */
  private static void edit(ObjectNode candidate, Random random) {
    switch (random.nextInt(7)) {
      case 0 -> candidate.set(pick(ROOT_NAMES, random), value(random));
      case 1 -> candidate.remove(pick(ROOT_NAMES, random));
      case 2 -> editInside(candidate, pick(ROOT_NAMES, random), random);
      case 3 -> editExtension(candidate, ENTERPRISE, ENTERPRISE_NAMES, random);
      case 4 -> editExtension(candidate, TestSchemas.HOST, HOST_NAMES, random);
      case 5 -> candidate.remove(random.nextBoolean() ? ENTERPRISE : TestSchemas.HOST);
      default -> candidate.set("schemas", parse(pick(SCHEMAS, random)));
    }
  }

  /** Sets, removes or edits inside one attribute of a copy of the extension object. */
  private static void editExtension(ObjectNode candidate, String urn, List<String> names,
      Random random) {
    JsonNode existing = candidate.get(urn);
    ObjectNode extension = JSON.objectNode();
    if (existing instanceof ObjectNode object) {
      extension.setAll(object);
    }
    String name = pick(names, random);
    switch (random.nextInt(3)) {
      case 0 -> extension.set(name, value(random));
      case 1 -> extension.remove(name);
      default -> editInside(extension, name, random);
    }
    if (extension.isEmpty() && random.nextBoolean()) {
      candidate.remove(urn);
    } else {
      candidate.set(urn, extension);
    }
  }

  /**
   * Replaces a complex or multi-valued value by an edited deep copy: one member of the object,
   * or of one element, set to a random value; or an element added or removed.
   */
  private static void editInside(ObjectNode container, String name, Random random) {
    JsonNode value = container.get(name);
    if (value == null || !value.isContainerNode()) {
      return;
    }
    JsonNode copy = value.deepCopy();
    if (copy instanceof ObjectNode object) {
      editMember(object, random);
    } else if (copy instanceof ArrayNode array) {
      int choice = random.nextInt(3);
      if (choice == 0 || array.isEmpty()) {
        array.add(value(random));
      } else if (choice == 1) {
        array.remove(random.nextInt(array.size()));
      } else if (array.get(random.nextInt(array.size())) instanceof ObjectNode element) {
        editMember(element, random);
      }
    }
    container.set(name, copy);
  }

  private static void editMember(ObjectNode object, Random random) {
    List<String> names = List.of("value", "type", "primary", "givenName", "familyName",
        "display", "serial", "vendorKey", "model", "lastModified", "other");
    String name = pick(names, random);
    if (random.nextInt(4) == 0) {
      object.remove(name);
    } else {
      object.set(name, value(random));
    }
  }

  private static JsonNode value(Random random) {
    return parse(pick(VALUES, random));
  }

  private static JsonNode parse(String json) {
    return RfcExamples.JSON.readObject("{\"v\":" + json + "}").get("v");
  }

  private static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  private static String outcome(Runnable check) {
    try {
      check.run();
      return "ok";
    } catch (ScimException e) {
      return e.status() + " " + e.scimType().map(Object::toString).orElse("-") + " "
          + e.detail();
    }
  }
}

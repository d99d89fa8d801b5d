package io.scimitar.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.resource.RfcExamples;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Properties of canonical forms over bodies a careless client could send for the RFC 7643 §8.3
 * Enterprise User: names in random case, booleans as strings, extra nulls and single values
 * outside arrays all give the same canonical tree, which is itself a fixed point.
 */
class CanonicalFormPropertyTest {
  private static final ResourceValidator USERS =
      new ResourceValidator(TestSchemas.USER, ValidationOptions.DEFAULTS);
  private static final ObjectNode EXAMPLE = RfcExamples.object(RfcExamples.ENTERPRISE_USER);
  private static final ObjectNode CANONICAL = USERS.forCreate(EXAMPLE);

  @Property(tries = 300)
  void carelessSpellingsGiveTheSameCanonicalTree(@ForAll long seed) {
    ObjectNode careless = (ObjectNode) scramble(EXAMPLE, new Random(seed));

    assertThat(USERS.forCreate(careless)).isEqualTo(CANONICAL);
  }

  @Property(tries = 50)
  void aCanonicalTreeIsAFixedPointAndAValidStoredTree(@ForAll long seed) {
    ObjectNode careless = (ObjectNode) scramble(EXAMPLE, new Random(seed));
    ObjectNode canonical = USERS.forCreate(careless);

    assertThat(USERS.forCreate(canonical)).isEqualTo(canonical);
    assertThat(USERS.forReplace(careless, canonical)).isEqualTo(canonical);
    USERS.checkResult(canonical, canonical);
  }

  /**
   * The same content, carelessly sent: member names recased, booleans as strings in random
   * case, null members added, a one-element array sent as its element.
   */
  private static JsonNode scramble(JsonNode node, Random random) {
    if (node.isObject()) {
      ObjectNode scrambled = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        boolean fixedName =
            member.getKey().equals("schemas") || member.getKey().startsWith("urn:");
        JsonNode value = member.getValue();
        if (value.isArray() && value.size() == 1 && !fixedName && random.nextBoolean()) {
          value = value.get(0);
        }
        scrambled.set(fixedName ? member.getKey() : recase(member.getKey(), random),
            scramble(value, random));
      }
      if (random.nextInt(3) == 0) {
        addNull(scrambled, "roles");
        addNull(scrambled, "display");
      }
      return scrambled;
    }
    if (node.isArray()) {
      ArrayNode scrambled = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> scrambled.add(scramble(element, random)));
      return scrambled;
    }
    if (node.isBoolean() && random.nextBoolean()) {
      return JsonNodeFactory.instance.textNode(recase(node.asText(), random));
    }
    return node;
  }

  /** Adds a null member unless the object already has one of that name in any case. */
  private static void addNull(ObjectNode object, String name) {
    for (String existing : (Iterable<String>) object::fieldNames) {
      if (existing.equalsIgnoreCase(name)) {
        return;
      }
    }
    object.putNull(name);
  }

  private static String recase(String name, Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> name.toUpperCase(Locale.ROOT);
      case 1 -> name.toLowerCase(Locale.ROOT);
      case 2 -> Character.toUpperCase(name.charAt(0)) + name.substring(1);
      default -> name;
    };
  }
}

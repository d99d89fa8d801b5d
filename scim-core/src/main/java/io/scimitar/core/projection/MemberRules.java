package io.scimitar.core.projection;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.json.JsonSink;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The rules of the members of one object (a resource's top level, or an extension), by member
 * name as it appears in stored trees. Each rule is decided on first use and kept, so that a
 * projection used for many resources (every {@code GET} without parameters shares one) decides
 * once per name. The number kept is bounded, since stored trees may hold names no schema
 * defines. Thread-safe.
 */
final class MemberRules {
  /** Far more names than an object of the built-in schemas has. */
  private static final int MAX_KEPT = 1024;

  private final Function<String, Shown> decide;
  private final Map<String, Rule> rules = new ConcurrentHashMap<>();

  /** @param decide what is shown of a member, by its name */
  MemberRules(Function<String, Shown> decide) {
    this.decide = decide;
  }

  /** The rule of the member with this exact name. */
  Rule rule(String name) {
    Rule rule = rules.get(name);
    if (rule == null) {
      rule = new Rule(JsonSink.encodedName(name), decide.apply(name));
      if (rules.size() < MAX_KEPT) {
        rules.putIfAbsent(name, rule);
      }
    }
    return rule;
  }

  /** Writes what is shown of one member, name and value, or nothing when nothing is shown. */
  void write(JsonSink out, String name, JsonNode value) throws IOException {
    Rule rule = rule(name);
    if (rule.shown().showsAnything(value)) {
      out.name(rule.name());
      rule.shown().write(out, value);
    }
  }

  /**
   * One member's rule.
   *
   * @param name the member's name, encoded for writing
   * @param shown what is shown of its value
   */
  record Rule(SerializableString name, Shown shown) {}
}

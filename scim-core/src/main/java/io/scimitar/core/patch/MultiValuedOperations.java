package io.scimitar.core.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.filter.FilterEvaluator;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.resource.AttributeValues;
import io.scimitar.core.schema.AttributeDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code add}, {@code replace} and {@code remove} on a multi-valued attribute, whole, through a
 * value filter ({@code emails[type eq "work"]}), or on a sub-attribute of its elements
 * ({@code emails[type eq "work"].value}), as RFC 7644 §3.5.2.1–3 define them:
 *
 * <ul>
 *   <li>{@code add} appends values, skipping (and merging into) values already present;
 *       {@code replace} replaces the whole set; {@code remove} removes it, or with a value (Entra
 *       ID's member removal) only the values named;
 *   <li>through a filter, {@code replace} and {@code remove} act on the matching elements and
 *       fail with {@code noTarget} when none matches ({@code remove} of a group member who is not
 *       one is a success: clients expect membership removal to be idempotent);
 *   <li>{@code add} through a filter merges into the matching elements, and when none matches
 *       and the filter is a plain description such as {@code type eq "work"}, creates the element
 *       it describes, as Entra ID expects ({@code add emails[type eq "work"].value}); repeated
 *       adds to sub-attributes of the same element therefore build one element;
 *   <li>a value that is made primary makes the others not primary.
 * </ul>
 */
final class MultiValuedOperations {
  private final ResourceTree tree;
  private final ValueCoercion coercion;
  private final FilterEvaluator evaluator;
  private final MemberValues memberValues;
  private final ResolvedPath membersAttribute;

  MultiValuedOperations(ResourceTree tree, ValueCoercion coercion, FilterEvaluator evaluator,
      MemberValues memberValues, ResolvedPath membersAttribute) {
    this.tree = tree;
    this.coercion = coercion;
    this.evaluator = evaluator;
    this.memberValues = memberValues;
    this.membersAttribute = membersAttribute;
  }

  /** Applies one operation on a multi-valued target. */
  void apply(OperationContext context, PatchTarget target, JsonNode raw) {
    Edit edit = new Edit(context, target);
    if (target.filter() == null && target.sub() == null) {
      switch (context.op()) {
        case ADD -> edit.addValues(raw);
        case REPLACE -> edit.replaceAll(raw);
        case REMOVE -> edit.removeAll(raw);
      }
    } else if (target.sub() == null) {
      switch (context.op()) {
        case ADD -> edit.addToMatches(raw);
        case REPLACE -> edit.replaceMatches(raw);
        case REMOVE -> edit.removeMatches();
      }
    } else if (context.op() == PatchOp.REMOVE) {
      edit.removeSubOfMatches();
    } else {
      edit.writeSubOfMatches(raw);
    }
    edit.store();
  }

  /** The state of one operation on one attribute. */
  private final class Edit {
    private final OperationContext context;
    private final PatchTarget target;
    private final AttributeDefinition definition;
    private final JsonNode previous;
    private final ArrayNode array;
    private final Set<JsonNode> written = Collections.newSetFromMap(new IdentityHashMap<>(4));
    private final boolean members;
    /** Group members by id, built on first use: member lists can be long. */
    private Map<String, JsonNode> membersById;

    Edit(OperationContext context, PatchTarget target) {
      this.context = context;
      this.target = target;
      this.definition = target.definition();
      this.previous = tree.get(target.attribute());
      this.array = copyOf(previous);
      this.members = target.isAttribute(membersAttribute);
    }

    void addValues(JsonNode raw) {
      ArrayNode values = values(raw);
      for (JsonNode value : values) {
        append(value);
      }
      if (!written.isEmpty()) {
        MutabilityGuard.checkWrite(context, target::label, null, definition, previous, array);
      }
    }

    void replaceAll(JsonNode raw) {
      ArrayNode values = values(raw);
      array.removeAll();
      for (JsonNode value : values) {
        append(value);
      }
      MutabilityGuard.checkWrite(context, target::label, null, definition, previous, array);
    }

    void removeAll(JsonNode raw) {
      if (AttributeValues.isUnassigned(raw)) {
        array.removeAll();
        return;
      }
      ArrayNode named = values(raw);
      if (members) {
        Set<String> ids = new HashSet<>();
        named.forEach(member -> ids.add(memberId(member)));
        for (int i = array.size() - 1; i >= 0; i--) {
          if (ids.contains(memberId(array.get(i)))) {
            removeElement(i);
          }
        }
        return;
      }
      for (int i = array.size() - 1; i >= 0; i--) {
        JsonNode element = array.get(i);
        for (JsonNode value : named) {
          if (ElementIdentity.sameRecord(definition, element, value, true)) {
            removeElement(i);
            break;
          }
        }
      }
    }

    void addToMatches(JsonNode raw) {
      List<ObjectNode> matches = complexMatches();
      ValueCoercion.ComplexValue value = coercion.forMerge(context, target.attribute(), raw);
      if (matches.isEmpty()) {
        ObjectNode created = describedElement();
        ComplexMerge.merge(context, target::label, definition, created, value);
        create(created);
        return;
      }
      for (ObjectNode match : matches) {
        ComplexMerge.merge(context, target::label, definition, match, value);
        written.add(match);
      }
    }

    void replaceMatches(JsonNode raw) {
      List<Integer> matches = matchingIndexes();
      JsonNode value = members
          ? single(values(raw)) : coercion.element(context, target.attribute(), raw);
      if (value == null) {
        removeIndexes(matches);
        return;
      }
      if (matches.isEmpty()) {
        throw noMatch();
      }
      for (int index : matches) {
        JsonNode copy = value.deepCopy();
        MutabilityGuard.checkElementRemoval(context, target::label, definition);
        array.set(index, copy);
        written.add(copy);
      }
    }

    void removeMatches() {
      List<Integer> matches = matchingIndexes();
      if (matches.isEmpty() && !members) {
        throw noMatch();
      }
      removeIndexes(matches);
    }

    void writeSubOfMatches(JsonNode raw) {
      AttributeDefinition sub = target.sub();
      JsonNode value = coercion.single(context, target.subPath(), raw);
      List<ObjectNode> matches = complexMatches();
      if (matches.isEmpty()) {
        if (value == null) {
          return;
        }
        if (context.op() == PatchOp.REPLACE && target.filter() != null) {
          throw noMatch();
        }
        ObjectNode created = describedElement();
        created.set(sub.name(), value);
        create(created);
        return;
      }
      for (ObjectNode match : matches) {
        JsonNode current = match.get(sub.name());
        if (value == null) {
          MutabilityGuard.checkRemove(context, target::label, definition, sub, current);
          match.remove(sub.name());
        } else {
          MutabilityGuard.checkWrite(context, target::label, definition, sub, current, value);
          if (!MutabilityGuard.isReadOnly(definition, sub)) {
            match.set(sub.name(), value);
            written.add(match);
          }
        }
      }
    }

    void removeSubOfMatches() {
      AttributeDefinition sub = target.sub();
      List<ObjectNode> matches = complexMatches();
      if (matches.isEmpty() && target.filter() != null && !members) {
        throw noMatch();
      }
      for (ObjectNode match : matches) {
        MutabilityGuard.checkRemove(
            context, target::label, definition, sub, match.get(sub.name()));
        match.remove(sub.name());
      }
    }

    /** Writes the edited array back, dropping emptied elements, and applies the primary rule. */
    void store() {
      for (int i = array.size() - 1; i >= 0; i--) {
        if (AttributeValues.isUnassigned(array.get(i))) {
          array.remove(i);
        }
      }
      if (array.isEmpty()) {
        MutabilityGuard.checkRemove(context, target::label, null, definition, previous);
        tree.remove(target.attribute());
        return;
      }
      PrimaryValues.enforce(context, definition, array, written, target::label);
      if (!array.equals(previous)) {
        tree.put(target.attribute(), array);
      }
    }

    private void append(JsonNode value) {
      if (members) {
        appendMember(value);
        return;
      }
      for (JsonNode existing : array) {
        if (ElementIdentity.sameRecord(definition, existing, value, false)) {
          if (existing instanceof ObjectNode element
              && ComplexMerge.absorb(definition, element, value)) {
            written.add(element);
          }
          return;
        }
      }
      JsonNode copy = value.deepCopy();
      array.add(copy);
      written.add(copy);
    }

    /** Adds a member unless one with the same id is there: in constant time per member. */
    private void appendMember(JsonNode member) {
      if (membersById == null) {
        membersById = new HashMap<>();
        array.forEach(existing -> membersById.putIfAbsent(memberId(existing), existing));
      }
      String id = memberId(member);
      if (membersById.containsKey(id)) {
        return;
      }
      JsonNode copy = member.deepCopy();
      array.add(copy);
      written.add(copy);
      membersById.put(id, copy);
    }

    /** A member's id as a key, folded when the schema says ids are not case-exact. */
    private String memberId(JsonNode member) {
      String id = JsonValues.text(member, MemberRefs.VALUE);
      boolean caseExact = definition.subAttribute(MemberRefs.VALUE)
          .map(AttributeDefinition::caseExact).orElse(true);
      return id == null || caseExact ? String.valueOf(id) : id.toLowerCase(Locale.ROOT);
    }

    private void create(ObjectNode element) {
      if (target.filter() != null && !matches(element)) {
        throw context.invalidValue("the value for path '" + target.text()
            + "' contradicts its filter");
      }
      if (members) {
        MemberRefs.read(element, element, 1, context);
      }
      array.add(element);
      written.add(element);
    }

    /**
     * A new element holding what the filter describes ({@code type eq "work"} gives
     * {@code {"type": "work"}}); without a filter, an empty one.
     */
    private ObjectNode describedElement() {
      ObjectNode element = JsonNodeFactory.instance.objectNode();
      if (target.filter() == null) {
        return element;
      }
      Optional<Map<String, JsonNode>> described = ValueFilterShapes.template(target.filter());
      if (described.isEmpty()) {
        throw noMatch();
      }
      for (Map.Entry<String, JsonNode> entry : described.get().entrySet()) {
        // PatchTarget.resolve has checked that the filter names only sub-attributes.
        AttributeDefinition sub = definition.subAttribute(entry.getKey()).orElseThrow();
        ResolvedPath subPath = new ResolvedPath(
            target.attribute().path().withSubAttribute(sub.name()), definition, sub);
        element.set(sub.name(), coercion.single(context, subPath, entry.getValue()));
      }
      return element;
    }

    private List<ObjectNode> complexMatches() {
      List<ObjectNode> matches = new ArrayList<>();
      for (int index : matchingIndexes()) {
        if (array.get(index) instanceof ObjectNode element) {
          matches.add(element);
        }
      }
      return matches;
    }

    private List<Integer> matchingIndexes() {
      List<Integer> indexes = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        if (target.filter() == null || matches(array.get(i))) {
          indexes.add(i);
        }
      }
      return indexes;
    }

    private boolean matches(JsonNode element) {
      try {
        return evaluator.matchesElement(target.attribute(), target.filter(), element);
      } catch (ScimException e) {
        throw context.rethrow(e);
      }
    }

    private void removeIndexes(List<Integer> indexes) {
      for (int i = indexes.size() - 1; i >= 0; i--) {
        removeElement(indexes.get(i));
      }
    }

    private void removeElement(int index) {
      MutabilityGuard.checkElementRemoval(context, target::label, definition);
      array.remove(index);
    }

    /** The values an operation names, canonical; for members as {@link MemberValues} reads them. */
    private ArrayNode values(JsonNode raw) {
      return members
          ? memberValues.readJson(context, target.attribute(), raw)
          : coercion.many(context, target.attribute(), raw);
    }

    private JsonNode single(ArrayNode values) {
      if (values.size() > 1) {
        throw context.invalidValue("path '" + target.text() + "' takes a single value, got "
            + values.size());
      }
      return values.isEmpty() ? null : values.get(0);
    }

    private ScimException noMatch() {
      return context.noTarget("path '" + target.text() + "' matched no value");
    }
  }

  private static ArrayNode copyOf(JsonNode value) {
    if (value instanceof ArrayNode array) {
      return array.deepCopy();
    }
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    if (!AttributeValues.isUnassigned(value)) {
      array.add(value.deepCopy());
    }
    return array;
  }
}

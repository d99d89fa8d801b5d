package io.scimitar.core.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.catalogue.CatalogueStore;
import io.scimitar.core.catalogue.CatalogueType;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The attributes whose values name catalogue items (a user's {@code entitlements} and
 * {@code roles}, RFC 7643 §4.1.2), and the check that a write adds only values some catalogue of
 * the caller's tenant holds. Values a resource already held pass unchecked, so a resource keeps
 * working (PUT, PATCH) even when it holds a value its catalogue no longer knows.
 */
final class CatalogueReferences {
  /** Per referencing type (lower case), per canonical attribute name, the catalogues it names. */
  private final Map<String, Map<String, List<CatalogueStore>>> byType;

  private CatalogueReferences(Map<String, Map<String, List<CatalogueStore>>> byType) {
    this.byType = byType;
  }

  /** The references of every catalogue store among {@code stores}. */
  static CatalogueReferences of(SchemaRegistry registry, Iterable<ResourceStore> stores) {
    Map<String, Map<String, List<CatalogueStore>>> byType = new LinkedHashMap<>();
    for (ResourceStore store : stores) {
      if (store instanceof CatalogueStore catalogue) {
        CatalogueType type = catalogue.type();
        String attribute = referencingAttribute(registry, type).name();
        byType.computeIfAbsent(type.referencingType().toLowerCase(Locale.ROOT),
                name -> new LinkedHashMap<>())
            .computeIfAbsent(attribute, name -> new ArrayList<>())
            .add(catalogue);
      }
    }
    return new CatalogueReferences(byType);
  }

  private static AttributeDefinition referencingAttribute(
      SchemaRegistry registry, CatalogueType type) {
    ResourceSchema referencing = registry.findResourceSchema(type.referencingType())
        .orElseThrow(() -> new IllegalArgumentException("catalogue type " + type.name()
            + " is referenced by unregistered type " + type.referencingType()));
    return referencing.coreAttribute(type.referencingAttribute())
        .filter(attribute -> attribute.multiValued() && attribute.isComplex()
            && attribute.subAttribute("value").isPresent())
        .orElseThrow(() -> new IllegalArgumentException("catalogue type " + type.name()
            + " is referenced by " + type.referencingType() + "." + type.referencingAttribute()
            + ", which is no multi-valued complex attribute with a value"));
  }

  /**
   * Checks the values {@code next} holds that {@code current} did not.
   *
   * @param current the stored resource before the write, or null for a new one
   * @throws ScimException 400 {@code invalidValue} naming the first value no catalogue holds
   */
  void checkAdded(
      RequestContext context, String resourceType, ObjectNode next, ObjectNode current) {
    Map<String, List<CatalogueStore>> attributes =
        byType.get(resourceType.toLowerCase(Locale.ROOT));
    if (attributes == null) {
      return;
    }
    attributes.forEach((attribute, catalogues) -> {
      Set<String> held = values(current, attribute);
      for (String value : values(next, attribute)) {
        if (!held.contains(value) && !isEntraAppRole(value)
            && catalogues.stream().noneMatch(catalogue -> catalogue.holds(context, value))) {
          throw ScimException.invalidValue(attribute + " value '" + value + "' is not "
              + catalogues.stream().map(catalogue -> catalogue.type().name())
                  .collect(Collectors.joining(" or ", "an item of the ", " catalogue"))
              + " of this service provider");
        }
      }
    });
  }

  private static boolean isEntraAppRole(String value) {
    String text = value.strip();
    return text.startsWith("{") && text.endsWith("}");
  }

  private static Set<String> values(ObjectNode resource, String attribute) {
    Set<String> values = new LinkedHashSet<>();
    if (resource != null) {
      for (JsonNode element : resource.path(attribute)) {
        JsonNode value = element.path("value");
        if (value.isTextual()) {
          values.add(value.asText());
        }
      }
    }
    return values;
  }
}

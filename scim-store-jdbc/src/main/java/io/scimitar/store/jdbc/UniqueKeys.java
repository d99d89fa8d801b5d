package io.scimitar.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.Schema;
import io.scimitar.core.schema.Uniqueness;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The rows of {@code scim_unique} for a resource: one per single-valued simple attribute declared
 * {@code uniqueness} {@code server} or {@code global} that has a value, such as a User's
 * {@code userName}. The key is the value's comparable form (case-folded unless
 * {@code caseExact}), so the table's primary key enforces uniqueness exactly as SCIM compares.
 * Long keys are replaced by their SHA-256 digest to fit the index.
 */
final class UniqueKeys {
  private static final int MAX_PLAIN_CHARS = 200;
  private static final int MAX_PLAIN_BYTES = 800;

  /**
   * One unique value of a resource.
   *
   * @param attr the attribute's name as clients write it (URN-qualified in an extension), its
   *     key in {@code scim_unique}
   * @param key the stored key
   */
  record UniqueValue(String attr, String key) {}

  private record UniqueAttribute(String extensionUrn, AttributeDefinition definition) {
    String label() {
      return extensionUrn == null ? definition.name() : extensionUrn + ":" + definition.name();
    }
  }

  private final List<UniqueAttribute> attributes = new ArrayList<>();

  UniqueKeys(ResourceSchema schema) {
    collect(null, schema.coreSchema());
    for (Schema extension : schema.extensions()) {
      collect(extension.id(), extension);
    }
  }

  private void collect(String urn, Schema schema) {
    for (AttributeDefinition attribute : schema.attributes()) {
      if (attribute.uniqueness() != Uniqueness.NONE && !attribute.multiValued()
          && !attribute.isComplex()) {
        attributes.add(new UniqueAttribute(urn, attribute));
      }
    }
  }

  /** The unique values a tree holds. */
  List<UniqueValue> of(ObjectNode tree) {
    List<UniqueValue> values = new ArrayList<>();
    for (UniqueAttribute attribute : attributes) {
      JsonNode holder = attribute.extensionUrn() == null ? tree : tree.get(attribute.extensionUrn());
      JsonNode value = holder == null ? null : holder.get(attribute.definition().name());
      if (value == null || value.isNull() || value.isContainerNode()) {
        continue;
      }
      String comparable;
      if (value.isTextual()) {
        comparable = Normalized.text(attribute.definition(), value.asText());
      } else if (value.isNumber()) {
        comparable = value.decimalValue().stripTrailingZeros().toPlainString();
      } else {
        comparable = value.asText();
      }
      values.add(new UniqueValue(attribute.label(), key(comparable)));
    }
    return values;
  }

  /** {@code =value} when short, else {@code #} and the SHA-256 digest of the value. */
  static String key(String comparable) {
    byte[] bytes = comparable.getBytes(StandardCharsets.UTF_8);
    if (comparable.length() <= MAX_PLAIN_CHARS && bytes.length <= MAX_PLAIN_BYTES) {
      return "=" + comparable;
    }
    try {
      return "#" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}

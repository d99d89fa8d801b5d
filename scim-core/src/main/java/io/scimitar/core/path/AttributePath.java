package io.scimitar.core.path;

import io.scimitar.core.error.ScimException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An attribute path (RFC 7644 §3.10 {@code attrPath}): an optional schema URN, an attribute name
 * and an optional sub-attribute name, e.g. {@code name.givenName} or
 * {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value}. The one path
 * model shared by filters, PATCH paths, {@code attributes}/{@code excludedAttributes} and
 * {@code sortBy}.
 *
 * <p>Parsed paths keep names as written; {@link ResolvedPath#resolve} maps them to the schema's spelling.
 * Inside a value filter such as {@code emails[type eq "work"]} paths are relative: {@code type}
 * names a sub-attribute of {@code emails}.
 *
 * @param schema the schema URN, or null when unqualified (core schema or common attribute)
 * @param name the attribute name
 * @param subAttribute the sub-attribute name, or null
 */
public record AttributePath(String schema, String name, String subAttribute) {

  public AttributePath {
    Objects.requireNonNull(name, "name");
  }

  /** An unqualified path to a top-level attribute. */
  public static AttributePath of(String name) {
    return new AttributePath(null, name, null);
  }

  /** An unqualified path to a sub-attribute. */
  public static AttributePath of(String name, String subAttribute) {
    return new AttributePath(null, name, subAttribute);
  }

  /**
   * The path naming a whole schema, as a PATCH {@code path} may name an extension (RFC 7644
   * §3.5.2: "urn:...:enterprise:2.0:User"). The URN is split at its last colon like any path, but
   * its last segment need not be an ATTRNAME ({@code urn:example:ext:1.0}), so it is not
   * validated; {@link #render()} gives the URN back.
   *
   * @param urn a schema URN containing a colon
   */
  public static AttributePath ofSchemaUrn(String urn) {
    int colon = urn.lastIndexOf(':');
    if (colon <= 0 || colon == urn.length() - 1) {
      throw new IllegalArgumentException("not a schema URN: " + urn);
    }
    return new AttributePath(urn.substring(0, colon), urn.substring(colon + 1), null);
  }

  /**
   * Parses {@code [URN ":"] name ["." subAttribute]}. The URN, when present, is everything up to
   * the last colon, since attribute names cannot contain one.
   *
   * @throws ScimException 400 {@code invalidPath} when the text is not a path
   */
  public static AttributePath parse(String text) {
    if (text == null || text.isBlank()) {
      throw ScimException.invalidPath("attribute path is empty");
    }
    String trimmed = text.strip();
    int colon = trimmed.lastIndexOf(':');
    String schema = colon < 0 ? null : trimmed.substring(0, colon);
    String rest = trimmed.substring(colon + 1);
    int dot = rest.indexOf('.');
    String name = dot < 0 ? rest : rest.substring(0, dot);
    String sub = dot < 0 ? null : rest.substring(dot + 1);
    if (!isAttributeName(name) || (sub != null && !isAttributeName(sub))
        || (schema != null && !isUrn(schema))) {
      throw ScimException.invalidPath("'" + abbreviate(trimmed) + "' is not a valid attribute path");
    }
    return new AttributePath(schema, name, sub);
  }

  /**
   * Whether the text is an ATTRNAME of RFC 7643 §2.1 ({@code ALPHA *(nameChar)}), allowing the
   * leading {@code $} of {@code $ref}.
   */
  public static boolean isAttributeName(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    int start = text.charAt(0) == '$' ? 1 : 0;
    if (start >= text.length() || !isAsciiLetter(text.charAt(start))) {
      return false;
    }
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isUrn(String text) {
    if (!text.regionMatches(true, 0, "urn:", 0, 4) || text.length() < 5) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c == '[' || c == ']' || c == '"') {
        return false;
      }
    }
    return true;
  }

  private static String abbreviate(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }

  /** The same attribute without the sub-attribute. */
  public AttributePath parent() {
    return subAttribute == null ? this : new AttributePath(schema, name, null);
  }

  /** This path with a sub-attribute. */
  public AttributePath withSubAttribute(String sub) {
    return new AttributePath(schema, name, sub);
  }

  /** Whether a sub-attribute is named. */
  public boolean hasSubAttribute() {
    return subAttribute != null;
  }

  /** The schema URN, if the path is qualified. */
  public Optional<String> schemaUrn() {
    return Optional.ofNullable(schema);
  }

  /**
   * Whether two paths name the same attribute, ignoring case of names and URN (attribute names
   * and schema URIs are case-insensitive).
   */
  public boolean sameAs(AttributePath other) {
    return name.equalsIgnoreCase(other.name)
        && (schema == null ? other.schema == null : schema.equalsIgnoreCase(other.schema))
        && (subAttribute == null
            ? other.subAttribute == null
            : subAttribute.equalsIgnoreCase(other.subAttribute));
  }

  /** The lower-cased form, a key for case-insensitive maps. */
  public String key() {
    return render().toLowerCase(Locale.ROOT);
  }

  /** The path as text, e.g. {@code name.givenName}. */
  public String render() {
    StringBuilder text = new StringBuilder();
    if (schema != null) {
      text.append(schema).append(':');
    }
    text.append(name);
    if (subAttribute != null) {
      text.append('.').append(subAttribute);
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return render();
  }
}

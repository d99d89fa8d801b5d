package io.scimitar.examples.console;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The SCIM filters behind the console's search boxes: prefix matches ({@code sw}) on the
 * attributes a list shows, which the stores answer from their indexes.
 */
final class DirectoryQueries {
  private DirectoryQueries() {}

  /** Users whose userName, displayName or an email starts with {@code text}; null for all. */
  static String users(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String literal = literal(text.strip());
    return "userName sw " + literal + " or displayName sw " + literal
        + " or emails.value sw " + literal;
  }

  /** Groups whose displayName starts with {@code text}; null for all. */
  static String groups(String text) {
    return text == null || text.isBlank() ? null : "displayName sw " + literal(text.strip());
  }

  /** The groups that have {@code id} as a direct member. */
  static String groupsWithMember(String id) {
    return "members.value eq " + literal(id);
  }

  /** A SCIM filter string literal, which is a JSON string. */
  private static String literal(String text) {
    return new TextNode(text).toString();
  }
}

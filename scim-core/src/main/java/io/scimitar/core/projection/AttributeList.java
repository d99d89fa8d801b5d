package io.scimitar.core.projection;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the value of an {@code attributes} or {@code excludedAttributes} parameter into its
 * comma-separated entries. A comma inside brackets or quotes does not split, so that an entry
 * with a value filter such as {@code emails[type eq "a,b"]} (which Entra ID's reference tests
 * send) stays whole; {@link #withoutValueFilter} then reduces it to its attribute path.
 */
final class AttributeList {
  private AttributeList() {}

  /** The trimmed, non-empty entries of a parameter value. */
  static List<String> split(String parameter) {
    List<String> entries = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < parameter.length(); i++) {
      char c = parameter.charAt(i);
      if (c == '"' && (i == 0 || parameter.charAt(i - 1) != '\\')) {
        quoted = !quoted;
      } else if (!quoted && c == '[') {
        depth++;
      } else if (!quoted && c == ']' && depth > 0) {
        depth--;
      } else if (!quoted && depth == 0 && c == ',') {
        add(entries, current);
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    add(entries, current);
    return entries;
  }

  private static void add(List<String> entries, StringBuilder entry) {
    String text = entry.toString().strip();
    if (!text.isEmpty()) {
      entries.add(text);
    }
  }

  /**
   * The entry without a bracketed value filter: {@code emails[type eq "work"].value} becomes
   * {@code emails.value}. Projection selects attributes, not values, so the filter is ignored.
   */
  static String withoutValueFilter(String entry) {
    int open = entry.indexOf('[');
    if (open < 0) {
      return entry;
    }
    int close = entry.lastIndexOf(']');
    if (close < open) {
      return entry;
    }
    return entry.substring(0, open) + entry.substring(close + 1);
  }
}

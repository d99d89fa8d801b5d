package io.scimitar.core.resource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The {@code schemas} a built typed view gets when its builder was given none. */
final class DefaultSchemas {
  private DefaultSchemas() {}

  /** The core URN, then each given member name that is a URN (an extension object). */
  static List<String> of(String core, Collection<String> memberNames) {
    List<String> urns = new ArrayList<>();
    urns.add(core);
    for (String name : memberNames) {
      if (name.toLowerCase(Locale.ROOT).startsWith("urn:") && !urns.contains(name)) {
        urns.add(name);
      }
    }
    return urns;
  }
}

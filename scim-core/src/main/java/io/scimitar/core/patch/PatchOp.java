package io.scimitar.core.patch;

import java.util.Locale;
import java.util.Optional;

/** The three PATCH operations of RFC 7644 §3.5.2. */
public enum PatchOp {
  ADD,
  REMOVE,
  REPLACE;

  /**
   * Parses an operation name case-insensitively: RFC 7644 spells them in lower case, Entra ID
   * sends {@code "Add"}, {@code "Replace"} and {@code "Remove"}.
   */
  public static Optional<PatchOp> fromName(String name) {
    for (PatchOp op : values()) {
      if (op.name().equalsIgnoreCase(name)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  /** The name as RFC 7644 spells it, e.g. {@code add}. */
  public String rfcName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package io.scimitar.benchmarks;

import java.util.List;

/** The libraries compared, Scimitar first. */
public final class Libraries {
  private Libraries() {}

  /** A fresh instance of each library. */
  public static List<ScimLibrary<?, ?, ?, ?>> all() {
    return List.of(
        new ScimitarLibrary(), new UnboundIdLibrary(), new GoldfishLibrary(), new ScimpleLibrary());
  }
}

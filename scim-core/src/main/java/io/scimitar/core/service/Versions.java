package io.scimitar.core.service;

/** Resource versions: decimal counters that start at 1 and grow by one per change. */
final class Versions {
  static final String FIRST = "1";

  private Versions() {}

  /** The version after {@code current}; a non-numeric version from a foreign store restarts. */
  static String next(String current) {
    try {
      return Long.toString(Math.addExact(Long.parseLong(current), 1));
    } catch (NumberFormatException | ArithmeticException e) {
      return FIRST;
    }
  }
}

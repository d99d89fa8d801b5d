package io.scimitar.benchmarks.scale;

import java.util.List;

/**
 * One statement a store executed: its SQL text and the values bound to its placeholders, in
 * order (a {@link Null} where SQL NULL was bound).
 *
 * @param sql the SQL text with {@code ?} placeholders
 * @param parameters the bound values
 */
record RecordedStatement(String sql, List<Object> parameters) {

  /** SQL NULL of a JDBC type. */
  record Null(int sqlType) {}
}

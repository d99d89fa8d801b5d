package io.scimitar.store.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL text with its parameters, in the order they appear. Every value that comes from a request
 * is bound as a parameter; only the store's own fixed fragments are ever text.
 */
final class Sql {
  /** A parameter standing for SQL NULL text (lists of parameters cannot hold null). */
  static final Object NULL_TEXT = new Object();

  /** A parameter standing for a SQL NULL number. */
  static final Object NULL_NUMBER = new Object();

  private final StringBuilder text = new StringBuilder();
  private final List<Object> params = new ArrayList<>();

  /** Appends fixed SQL text (never a value from a request). */
  Sql append(String fixed) {
    text.append(fixed);
    return this;
  }

  /** Appends a placeholder bound to {@code value}: a String, BigDecimal, Integer or Boolean. */
  Sql param(Object value) {
    if (!(value instanceof String || value instanceof BigDecimal || value instanceof Integer
        || value instanceof Boolean)) {
      throw new IllegalArgumentException("unsupported parameter type " + value);
    }
    text.append('?');
    params.add(value);
    return this;
  }

  /** Appends another fragment with its parameters. */
  Sql append(Sql other) {
    text.append(other.text);
    params.addAll(other.params);
    return this;
  }

  /** The SQL text. */
  String text() {
    return text.toString();
  }

  /** Prepares this statement's text on a connection and binds its parameters. */
  PreparedStatement prepare(Connection connection) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(text.toString());
    try {
      bind(statement, params);
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }

  /** Binds values to a statement's placeholders, first to last. */
  static void bind(PreparedStatement statement, List<?> values) throws SQLException {
    int index = 1;
    for (Object value : values) {
      if (value instanceof String string) {
        statement.setString(index, string);
      } else if (value instanceof BigDecimal number) {
        statement.setBigDecimal(index, number);
      } else if (value instanceof Integer integer) {
        statement.setInt(index, integer);
      } else if (value instanceof Long number) {
        statement.setLong(index, number);
      } else if (value instanceof Boolean bool) {
        statement.setBoolean(index, bool);
      } else if (value == NULL_TEXT) {
        statement.setNull(index, Types.VARCHAR);
      } else if (value == NULL_NUMBER) {
        statement.setNull(index, Types.DECIMAL);
      } else {
        throw new IllegalArgumentException("unsupported parameter type " + value);
      }
      index++;
    }
  }

  @Override
  public String toString() {
    return text.toString();
  }
}

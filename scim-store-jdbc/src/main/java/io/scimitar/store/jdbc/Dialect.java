package io.scimitar.store.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The SQL databases the JDBC store runs on, and what differs between them: where the migration
 * scripts live, which characters a database can store, how text is indexed and ordered, and how
 * schema migrations are serialised between processes.
 *
 * <p>Text ordering: H2 compares strings by UTF-16 code unit, as Java and the SCIM core do;
 * PostgreSQL (columns collated {@code "C"}) and MariaDB/MySQL (binary columns) compare by code
 * point. The two orders differ only between a supplementary character and one of U+E000 to
 * U+FFFF, so the store declares ordering filters whose literal holds such characters as not
 * pushable on those databases.
 */
public enum Dialect {
  /** PostgreSQL 15 or later. */
  POSTGRESQL("postgresql"),
  /** MariaDB 10.11 or later, and MySQL 8. */
  MARIADB("mariadb"),
  /** H2 2.x, embedded or server. */
  H2("h2");

  /** How many characters of a value PostgreSQL's text index holds. */
  static final int POSTGRESQL_INDEXED_PREFIX = 200;

  /**
   * How much of a text value sorting looks at: characters on PostgreSQL and H2, bytes on MariaDB
   * (whose default max_sort_length is 1024 bytes). Values that agree on this prefix tie, and ties
   * are broken by id, which keeps cursors small and ordering and keyset comparison consistent.
   */
  static final int SORTED_PREFIX = 1000;

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** The folder of this dialect's migration scripts, e.g. {@code postgresql}. */
  public String folder() {
    return folder;
  }

  /**
   * The dialect of the database behind a data source, from its product name.
   *
   * @throws IllegalArgumentException when the database is none of the supported ones
   * @throws SQLException when no connection can be had
   */
  public static Dialect detect(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return fromProductName(connection.getMetaData().getDatabaseProductName());
    }
  }

  /**
   * The dialect for a JDBC database product name ({@code PostgreSQL}, {@code MariaDB},
   * {@code MySQL}, {@code H2}).
   *
   * @throws IllegalArgumentException for any other product
   */
  public static Dialect fromProductName(String productName) {
    String name = productName.toLowerCase(Locale.ROOT);
    if (name.contains("postgresql")) {
      return POSTGRESQL;
    }
    if (name.contains("mariadb") || name.contains("mysql")) {
      return MARIADB;
    }
    if (name.equals("h2")) {
      return H2;
    }
    throw new IllegalArgumentException("no Scimitar dialect for database '" + productName + "'");
  }

  /** Whether text columns can hold U+0000 (PostgreSQL rejects it). */
  boolean storesNul() {
    return this != POSTGRESQL;
  }

  /** Whether text compares by UTF-16 code unit, exactly as {@link String#compareTo} does. */
  boolean ordersByUtf16() {
    return this == H2;
  }

  /**
   * Whether the database can hold this number exactly in the value index: PostgreSQL's
   * {@code NUMERIC}, MariaDB's {@code DECIMAL(65,30)}, H2's {@code DECFLOAT(100000)}.
   */
  boolean fitsNumber(BigDecimal number) {
    int fractionDigits = Math.max(number.scale(), 0);
    int integerDigits = number.precision() - number.scale();
    return switch (this) {
      case POSTGRESQL -> integerDigits <= 131_072 && fractionDigits <= 16_383;
      case MARIADB -> integerDigits <= 35 && fractionDigits <= 30;
      case H2 -> number.precision() <= 100_000 && Math.abs(number.scale()) <= 100_000;
    };
  }

  /**
   * The expression the text index of {@code scim_value} covers: PostgreSQL indexes a prefix
   * (an index entry is limited to about 2.7 kB), the others index the column itself (MariaDB with
   * a declared prefix that its optimiser applies on its own).
   */
  String indexedText(String column) {
    return this == POSTGRESQL ? "left(" + column + ", " + POSTGRESQL_INDEXED_PREFIX + ")" : column;
  }

  /** The prefix of a value that {@link #indexedText} yields, or the value itself. */
  String indexedPrefix(String value) {
    if (this != POSTGRESQL || value.codePointCount(0, value.length()) <= POSTGRESQL_INDEXED_PREFIX) {
      return value;
    }
    return value.substring(0, value.offsetByCodePoints(0, POSTGRESQL_INDEXED_PREFIX));
  }

  /** The expression text sorts by (in ORDER BY and in keyset comparisons alike). */
  String sortedText(String expression) {
    return sortedTextOpen() + expression + sortedTextClose();
  }

  /** What {@link #sortedText} puts before the expression. */
  String sortedTextOpen() {
    return switch (this) {
      case POSTGRESQL -> "left(";
      case MARIADB -> "SUBSTRING(CAST(";
      case H2 -> "LEFT(";
    };
  }

  /** What {@link #sortedText} puts after the expression. */
  String sortedTextClose() {
    return switch (this) {
      case POSTGRESQL -> ", " + SORTED_PREFIX + ") COLLATE \"C\"";
      case MARIADB -> " AS BINARY), 1, " + SORTED_PREFIX + ")";
      case H2 -> ", " + SORTED_PREFIX + ")";
    };
  }

  /** Whether DDL takes part in transactions, so a failed migration leaves nothing behind. */
  boolean hasTransactionalDdl() {
    return this == POSTGRESQL;
  }

  /** Statements that serialise schema migrations between processes, run before migrating. */
  String lockForMigration() {
    return switch (this) {
      case POSTGRESQL -> "SELECT pg_advisory_lock(7268011)";
      case MARIADB -> "SELECT GET_LOCK('scimitar_schema', 300)";
      case H2 -> null;
    };
  }

  /** The statement releasing {@link #lockForMigration}, or null. */
  String unlockAfterMigration() {
    return switch (this) {
      case POSTGRESQL -> "SELECT pg_advisory_unlock(7268011)";
      case MARIADB -> "SELECT RELEASE_LOCK('scimitar_schema')";
      case H2 -> null;
    };
  }

  /** The DDL of the table recording applied migrations. */
  String schemaVersionTable() {
    String options = this == MARIADB ? " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4" : "";
    return "CREATE TABLE " + JdbcSchema.VERSION_TABLE + " (version INTEGER NOT NULL PRIMARY KEY, "
        + "description VARCHAR(200) NOT NULL, installed_on VARCHAR(40) NOT NULL)" + options;
  }
}

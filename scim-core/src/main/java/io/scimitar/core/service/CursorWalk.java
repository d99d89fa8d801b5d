package io.scimitar.core.service;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.QueryResult;
import java.util.function.Function;

/**
 * A cursor walk (RFC 9865) as clients see it. The cursors handed to clients carry the
 * {@code totalResults} counted at the walk's first page in front of the store's cursor, as
 * {@code <total>.<store cursor>}: digits, a dot, then the store's cursor, all RFC 3986 unreserved
 * characters. A later page asks the store not to count, unless the request wants a fresh count,
 * and answers the carried total. So a deep page costs what its rows cost, not what counting every
 * match costs.
 */
final class CursorWalk {
  /** Integer.MAX_VALUE has 10 digits. */
  private static final int MAX_TOTAL_DIGITS = 10;
  private static final int MAX_QUOTED_LENGTH = 40;

  private CursorWalk() {}

  /**
   * Answers one page of a walk.
   *
   * @param page the client's request: its cursor is one this class handed out (or null for the
   *     first page), and {@code totalWanted} says whether a later page counts again
   * @param store answers the store's page request, which carries the store's own cursor
   * @throws ScimException 400 {@code invalidCursor} when the client's cursor is malformed
   */
  static QueryResult page(
      PageRequest.Cursor page, Function<PageRequest.Cursor, QueryResult> store) {
    Carried carried = page.cursor() == null ? null : Carried.parse(page.cursor());
    boolean count = carried == null || page.totalWanted();
    QueryResult found = store.apply(new PageRequest.Cursor(
        carried == null ? null : carried.storeCursor(), page.count(), count));
    // Rows created during the walk can outnumber the carried total on this page.
    int total = count
        ? found.totalResults() : Math.max(carried.total(), found.resources().size());
    return new QueryResult(found.resources(), total,
        handOut(total, found.nextCursor()), handOut(total, found.previousCursor()));
  }

  private static String handOut(int total, String storeCursor) {
    return storeCursor == null ? null : total + "." + storeCursor;
  }

  /**
   * What a client's cursor carries.
   *
   * @param total the walk's totalResults
   * @param storeCursor the store's cursor
   */
  private record Carried(int total, String storeCursor) {

    static Carried parse(String cursor) {
      int dot = cursor.indexOf('.');
      if (dot < 1 || dot > MAX_TOTAL_DIGITS || dot == cursor.length() - 1) {
        throw invalid(cursor);
      }
      long total = 0;
      for (int i = 0; i < dot; i++) {
        char digit = cursor.charAt(i);
        if (digit < '0' || digit > '9') {
          throw invalid(cursor);
        }
        total = total * 10 + (digit - '0');
      }
      if (total > Integer.MAX_VALUE || (cursor.charAt(0) == '0' && dot > 1)) {
        throw invalid(cursor);
      }
      return new Carried((int) total, cursor.substring(dot + 1));
    }

    private static ScimException invalid(String cursor) {
      String quoted = cursor.length() > MAX_QUOTED_LENGTH
          ? cursor.substring(0, MAX_QUOTED_LENGTH) + "…" : cursor;
      return ScimException.badRequest(ScimType.INVALID_CURSOR, "cursor '" + quoted
          + "' is not one this server issued; start the walk again with an empty cursor");
    }
  }
}

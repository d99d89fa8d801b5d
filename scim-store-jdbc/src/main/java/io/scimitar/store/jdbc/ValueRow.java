package io.scimitar.store.jdbc;

import java.math.BigDecimal;

/**
 * One row of the value index {@code scim_value}.
 *
 * @param attr the top-level attribute's key
 * @param element the index of the value (or complex element) within the attribute; 0 if singular
 * @param sub the sub-attribute's name, or {@code ""} for the attribute's value or element itself
 * @param ordinal the index of the value within a multi-valued sub-attribute, else 0
 * @param present whether the value counts as present for {@code pr}
 * @param sortRow whether the resource sorts by this value for {@code attr.sub}
 * @param text the comparable text, or null when the value is not text of the attribute's type
 * @param raw the text as given, kept on sort rows of case-insensitive text (tie-breaker), else null
 * @param number the comparable number, boolean or date-time, or null
 */
record ValueRow(String attr, int element, String sub, int ordinal, boolean present,
    boolean sortRow, String text, String raw, BigDecimal number) {}

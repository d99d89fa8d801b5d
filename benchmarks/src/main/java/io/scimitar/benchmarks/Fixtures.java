package io.scimitar.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs every library gets, identical for all: the RFC 7643 §8.3 enterprise user, ten
 * filters of the kinds identity providers and admin consoles send, one five-operation PATCH
 * request and one {@code attributes} parameter.
 */
public final class Fixtures {
  /** RFC 7643 §8.3, as printed in the RFC (with the certificate's line breaks joined). */
  public static final String ENTERPRISE_USER = resource("enterprise-user.json");

  /**
   * Five operations as Okta and Entra ID send them: a value-filtered sub-attribute replace, a
   * sub-attribute replace, an add to a multi-valued attribute, a value-filtered remove and an
   * extension attribute replace.
   */
  public static final String PATCH_REQUEST = resource("patch-request.json");

  /** The ten filters, in the order reported. */
  public static final List<String> FILTERS = List.of(
      "userName eq \"bjensen\"",
      "userName Eq \"Bjensen\" and active eq true",
      "emails[type eq \"work\" and value co \"@example.com\"]",
      "emails[type eq \"work\"].value eq \"bjensen@example.com\"",
      "name.familyName co \"Jen\" or name.givenName sw \"Bar\"",
      "meta.lastModified gt \"2011-05-13T04:42:34Z\"",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"701984\"",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value"
          + " eq \"26118915-6090-4610-87e4-49d8ca9f808d\"",
      "not (title pr) or userType eq \"Employee\"",
      "addresses[type eq \"work\" and postalCode sw \"91\"] and phoneNumbers pr");

  /**
   * The filters every library parses: all but number 4, the form Entra ID sends
   * ({@code emails[type eq "work"].value eq ...}), which UnboundID rejects.
   */
  public static final List<String> PARSED_BY_ALL = pick(1, 2, 3, 5, 6, 7, 8, 9, 10);

  /**
   * The filters SCIMple's in-memory evaluator answers correctly. It answers false for value
   * paths ({@code emails[...]}) and extension attributes, logging that the attribute "is NOT a
   * valid SCIM attribute", and false for {@code meta.lastModified gt ...} even where the
   * resource's date is later, so numbers 3, 4, 6, 7, 8 and 10 are left out of its comparison.
   */
  public static final List<String> EVALUATED_BY_SCIMPLE = pick(1, 2, 5, 9);

  /** The {@code attributes} parameter of the projection benchmark. */
  public static final String PROJECTION_ATTRIBUTES =
      "userName,name.familyName,emails,urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
          + ":manager";

  private Fixtures() {}

  private static List<String> pick(int... numbers) {
    List<String> picked = new ArrayList<>(numbers.length);
    for (int number : numbers) {
      picked.add(FILTERS.get(number - 1));
    }
    return List.copyOf(picked);
  }

  private static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

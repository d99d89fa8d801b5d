package io.scimitar.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.json.ScimJson;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows that the benchmarks compare the same work: for every library, which of the ten filters
 * it parses, what each evaluates to against the enterprise user and how many of the
 * {@link Population}'s users it matches, what the PATCH request
 * produced, what the projection kept and whether JSON round-trips. Run it before trusting a
 * benchmark figure:
 * {@code java -cp benchmarks/target/benchmarks.jar io.scimitar.benchmarks.Crosscheck}.
 */
public final class Crosscheck {
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final ScimJson JSON = ScimJson.withDefaults();
  private static final int POPULATION = 100;

  private final PrintStream out;

  private Crosscheck(PrintStream out) {
    this.out = out;
  }

  /** Prints the report to standard output. */
  public static void main(String[] args) throws Exception {
    Crosscheck check = new Crosscheck(System.out);
    for (ScimLibrary<?, ?, ?, ?> library : Libraries.all()) {
      check.report(library);
    }
  }

  private <F, M, R, P> void report(ScimLibrary<F, M, R, P> library) throws Exception {
    out.println("== " + library.name());
    R user = library.read(Fixtures.ENTERPRISE_USER);
    List<R> population = new ArrayList<>();
    for (String json : Population.users(POPULATION)) {
      population.add(library.read(json));
    }
    List<String> filters = Fixtures.FILTERS;
    for (int i = 0; i < filters.size(); i++) {
      out.printf("filter %d: %s; matches among %d varied users: %s%n", i + 1,
          evaluate(library, filters.get(i), user), POPULATION,
          count(library, filters.get(i), population));
    }
    R patched = library.applyPatch(user, library.readPatch(Fixtures.PATCH_REQUEST));
    out.println("patched: " + patchedValues(JSON.readObject(library.write(patched))));
    out.println("original unchanged: "
        + library.write(user).equals(library.write(library.read(Fixtures.ENTERPRISE_USER))));
    if (library.supportsProjection()) {
      out.println("projected: " + library.project(user, Fixtures.PROJECTION_ATTRIBUTES));
    } else {
      out.println("projected: (not available)");
    }
    out.println("written: " + library.write(user).length() + " chars");
  }

  /** What each of the five operations touched, to compare libraries at a glance. */
  private static String patchedValues(ObjectNode patched) {
    List<String> values = new ArrayList<>();
    for (JsonNode email : patched.path("emails")) {
      if (email.path("type").asText().equals("work")) {
        values.add("work email=" + email.path("value").asText());
      }
    }
    values.add("givenName=" + patched.path("name").path("givenName").asText());
    List<String> phones = new ArrayList<>();
    patched.path("phoneNumbers").forEach(phone -> phones.add(phone.path("type").asText()));
    values.add("phone types=" + phones);
    List<String> addresses = new ArrayList<>();
    patched.path("addresses").forEach(address -> addresses.add(address.path("type").asText()));
    values.add("address types=" + addresses);
    values.add("department=" + patched.path(ENTERPRISE).path("department").asText());
    return String.join(", ", values);
  }

  private static <F, M, R, P> String evaluate(
      ScimLibrary<F, M, R, P> library, String filter, R user) {
    F parsed;
    try {
      parsed = library.parseFilter(filter);
    } catch (Exception | LinkageError e) {
      return "PARSE FAILED " + describe(e);
    }
    try {
      return String.valueOf(library.matches(library.matcher(parsed), user));
    } catch (Exception | LinkageError e) {
      return "EVALUATION FAILED " + describe(e);
    }
  }

  private static <F, M, R, P> String count(
      ScimLibrary<F, M, R, P> library, String filter, List<R> users) {
    try {
      M matcher = library.matcher(library.parseFilter(filter));
      int count = 0;
      for (R user : users) {
        count += library.matches(matcher, user) ? 1 : 0;
      }
      return String.valueOf(count);
    } catch (Exception | LinkageError e) {
      return "-";
    }
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}

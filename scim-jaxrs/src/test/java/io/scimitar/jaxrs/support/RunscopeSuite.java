package io.scimitar.jaxrs.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Okta's published "SCIM 2.0 SPEC Test" (a Runscope suite, copied into the test resources)
 * step by step: its URLs, headers, bodies, variables and assertions as written. Response-time
 * assertions are skipped, since tests make no timing claims.
 */
public final class RunscopeSuite {
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{(\\w+)}}");
  private static final Pattern INDEX = Pattern.compile("(\\w+)\\[(\\d+)]");

  private final JsonNode suite;
  private final Map<String, String> variables = new HashMap<>();

  /**
   * @param suite the {@code runscope_spec_test} object
   */
  public RunscopeSuite(JsonNode suite) {
    this.suite = suite;
    suite.path("initial_script_variables").properties()
        .forEach(entry -> variables.put(entry.getKey(), entry.getValue().asText()));
  }

  /**
   * Runs every step against the server; {@code clients} gives the client for an Authorization
   * value ({@code {{auth}}} is the valid key, anything else is sent as written).
   */
  public int run(Function<String, ScimClient> clients, String validAuthorization) {
    int steps = 0;
    for (JsonNode step : suite.path("steps")) {
      String url = substitute(step.path("url").asText());
      String path = url.replace("{{SCIMBaseURL}}/", "");
      int query = path.indexOf('?');
      if (query >= 0) {
        path = path.substring(0, query + 1) + IdpReplay.encodeQuery(path.substring(query + 1));
      }
      String authorization = validAuthorization;
      String[] headers = new String[0];
      for (Map.Entry<String, JsonNode> header : step.path("headers").properties()) {
        String value = header.getValue().get(0).asText();
        if (header.getKey().equals("Authorization")) {
          authorization = value.equals("{{auth}}") ? validAuthorization : value;
        } else {
          headers = append(headers, header.getKey(), value);
        }
      }
      String body = step.path("body").isNull() || step.path("body").isMissingNode()
          ? null : substitute(step.path("body").toString());
      ScimResponse response =
          clients.apply(authorization).send(step.path("method").asText(), path, body, headers);
      String note = step.path("note").asText();
      for (JsonNode assertion : step.path("assertions")) {
        check(note, assertion, response);
      }
      for (JsonNode variable : step.path("variables")) {
        variables.put(variable.path("name").asText(),
            property(response.json(), variable.path("property").asText()).asText());
      }
      steps++;
    }
    return steps;
  }

  private void check(String note, JsonNode assertion, ScimResponse response) {
    String comparison = assertion.path("comparison").asText();
    String source = assertion.path("source").asText();
    if (source.equals("response_time")) {
      return;
    }
    String expected = substitute(assertion.path("value").asText(""));
    String description = note + " / " + comparison + " " + assertion.path("property").asText()
        + " " + expected + " / " + response.body();
    if (source.equals("response_status")) {
      assertThat(response.status()).as(description).isEqualTo(Integer.parseInt(expected));
      return;
    }
    JsonNode actual = property(response.json(), assertion.path("property").asText());
    switch (comparison) {
      case "not_empty" -> assertThat(actual.isContainerNode()
          ? !actual.isEmpty()
          : !actual.isMissingNode() && !actual.isNull() && !actual.asText().isEmpty())
          .as(description).isTrue();
      case "is_a_number" -> assertThat(actual.isNumber()).as(description).isTrue();
      case "equal", "equal_number" -> assertThat(actual.asText()).as(description)
          .isEqualTo(expected);
      case "has_value", "contains" -> assertThat(actual.toString()).as(description)
          .contains("\"" + expected + "\"");
      default -> throw new AssertionError("unsupported Runscope comparison " + comparison);
    }
  }

  private static JsonNode property(JsonNode root, String path) {
    JsonNode node = root;
    for (String part : path.split("\\.", -1)) {
      Matcher indexed = INDEX.matcher(part);
      node = indexed.matches()
          ? node.path(indexed.group(1)).path(Integer.parseInt(indexed.group(2)))
          : node.path(part);
    }
    return node;
  }

  private String substitute(String text) {
    Matcher matcher = VARIABLE.matcher(text);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = name.equals("SCIMBaseURL") || name.equals("auth")
          ? matcher.group() : variables.getOrDefault(name, matcher.group());
      matcher.appendReplacement(result, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(result);
    return result.toString();
  }

  private static String[] append(String[] headers, String name, String value) {
    List<String> list = new java.util.ArrayList<>(List.of(headers));
    list.add(name);
    list.add(value);
    return list.toArray(String[]::new);
  }
}

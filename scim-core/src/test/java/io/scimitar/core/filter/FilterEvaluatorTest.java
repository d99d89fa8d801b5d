package io.scimitar.core.filter;

import static io.scimitar.core.filter.FilterFixtures.ACME;
import static io.scimitar.core.filter.FilterFixtures.DEVICES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.path.ResolvedPath;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every operator on every attribute type of a host-defined schema. Devices: d1 and d2 have every
 * attribute (with differently cased values), d3 only {@code serial} and an empty {@code label}.
 */
class FilterEvaluatorTest {
  private final FilterParser parser = FilterParser.withDefaults();
  private final FilterEvaluator evaluator = new FilterEvaluator(DEVICES);
  private final List<ObjectNode> devices = FilterFixtures.devices();

  private String matching(String filter) {
    Filter resolved = evaluator.resolve(parser.parse(filter));
    return devices.stream()
        .filter(device -> evaluator.matches(resolved, device))
        .map(device -> device.get("id").asText())
        .collect(Collectors.joining(","));
  }

  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(delimiter = '|', value = {
      // string, caseExact
      "serial eq \"SN-ABC\"|d1",
      "serial eq \"sn-abc\"|d2",
      "serial ne \"SN-ABC\"|d2,d3",
      "serial co \"ABC\"|d1",
      "serial sw \"sn\"|d2",
      "serial ew \"ABC\"|d1",
      "serial gt \"XYZ\"|d2",
      "serial lt \"T\"|d1",
      "serial ge \"XYZ\"|d2,d3",
      "serial le \"SN-ABC\"|d1",
      // string, case-insensitive
      "label eq \"ROUTER ONE\"|d1",
      "label ne \"router one\"|d2,d3",
      "label co \"OUTER\"|d1,d2",
      "label sw \"ROUTER T\"|d2",
      "label ew \"ONE\"|d1",
      "label gt \"router one\"|d2",
      "label lt \"ROUTER TWO\"|d1,d3",
      "label ge \"Router Two\"|d2",
      "label le \"router ONE\"|d1,d3",
      // integer
      "count eq 5|d1",
      "count eq 5.0|d1",
      "count eq 5.5|''",
      "count ne 5|d2,d3",
      "count gt 5|d2",
      "count lt 12|d1",
      "count ge 5|d1,d2",
      "count le 5|d1",
      "count gt -1e2|d1,d2",
      // decimal
      "ratio eq 0.50|d1",
      "ratio ne 0.5|d2,d3",
      "ratio gt 0.5|d2",
      "ratio lt 1|d1",
      "ratio ge 1.25|d2",
      "ratio le 1.25|d1,d2",
      "ratio gt 1e-1|d1,d2",
      // boolean
      "enabled eq true|d1",
      "enabled eq false|d2",
      "enabled ne true|d2,d3",
      "enabled ne false|d1,d3",
      "enabled eq \"True\"|d1",
      "enabled eq \"false\"|d2",
      // binary, always case-exact
      "firmware eq \"AAEC\"|d1",
      "firmware eq \"aaec\"|d2",
      "firmware ne \"AAEC\"|d2,d3",
      "firmware co \"AE\"|d1",
      "firmware sw \"aa\"|d2",
      "firmware ew \"EC\"|d1",
      // dateTime, as instants (d2's value is the same instant as d1's)
      "seen eq \"2024-01-01T10:00:00Z\"|d1,d2",
      "seen ne \"2024-01-01T10:00:00Z\"|d3",
      "seen gt \"2024-01-01T09:59:59Z\"|d1,d2",
      "seen lt \"2024-01-01T10:00:00.001Z\"|d1,d2",
      "seen ge \"2024-01-01T12:00:00+02:00\"|d1,d2",
      "seen le \"2023-12-31T23:59:59Z\"|''",
      "seen gt \"2024-01-01T10:00:00\"|''",
      // reference (caseExact false in this schema)
      "homepage eq \"https://example.com/r1\"|d1",
      "homepage ne \"https://example.com/r1\"|d2,d3",
      "homepage co \"EXAMPLE\"|d1,d2",
      "homepage sw \"https://example.com/r\"|d1,d2",
      "homepage ew \"/R2\"|d2",
      "homepage gt \"https://example.com/r1\"|d2",
      "homepage lt \"https://example.com/r2\"|d1",
      "homepage ge \"https://example.com/r2\"|d2",
      "homepage le \"https://example.com/r1\"|d1",
      // multi-valued simple attributes: any value
      "tags eq \"EDGE\"|d1,d2",
      "tags eq \"core\"|d1",
      "tags ne \"core\"|d2,d3",
      "tags co \"dg\"|d1,d2",
      "tags sw \"co\"|d1",
      "tags ew \"E\"|d1,d2",
      "tags gt \"d\"|d1,d2",
      "tags lt \"d\"|d1",
      "readings gt 5|d1",
      "readings lt 5|d1",
      "readings eq 10|d1",
      "readings ge 11|''",
      "readings le 1|d1",
      // complex multi-valued: direct comparison uses 'value', sub-attributes any element
      "ports eq 80|d1",
      "ports ne 80|d2,d3",
      "ports.value ge 443|d1",
      "ports.label eq \"SSH\"|d2",
      "ports[value lt 100 and label eq \"https\"]|''",
      "ports[value gt 100 and label eq \"https\"]|d1",
      "ports[label sw \"HTTP\"].value eq 443|d1",
      "ports[not (label eq \"http\")]|d1,d2",
      "ports[primary eq true]|d1",
      "ports[label pr]|d1,d2",
      // complex singular
      "location.city eq \"berlin\"|d1",
      "location[city eq \"Berlin\" and room sw \"1.\"]|d1",
      "location.room pr|d1",
      // extension attributes, qualified or not, any case of URN
      "urn:example:scim:schemas:extension:acme:2.0:Device:owner eq \"ops\"|d1,d2",
      "owner eq \"OPS\"|d1,d2",
      "cost gt 10|d1",
      "URN:EXAMPLE:SCIM:SCHEMAS:EXTENSION:ACME:2.0:DEVICE:COST lt 10|d2",
      // null
      "count eq null|d3",
      "count ne null|d1,d2",
      "label eq null|d3",
      "ports eq null|d3",
      // presence
      "label pr|d1,d2",
      "seen pr|d1,d2",
      "enabled pr|d1,d2",
      "readings pr|d1",
      "ports pr|d1,d2",
      "location pr|d1",
      "count pr|d1,d2",
      "not (count pr)|d3",
      // logic
      "serial eq \"XYZ\" or count gt 10|d2,d3",
      "label co \"router\" and not (enabled eq true)|d2",
      "(serial eq \"XYZ\" or count gt 10) and label pr|d2",
      "serial eq \"XYZ\" or count gt 10 and label pr|d2,d3",
      "COUNT GT 1 AND RATIO LT 1 OR SERIAL EQ \"XYZ\"|d1,d3",
  })
  void evaluates(String filter, String expected) {
    assertThat(matching(filter)).isEqualTo(expected);
  }

  @Test
  void resolutionCanonicalisesPathsAndLiterals() {
    Filter resolved = evaluator.resolve(parser.parse(
        "LABEL eq \"x\" and PORTS eq 80 and Ports[LABEL pr] and Enabled eq \"TRUE\" and "
            + "urn:example:scim:schemas:2.0:device:COUNT gt 1 and OWNER pr"));
    assertThat(resolved.render()).isEqualTo("label eq \"x\" and ports.value eq 80 and "
        + "ports[label pr] and enabled eq true and count gt 1 and " + ACME + ":owner pr");
    assertThat(evaluator.resolve(resolved)).isEqualTo(resolved);
  }

  @Test
  void matchesOneElementAgainstAValuePathCondition() {
    ResolvedPath ports = ResolvedPath.resolve(AttributePath.of("ports"), DEVICES).orElseThrow();
    Filter condition = evaluator.resolveCondition(ports,
        parser.parsePatchPath("ports[LABEL eq \"https\" and value gt 100]").valueFilter());
    assertThat(condition.render()).isEqualTo("label eq \"https\" and value gt 100");
    List<Boolean> results = Arrays.asList(
        evaluator.matchesElement(ports, condition, devices.get(0).get("ports").get(0)),
        evaluator.matchesElement(ports, condition, devices.get(0).get("ports").get(1)),
        evaluator.matchesElement(ports, condition, null));
    assertThat(results).containsExactly(false, true, false);
  }

  @Test
  void aValueOfTheWrongJsonTypeNeverMatches() {
    ObjectNode odd = FilterFixtures.json(
        "{'count':'5','enabled':'true','seen':'yesterday','label':7,'ratio':'NaN'}");
    for (String filter : new String[] {"count eq 5", "enabled eq true", "seen gt "
        + "\"2000-01-01T00:00:00Z\"", "label eq \"7\"", "ratio lt 1"}) {
      assertThat(evaluator.matches(evaluator.resolve(parser.parse(filter)), odd))
          .as(filter).isFalse();
    }
    assertThat(evaluator.matches(evaluator.resolve(parser.parse("count ne 5")), odd)).isTrue();
  }
}

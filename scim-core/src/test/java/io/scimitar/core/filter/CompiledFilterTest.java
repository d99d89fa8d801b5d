package io.scimitar.core.filter;

import static io.scimitar.core.filter.FilterFixtures.DEVICES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A compiled filter is reusable across resources and agrees with {@link FilterEvaluator#matches};
 * the operator-by-operator rules are in {@link FilterEvaluatorTest}.
 */
class CompiledFilterTest {
  private final FilterParser parser = FilterParser.withDefaults();
  private final FilterEvaluator evaluator = new FilterEvaluator(DEVICES);
  private final List<ObjectNode> devices = FilterFixtures.devices();

  @Test
  void oneCompiledFilterTestsManyResources() {
    Filter filter = evaluator.resolve(parser.parse(
        "label co \"router\" and (ports[label eq \"HTTPS\"] or count gt 10)"));
    CompiledFilter compiled = evaluator.compile(filter);
    assertThat(devices).map(compiled::matches).containsExactly(true, true, false);
    assertThat(devices).map(device -> evaluator.matches(filter, device))
        .containsExactly(true, true, false);
    assertThat(compiled).hasToString("CompiledFilter[" + filter.render() + "]");
  }

  @Test
  void readsValuesByTheirCanonicalNamesEvenForUnresolvedFilters() {
    // Unresolved: the spelling differs from the schema, and 'ports' is compared directly.
    CompiledFilter compiled = evaluator.compile(parser.parse("PORTS eq 22 or LABEL pr"));
    assertThat(devices).map(compiled::matches).containsExactly(true, true, false);
  }

  @Test
  void rejectsUnknownAttributesAndNestedValuePathsWhenCompiling() {
    assertThatThrownBy(() -> evaluator.compile(parser.parse("nope pr or label pr")))
        .isInstanceOfSatisfying(ScimException.class, e -> {
          assertThat(e.scimType()).contains(ScimType.INVALID_FILTER);
          assertThat(e.detail()).isEqualTo(
              "attribute 'nope' is not known; resolve the filter before evaluating it");
        });
    Filter nested = new Filter.ValuePath(io.scimitar.core.path.AttributePath.of("ports"),
        new Filter.ValuePath(io.scimitar.core.path.AttributePath.of("location"),
            new Filter.Present(io.scimitar.core.path.AttributePath.of("city"))));
    assertThatThrownBy(() -> evaluator.compile(nested))
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.detail())
            .isEqualTo("value paths cannot be nested: 'location[...]' inside 'ports[...]'"));
  }
}

package io.scimitar.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimitar.core.json.ScimJson;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BulkPlanTest {

  private static BulkPlan plan(String operations) {
    BulkRequest request = BulkRequest.read(ScimJson.withDefaults().readObject(
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":["
            + operations + "]}"), 10_000);
    Map<Integer, Set<String>> references = new HashMap<>();
    Map<String, Integer> creators = new HashMap<>();
    for (BulkOperation operation : request.operations()) {
      references.put(operation.index(), BulkReferences.of(operation));
      if (operation.method() == BulkMethod.POST && operation.bulkId() != null) {
        creators.put(operation.bulkId(), operation.index());
      }
    }
    return BulkPlan.of(request.operations(), references, creators);
  }

  private static String post(String bulkId, String... references) {
    StringBuilder members = new StringBuilder();
    for (String reference : references) {
      members.append(members.length() == 0 ? "" : ",")
          .append("{\"value\":\"bulkId:").append(reference).append("\"}");
    }
    return "{\"method\":\"POST\",\"bulkId\":\"" + bulkId
        + "\",\"path\":\"/Groups\",\"data\":{\"members\":[" + members + "]}}";
  }

  private static List<Integer> order(BulkPlan plan) {
    return plan.order().stream().map(BulkOperation::index).toList();
  }

  @Test
  void keepsRequestOrderWithoutReferences() {
    assertThat(order(plan(post("a") + "," + post("b") + "," + post("c"))))
        .containsExactly(0, 1, 2);
  }

  @Test
  void runsCreatorsBeforeTheirFirstUse() {
    BulkPlan plan = plan(post("a", "c") + "," + post("b") + "," + post("c", "b")
        + ",{\"method\":\"DELETE\",\"path\":\"/Groups/bulkId:a\"}");

    assertThat(order(plan)).containsExactly(1, 2, 0, 3);
    assertThat(plan.cycles()).isEmpty();
  }

  @Test
  void reportsEveryOperationOnACycleAndOrdersItAsIfTheClosingReferenceWereAbsent() {
    BulkPlan plan = plan(post("a", "b") + "," + post("b", "c") + "," + post("c", "a") + ","
        + post("d", "a") + "," + post("self", "self") + "," + post("e"));

    assertThat(plan.cycles().keySet()).containsExactlyInAnyOrder(0, 1, 2, 4);
    assertThat(plan.cycles().get(0)).isEqualTo("'a' -> 'b' -> 'c' -> 'a'");
    assertThat(plan.cycles().get(4)).isEqualTo("'self' -> 'self'");
    assertThat(order(plan)).containsExactly(2, 1, 0, 3, 4, 5);
  }

  @Test
  void undefinedReferencesDoNotAffectTheOrder() {
    assertThat(order(plan(post("a", "nowhere") + "," + post("b")))).containsExactly(0, 1);
  }

  @Test
  void longChainsDoNotOverflowTheStack() {
    StringBuilder operations = new StringBuilder();
    int length = 5000;
    for (int i = 0; i < length; i++) {
      operations.append(i == 0 ? "" : ",")
          .append(i + 1 < length ? post("n" + i, "n" + (i + 1)) : post("n" + i));
    }
    BulkPlan plan = plan(operations.toString());
    assertThat(order(plan)).hasSize(length).startsWith(length - 1).endsWith(0);
  }
}

package io.scimitar.core.sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.filter.FilterFixtures;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.ResourceSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceSorterTest {
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  /** Sorts {@code trees} (each with an {@code id}) and returns the ids in order. */
  private static List<String> sorted(
      ResourceSchema schema, String sortBy, SortOrder order, List<ObjectNode> trees) {
    List<ObjectNode> copy = new ArrayList<>(trees);
    Collections.shuffle(copy, new Random(7));
    SortSpec spec = new SortSpec(AttributePath.parse(sortBy), order);
    copy.sort(new ResourceSorter(schema).comparator(spec));
    return copy.stream()
        .map(tree -> tree.has("id") ? tree.get("id").asText() : "(no id)")
        .collect(Collectors.toList());
  }

  private static List<ObjectNode> trees(String... singleQuotedJson) {
    List<ObjectNode> trees = new ArrayList<>();
    for (String json : singleQuotedJson) {
      trees.add(FilterFixtures.json(json));
    }
    return trees;
  }

  private static void assertOrder(ResourceSchema schema, String sortBy, List<ObjectNode> trees,
      String... ascendingIds) {
    List<String> ascending = sorted(schema, sortBy, SortOrder.ASCENDING, trees);
    assertThat(ascending).containsExactly(ascendingIds);
    List<String> descending = sorted(schema, sortBy, SortOrder.DESCENDING, trees);
    Collections.reverse(descending);
    assertThat(descending).as("descending is the exact reverse").isEqualTo(ascending);
  }

  @Test
  void sortsCaseInsensitiveStringsIgnoringCaseWithMissingValuesLast() {
    List<ObjectNode> users = trees("{'id':'1','userName':'b'}", "{'id':'2','userName':'A'}",
        "{'id':'3'}", "{'id':'4','userName':'a'}", "{'id':'5','userName':'C'}",
        "{'id':'6','userName':null}");
    assertOrder(FilterFixtures.USER, "userName", users, "2", "4", "1", "5", "3", "6");
    assertThat(sorted(FilterFixtures.USER, "USERNAME", SortOrder.DESCENDING, users))
        .containsExactly("6", "3", "5", "1", "4", "2");
  }

  @Test
  void sortsCaseExactStringsByCodeUnit() {
    List<ObjectNode> devices = trees("{'id':'1','serial':'a'}", "{'id':'2','serial':'B'}");
    assertOrder(FilterFixtures.DEVICES, "serial", devices, "2", "1");
    List<ObjectNode> labelled = trees("{'id':'1','label':'a'}", "{'id':'2','label':'B'}");
    assertOrder(FilterFixtures.DEVICES, "label", labelled, "1", "2");
  }

  @Test
  void sortsNumbersNumerically() {
    assertOrder(FilterFixtures.DEVICES, "count",
        trees("{'id':'1','count':10}", "{'id':'2','count':9}", "{'id':'3','count':-1}",
            "{'id':'4','count':'1'}"),
        "3", "2", "1", "4");
    assertOrder(FilterFixtures.DEVICES, "ratio",
        trees("{'id':'1','ratio':1.5}", "{'id':'2','ratio':1.25}", "{'id':'3','ratio':2}"),
        "2", "1", "3");
  }

  @Test
  void sortsDateTimesAsInstants() {
    assertOrder(FilterFixtures.DEVICES, "seen",
        trees("{'id':'1','seen':'2024-01-01T11:00:00Z'}",
            "{'id':'2','seen':'2024-01-01T12:00:00+02:00'}",
            "{'id':'3','seen':'not a date'}",
            "{'id':'4','seen':'2023-12-31T23:00:00-02:00'}"),
        "4", "2", "1", "3");
  }

  @Test
  void sortsFalseBeforeTrue() {
    assertOrder(FilterFixtures.DEVICES, "enabled",
        trees("{'id':'1','enabled':true}", "{'id':'2','enabled':false}", "{'id':'3'}"),
        "2", "1", "3");
  }

  @Test
  void sortsMultiValuedComplexByPrimaryValueElseFirstValue() {
    List<ObjectNode> users = trees(
        "{'id':'1','emails':[{'value':'z@x'},{'value':'a@x','primary':true}]}",
        "{'id':'2','emails':[{'value':'m@x'},{'value':'b@x'}]}",
        "{'id':'3','emails':[{'type':'work'}]}",
        "{'id':'4','emails':[]}",
        "{'id':'5','emails':[{'type':'home','primary':true},{'value':'c@x'}]}");
    assertOrder(FilterFixtures.USER, "emails", users, "1", "5", "2", "3", "4");
    assertOrder(FilterFixtures.USER, "emails.value", users, "1", "5", "2", "3", "4");
    assertOrder(FilterFixtures.USER, "emails.type", users, "5", "3", "1", "2", "4");
  }

  @Test
  void sortsMultiValuedSimpleByFirstValue() {
    assertOrder(FilterFixtures.DEVICES, "tags",
        trees("{'id':'1','tags':['b','a']}", "{'id':'2','tags':['a','z']}", "{'id':'3','tags':[]}"),
        "2", "1", "3");
    assertOrder(FilterFixtures.DEVICES, "ports",
        trees("{'id':'1','ports':[{'value':80},{'value':443,'primary':true}]}",
            "{'id':'2','ports':[{'value':100}]}"),
        "2", "1");
  }

  @Test
  void sortsBySubAttributesAndExtensionAttributes() {
    List<ObjectNode> users = FilterFixtures.users();
    assertOrder(FilterFixtures.USER, "name.familyName", users,
        "bjensen-id", "omalley-id", "jsmith-id");
    List<ObjectNode> employees = trees(
        "{'id':'1','" + ENTERPRISE + "':{'employeeNumber':'9'}}",
        "{'id':'2','" + ENTERPRISE + "':{'employeeNumber':'10'}}",
        "{'id':'3'}",
        "{'id':'4','" + ENTERPRISE + "':{'manager':{'value':'x'}}}");
    assertOrder(FilterFixtures.USER, ENTERPRISE + ":employeeNumber", employees, "2", "1", "3", "4");
    assertOrder(FilterFixtures.USER, "employeeNumber", employees, "2", "1", "3", "4");
    assertOrder(FilterFixtures.USER, "manager.value", employees, "4", "1", "2", "3");
    assertOrder(FilterFixtures.USER, "meta.lastModified", users,
        "bjensen-id", "omalley-id", "jsmith-id");
  }

  @Test
  void breaksTiesById() {
    assertOrder(FilterFixtures.USER, "userType",
        trees("{'id':'c','userType':'x'}", "{'id':'a','userType':'X'}", "{'id':'b','userType':'x'}",
            "{'id':'d'}", "{'userType':'x'}"),
        "a", "b", "c", "(no id)", "d");
  }

  @Test
  void sortsScimResources() {
    List<ScimResource> users = FilterFixtures.users().stream()
        .map(tree -> ScimResource.wrap("User", tree))
        .sorted(new ResourceSorter(FilterFixtures.USER).resourceComparator(
            new SortSpec(AttributePath.of("userName"), SortOrder.DESCENDING)))
        .collect(Collectors.toList());
    assertThat(users).extracting(user -> user.text("userName").orElseThrow())
        .containsExactly("JSmith", "jomalley", "bjensen");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "nickname2|sortBy 'nickname2' is not an attribute of resource type User",
      "name.nope|sortBy 'name.nope' is not an attribute of resource type User",
      "urn:x:y:userName|sortBy 'urn:x:y:userName' is not an attribute of resource type User",
      "name|sortBy 'name' is complex; name one of its sub-attributes, such as 'name.formatted'",
      "addresses|sortBy 'addresses' is complex; name one of its sub-attributes, such as "
          + "'addresses.formatted'",
  })
  void rejectsUnknownAndComplexSortAttributes(String sortBy, String detail) {
    ResourceSorter sorter = new ResourceSorter(FilterFixtures.USER);
    SortSpec spec = new SortSpec(AttributePath.parse(sortBy), SortOrder.ASCENDING);
    assertThatThrownBy(() -> sorter.comparator(spec))
        .isInstanceOfSatisfying(ScimException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.scimType()).contains(ScimType.INVALID_PATH);
          assertThat(e.detail()).isEqualTo(detail);
        });
  }

  @Test
  void parsesSortOrder() {
    assertThat(SortOrder.fromParameter(null)).isEqualTo(SortOrder.ASCENDING);
    assertThat(SortOrder.fromParameter("")).isEqualTo(SortOrder.ASCENDING);
    assertThat(SortOrder.fromParameter("Ascending")).isEqualTo(SortOrder.ASCENDING);
    assertThat(SortOrder.fromParameter("DESCENDING")).isEqualTo(SortOrder.DESCENDING);
    assertThatThrownBy(() -> SortOrder.fromParameter("down"))
        .isInstanceOfSatisfying(ScimException.class,
            e -> assertThat(e.scimType()).contains(ScimType.INVALID_VALUE));
  }
}

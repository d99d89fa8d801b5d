package io.scimitar.store.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimitar.core.spi.QueryResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Filters over the seeded {@link Directory}, each with the exact set of resources it must
 * return, in the default order (by id): every operator, {@code and}/{@code or}/{@code not},
 * value paths, extension attributes, timestamps, case-exact versus case-insensitive attributes,
 * {@code externalId}, and members of groups.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FilterTck extends StoreTck {
  private static final String EXT = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:";

  @BeforeAll
  void seed() {
    new Directory().loadInto(storage(), tenantA);
  }

  static Stream<Arguments> userFilters() {
    return Stream.of(
        cases("userName eq \"alice@example.com\"", "alice"),
        cases("userName eq \"BOB.BROWN@EXAMPLE.COM\"", "bob"),
        cases("userName ne \"carol\"", "alice", "bob", "dave", "erin", "frank", "grace", "heidi"),
        cases("userName co \"EXAMPLE\"", "alice", "bob"),
        cases("userName sw \"FRANK\"", "frank"),
        cases("userName ew \".COM\"", "alice", "bob"),
        cases("userName gt \"erin\"", "frank", "grace", "heidi"),
        cases("userName ge \"ERIN\"", "erin", "frank", "grace", "heidi"),
        cases("userName lt \"carol\"", "alice", "bob"),
        cases("userName le \"Carol\"", "alice", "bob", "carol"),
        cases("userName eq \"nobody\""),
        cases("title pr", "alice", "bob", "carol", "erin", "frank", "grace"),
        cases("title eq \"engineer\"", "alice", "bob", "frank"),
        cases("active eq true", "alice", "bob", "dave", "erin", "frank"),
        cases("active eq false", "carol", "grace"),
        cases("not (active eq true)", "carol", "grace", "heidi"),
        cases("title eq \"Engineer\" and active eq true", "alice", "bob", "frank"),
        cases("title eq \"Director\" or userName eq \"dave\"", "dave", "grace"),
        cases("(title sw \"eng\" or title co \"senior\") and not (userName sw \"b\")",
            "alice", "carol", "frank"),
        cases("userType eq \"Contractor\" or userType eq \"Employee\"", "alice", "bob", "carol"),
        cases("name.familyName le \"CHEN\"", "alice", "bob", "carol"),
        cases("emails[type eq \"work\" and value co \"example\"]", "alice", "bob", "frank"),
        cases("emails[primary eq true]", "alice", "bob", "carol", "frank", "grace"),
        cases("emails.value ew \"EXAMPLE.COM\"", "alice", "bob", "carol", "frank"),
        cases("emails pr", "alice", "bob", "carol", "dave", "frank", "grace"),
        cases("not (emails[type eq \"work\"])", "erin", "grace", "heidi"),
        cases("addresses[locality eq \"berlin\" and type eq \"work\"]", "alice", "carol"),
        cases("addresses[type eq \"home\" and country eq \"DE\"]", "carol"),
        cases("addresses.country eq \"de\"", "alice", "carol", "erin"),
        cases(EXT + "employeeNumber sw \"1\"", "alice", "bob", "carol", "frank"),
        cases("employeeNumber gt \"2000\"", "dave", "grace"),
        cases(EXT + "department eq \"r&d\"", "alice", "bob", "frank"),
        cases(EXT + "manager.value eq \"{alice}\"", "bob", "carol"),
        cases("manager.value pr", "bob", "carol", "dave", "frank"),
        cases("meta.created gt \"2024-02-01T00:00:00Z\"", "erin", "frank", "grace", "heidi"),
        cases("meta.lastModified ge \"2024-04-15T00:00:00Z\"", "carol", "erin", "grace"),
        cases("meta.lastModified lt \"2024-01-03T00:00:00Z\"", "bob"),
        cases("externalId eq \"ext-002\""),
        cases("externalId eq \"EXT-002\"", "bob"),
        cases("externalId pr", "alice", "bob", "carol", "erin", "frank", "grace"),
        cases("profileUrl eq \"https://example.com/~alice\""),
        cases("profileUrl eq \"https://example.com/~Alice\"", "alice"),
        cases("id eq \"{dave}\"", "dave"),
        cases("id eq \"{dave}\" or userName eq \"erin\"", "dave", "erin"),
        cases("userName eq \"grace\" and active eq true"));
  }

  static Stream<Arguments> groupFilters() {
    return Stream.of(
        cases("members[value eq \"{alice}\"]", "engineering"),
        cases("members[value eq \"{engineering}\"]", "all"),
        cases("members[type eq \"Group\"]", "all"),
        cases("members pr", "engineering", "sales", "all"),
        cases("not (members pr)", "empty"),
        cases("displayName eq \"sales\"", "sales"),
        cases("members.value eq \"{dave}\" or displayName sw \"E\"",
            "engineering", "sales", "empty"));
  }

  private static Arguments cases(String filter, String... names) {
    return Arguments.of(filter, List.of(names));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userFilters")
  void usersMatchExactly(String text, List<String> expectedNames) {
    assertMatches("User", text, expectedNames);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("groupFilters")
  void groupsMatchExactly(String text, List<String> expectedNames) {
    assertMatches("Group", text, expectedNames);
  }

  private void assertMatches(String resourceType, String text, List<String> expectedNames) {
    QueryResult result =
        queryAll(store(resourceType), tenantA, filter(resourceType, Directory.withIds(text)), null);

    List<String> expected = new ArrayList<>(expectedNames);
    expected.sort(Comparator.comparing(TckResources::idOf));
    assertThat(Directory.namesOf(ids(result)))
        .as("matches of %s in the default order (by id)", text)
        .containsExactlyElementsOf(expected);
    assertThat(result.totalResults()).isEqualTo(expected.size());
  }
}

package io.scimitar.core.spi.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.FilterEvaluator;
import io.scimitar.core.filter.FilterParser;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.sort.SortOrder;
import io.scimitar.core.sort.SortSpec;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EqualityCapabilitiesTest {
  private static final FilterEvaluator USERS =
      new FilterEvaluator(SchemaRegistry.defaults().resourceSchema("User"));

  private final EqualityCapabilities capabilities = EqualityCapabilities.on(
      "id", "userName", "externalId", BuiltInSchemas.ENTERPRISE_USER + ":employeeNumber");

  private static Filter resolved(String text) {
    return USERS.resolve(FilterParser.withDefaults().parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "userName eq \"bjensen\"",
      "USERNAME eq \"bjensen\"",
      "externalId eq \"701984\"",
      "id eq \"2819c223\"",
      "employeeNumber eq \"701984\"",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"1\""})
  void equalityOnADeclaredAttributeIsPushedDown(String filter) {
    assertThat(capabilities.canFilter(resolved(filter))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "userName ne \"bjensen\"",
      "userName sw \"bj\"",
      "userName pr",
      "userName eq null",
      "displayName eq \"Babs\"",
      "name.familyName eq \"Jensen\"",
      "emails[value eq \"bjensen@example.com\"]",
      "userName eq \"a\" or userName eq \"b\"",
      "userName eq \"a\" and externalId eq \"b\"",
      "not (userName eq \"a\")"})
  void everythingElseIsLeftToTheService(String filter) {
    assertThat(capabilities.canFilter(resolved(filter))).isFalse();
  }

  @Test
  void subAttributesCountOnlyWhenDeclared() {
    EqualityCapabilities byFamilyName = EqualityCapabilities.on("name.familyName");

    assertThat(byFamilyName.canFilter(resolved("name.familyName eq \"Jensen\""))).isTrue();
    assertThat(byFamilyName.canFilter(resolved("name.givenName eq \"Barbara\""))).isFalse();
  }

  @Test
  void noneSortsPagesByCursorOrFilters() {
    SortSpec byUserName = new SortSpec(AttributePath.of("userName"), SortOrder.ASCENDING);

    assertThat(capabilities.canSort(byUserName)).isFalse();
    assertThat(capabilities.supportsCursorPaging()).isFalse();
    assertThat(EqualityCapabilities.none().canFilter(resolved("id eq \"x\""))).isFalse();
  }

  @Test
  void aTextThatIsNoPathIsRejected() {
    ScimException error = catchThrowableOfType(ScimException.class,
        () -> EqualityCapabilities.on("user name"));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.scimType()).isEqualTo(Optional.of(ScimType.INVALID_PATH));
    assertThat(error.detail()).contains("'user name' is not a valid attribute path");
  }
}

package io.scimitar.store.jdbc;

import static io.scimitar.store.tck.TckResources.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.FilterEvaluator;
import io.scimitar.core.filter.FilterParser;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.AttributeType;
import io.scimitar.core.schema.ResourceType;
import io.scimitar.core.schema.Schema;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.sort.SortOrder;
import io.scimitar.core.sort.SortSpec;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.store.tck.TckResources;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What each database can hold and decide, and what the store therefore refuses (400
 * {@code invalidValue}) or leaves to the service (not pushed down): U+0000 on PostgreSQL,
 * unpaired surrogates everywhere, ordering of text beyond U+D7FF where the
 * database orders by code point. Subclasses name the database.
 */
abstract class DialectRulesContract {
  private static final String GADGET_URN = "urn:example:scimitar:test:Gadget";
  private final RequestContext tenant = RequestContext.of("t-" + UUID.randomUUID(), "test");

  abstract TestDatabase database();

  private Dialect dialect() {
    return database().dialect();
  }

  private ResourceStore users() {
    return database().storage(SchemaRegistry.defaults()).store("User").orElseThrow();
  }

  private static Filter userFilter(String text) {
    return new FilterEvaluator(SchemaRegistry.defaults().resourceSchema("User"))
        .resolve(FilterParser.withDefaults().parse(text));
  }

  private List<String> ids(String filter) {
    return users().query(tenant, new ResourceQuery(userFilter(filter), null,
            new PageRequest.Index(1, 100), true))
        .resources().stream().map(resource -> resource.id().orElseThrow()).toList();
  }

  @Test
  void nulIsRefusedOnPostgresqlAndKeptElsewhere() {
    ScimResource user = TckResources.user(idOf("nul"), "a\u0000b");

    if (dialect() == Dialect.POSTGRESQL) {
      ScimException error = catchThrowableOfType(ScimException.class,
          () -> users().create(tenant, user));
      assertThat(error.status()).isEqualTo(400);
      assertThat(error.scimType()).contains(ScimType.INVALID_VALUE);
      assertThat(error.detail()).contains("userName", "U+0000");
      assertThat(users().get(tenant, idOf("nul"), true)).isEmpty();
    } else {
      users().create(tenant, user);
      assertThat(users().get(tenant, idOf("nul"), true)).contains(user);
      assertThat(ids("userName eq \"A\\u0000B\"")).containsExactly(idOf("nul"));
    }
  }

  @Test
  void aFilterLiteralWithNulIsLeftToTheServiceOnPostgresql() {
    Filter filter = userFilter("userName eq \"x\\u0000y\"");

    assertThat(users().capabilities().canFilter(filter))
        .isEqualTo(dialect() != Dialect.POSTGRESQL);
  }

  @Test
  void unpairedSurrogatesAreRefusedAsTextIsStoredAsUtf8() {
    ScimResource user = TckResources.user(idOf("lone"), "a\uD800b");

    ScimException error = catchThrowableOfType(ScimException.class,
        () -> users().create(tenant, user));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.scimType()).contains(ScimType.INVALID_VALUE);
    assertThat(error.detail()).contains("userName", "unpaired surrogate");
    assertThat(users().get(tenant, idOf("lone"), true)).isEmpty();
    assertThat(users().capabilities().canFilter(userFilter("userName eq \"\\ud800\"")))
        .isFalse();
  }

  @Test
  void supplementaryCharactersRoundTripAndMatch() {
    ScimResource user = TckResources.user(idOf("emoji"), "smile-\uD83D\uDE00@Example.com");
    users().create(tenant, user);

    assertThat(users().get(tenant, idOf("emoji"), true)).contains(user);
    assertThat(ids("userName eq \"SMILE-\uD83D\uDE00@example.COM\"")).containsExactly(
        idOf("emoji"));
    assertThat(ids("userName co \"\uD83D\uDE00\"")).containsExactly(idOf("emoji"));
  }

  @Test
  void orderingBeyondTheBasicPlaneIsPushedDownOnlyWhereOrderIsUtf16() {
    Filter beyond = userFilter("userName gt \"\uD83D\uDE00\"");
    Filter within = userFilter("userName gt \"\u00e9t\u00e9\"");

    assertThat(users().capabilities().canFilter(beyond)).isEqualTo(dialect() == Dialect.H2);
    assertThat(users().capabilities().canFilter(within)).isTrue();
  }

  @Test
  void membersAndSchemasAreNotSortedInSql() {
    ResourceStore groups = database().storage(SchemaRegistry.defaults()).store("Group")
        .orElseThrow();

    assertThat(groups.capabilities().canSort(
        new SortSpec(AttributePath.of("members", "value"), SortOrder.ASCENDING))).isFalse();
    assertThat(users().capabilities().canSort(
        new SortSpec(AttributePath.of("schemas"), SortOrder.ASCENDING))).isFalse();
    assertThat(users().capabilities().canSort(
        new SortSpec(AttributePath.of("name"), SortOrder.ASCENDING))).isFalse();
    assertThat(users().capabilities().canSort(
        new SortSpec(AttributePath.of("emails"), SortOrder.ASCENDING))).isTrue();
  }

  @Test
  void identifiersLongerThanTheirColumnsAreRefused() {
    String longId = "i".repeat(256);

    ScimException error = catchThrowableOfType(ScimException.class,
        () -> users().create(tenant, TckResources.user(longId, "long")));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.detail()).contains("id", "255 bytes");
    assertThat(users().get(tenant, longId, true)).isEmpty();
    assertThat(catchThrowableOfType(ScimException.class,
        () -> users().delete(tenant, longId, null)).status()).isEqualTo(404);
  }

  @Test
  void numbersAreComparedExactlyOrRefusedWhenTheDatabaseCannotHoldThem() {
    ResourceStore gadgets = database().storage(gadgetRegistry()).store("Gadget").orElseThrow();
    gadgets.create(tenant, gadget("small", "0.000000000000000000000000000001"));
    gadgets.create(tenant, gadget("big", "123456789012345678901234567890"));

    Filter tiny = new FilterEvaluator(gadgetRegistry().resourceSchema("Gadget"))
        .resolve(FilterParser.withDefaults().parse("weight lt 0.000000000000000000000000000002"));
    assertThat(gadgets.query(tenant, new ResourceQuery(tiny, null, new PageRequest.Index(1, 10),
        true)).resources()).extracting(r -> r.id().orElseThrow()).containsExactly(idOf("small"));

    ScimResource huge = gadget("huge", "1E+40");
    if (dialect() == Dialect.MARIADB) {
      ScimException error = catchThrowableOfType(ScimException.class,
          () -> gadgets.create(tenant, huge));
      assertThat(error.status()).isEqualTo(400);
      assertThat(error.detail()).contains("weight", "beyond");
    } else {
      gadgets.create(tenant, huge);
      assertThat(gadgets.get(tenant, idOf("huge"), true)).contains(huge);
    }
  }

  private static ScimResource gadget(String name, String weight) {
    ObjectNode tree = TckResources.tree(GADGET_URN);
    tree.put("weight", new java.math.BigDecimal(weight));
    return TckResources.prepared("Gadget", idOf(name), tree);
  }

  private static SchemaRegistry gadgetRegistry() {
    Schema schema = new Schema(GADGET_URN, "Gadget", "A host-defined resource", List.of(
        AttributeDefinition.builder("weight", AttributeType.DECIMAL).build()));
    return SchemaRegistry.builder().withBuiltIns().schema(schema)
        .resourceType(new ResourceType("Gadget", "Gadget", "/Gadgets", "", GADGET_URN, List.of()))
        .build();
  }
}

package io.scimitar.store.tck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.json.ScimJson;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.AttributeType;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.ResourceType;
import io.scimitar.core.schema.Schema;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.AttributeSelection;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.SearchRequest;
import io.scimitar.core.service.ServiceConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One answer on every store: the protocol decides which values every store holds
 * ({@code PortableValues} in scim-core), so a resource one store accepts is accepted by all, and
 * one that some store cannot hold is refused by all with 400 {@code invalidValue} naming the
 * attribute. Runs the {@link ScimService} over the store under test, as a host does; values at
 * the limits must come back exactly as sent and be found by filters.
 */
public abstract class PortableValuesTck extends StoreTck {
  private static final String SENSOR_URN = "urn:example:scimitar:tck:Sensor";
  private static final ScimJson JSON = ScimJson.withDefaults();

  private ScimService service(SchemaRegistry registry) {
    return new ScimService(registry, createStorage(registry), ServiceConfig.defaults());
  }

  private final ScimCall call = new ScimCall(tenantA, "https://tck.example/scim/v2");

  @Test
  void textNoStoreHoldsIsRefusedNamingTheAttribute() {
    ScimService scim = service(registry());
    for (String userName : List.of("nul\u0000inside", "lone\ud800surrogate", "low\udc00first")) {
      ScimException error = assertScimError(() -> scim.create(call, "User",
          user(userName), AttributeSelection.DEFAULT), 400, ScimType.INVALID_VALUE);
      assertThat(error.detail()).contains("'userName'");
    }
    ObjectNode nested = user("nested-nul");
    nested.putObject("name").put("givenName", "Bar\u0000bara");
    assertThat(assertScimError(() -> scim.create(call, "User", nested, AttributeSelection.DEFAULT),
        400, ScimType.INVALID_VALUE).detail()).contains("name.givenName");
    assertThat(search(scim, "User", "userName pr").path("totalResults").asInt()).isZero();
  }

  @Test
  void aPatchOrReplaceCannotIntroduceSuchText() {
    ScimService scim = service(registry());
    String id = scim.create(call, "User", user("patched"), AttributeSelection.DEFAULT)
        .body().path("id").asText();

    assertScimError(() -> scim.patch(call, "User", id, JSON.readObject("""
        {"Operations":[{"op":"replace","path":"displayName","value":"a\\u0000b"}]}"""),
        null, AttributeSelection.DEFAULT), 400, ScimType.INVALID_VALUE);
    ObjectNode replacement = user("patched");
    replacement.put("nickName", "x\ud83d");
    assertScimError(() -> scim.replace(call, "User", id, replacement, null,
        AttributeSelection.DEFAULT), 400, ScimType.INVALID_VALUE);
    assertThat(scim.get(call, "User", id, AttributeSelection.DEFAULT).body().has("displayName"))
        .isFalse();
  }

  @Test
  void longTextAndSupplementaryCharactersComeBackExactlyAndAreFound() {
    ScimService scim = service(registry());
    String longName = "long-" + "\ud83d\ude00x".repeat(1_300);
    String emoji = "emoji-\ud83d\udc4b-\u00e9\u4e2d";
    for (String userName : List.of(longName, emoji)) {
      scim.create(call, "User", user(userName), AttributeSelection.DEFAULT);
      JsonNode found = search(scim, "User", "userName eq \"" + userName + "\"");
      assertThat(found.path("totalResults").asInt()).isEqualTo(1);
      assertThat(found.path("Resources").get(0).path("userName").asText()).isEqualTo(userName);
    }
    ObjectNode withLongNickName = user("long-nick-name");
    String nickName = "\ud834\udd1e-".repeat(100_000);
    withLongNickName.put("nickName", nickName);
    String id = scim.create(call, "User", withLongNickName, AttributeSelection.DEFAULT)
        .body().path("id").asText();
    assertThat(scim.get(call, "User", id, AttributeSelection.DEFAULT).body()
        .path("nickName").asText()).isEqualTo(nickName);
  }

  @Test
  void decimalsAreHeldToWhatEveryStoreKeepsExactly() {
    ScimService scim = service(sensorRegistry());
    String widest = "12345678901234567890123456789012345.123456789012345678901234567890";
    ObjectNode stored = scim.create(call, "Sensor", sensor("widest", widest,
        "2024-02-29T12:00:00Z"), AttributeSelection.DEFAULT).body();
    assertThat(stored.path("reading").decimalValue()).isEqualByComparingTo(widest);
    assertThat(search(scim, "Sensor", "reading eq " + widest).path("totalResults").asInt())
        .isEqualTo(1);

    for (String tooWide : List.of("123456789012345678901234567890123456",
        "0.1234567890123456789012345678901", "1E+40")) {
      assertThat(assertScimError(() -> scim.create(call, "Sensor",
          sensor("too-wide", tooWide, "2024-02-29T12:00:00Z"), AttributeSelection.DEFAULT),
          400, ScimType.INVALID_VALUE).detail()).contains("'reading'");
    }
  }

  @Test
  void dateTimesAtTheEndsOfTheCalendarComeBackExactlyAndCompare() {
    ScimService scim = service(sensorRegistry());
    List<String> instants = List.of("0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
        "2024-02-29T12:00:00.5+01:00");
    for (String instant : instants) {
      ObjectNode stored = scim.create(call, "Sensor", sensor("at " + instant, "1", instant),
          AttributeSelection.DEFAULT).body();
      assertThat(stored.path("calibratedAt").asText()).isEqualTo(instant);
    }
    assertThat(search(scim, "Sensor", "calibratedAt gt \"9999-12-31T23:59:59Z\"")
        .path("Resources").findValuesAsText("calibratedAt"))
        .containsExactly("9999-12-31T23:59:59.999999999Z");
    assertThat(search(scim, "Sensor", "calibratedAt lt \"0001-01-02T00:00:00Z\"")
        .path("totalResults").asInt()).isEqualTo(1);
  }

  private JsonNode search(ScimService scim, String resourceType, String filter) {
    return scim.search(call, resourceType,
        SearchRequest.fromQueryParameters(Map.of("filter", filter)::get));
  }

  private static ObjectNode user(String userName) {
    ObjectNode body = JSON.mapper().createObjectNode();
    body.putArray("schemas").add(BuiltInSchemas.USER);
    body.put("userName", userName);
    return body;
  }

  private static ObjectNode sensor(String label, String reading, String calibratedAt) {
    return JSON.readObject("{\"schemas\":[\"" + SENSOR_URN + "\"],\"label\":\""
        + label + "\",\"reading\":" + reading + ",\"calibratedAt\":\"" + calibratedAt + "\"}");
  }

  /** The built-ins plus a Sensor type with a decimal and a dateTime attribute. */
  private static SchemaRegistry sensorRegistry() {
    Schema schema = new Schema(SENSOR_URN, "Sensor", "A host-defined resource", List.of(
        AttributeDefinition.builder("label", AttributeType.STRING).build(),
        AttributeDefinition.builder("reading", AttributeType.DECIMAL).build(),
        AttributeDefinition.builder("calibratedAt", AttributeType.DATE_TIME).build()));
    return SchemaRegistry.builder().withBuiltIns().schema(schema)
        .resourceType(new ResourceType("Sensor", "Sensor", "/Sensors", "", SENSOR_URN, List.of()))
        .build();
  }
}

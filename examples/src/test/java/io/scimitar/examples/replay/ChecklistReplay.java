package io.scimitar.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.jaxrs.support.ScimClient;
import io.scimitar.jaxrs.support.ScimResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The must-handle items of the identity-provider checklist ({@code shared/idp/README.md} §3)
 * that no recorded Okta or Entra ID sequence exercises on its own: media types, discovery,
 * filter spellings and encodings, and attribute selection.
 */
abstract class ChecklistReplay extends ReplaySuite {
  @Test
  void listsAnswerWithoutAnyParameters() {
    createUser(uniqueName("plain.list"));
    for (String type : List.of("Users", "Groups")) {
      JsonNode list = read(type);
      assertThat(list.path("schemas").get(0).asText()).isEqualTo(LIST_URN);
      assertThat(list.path("totalResults").isInt()).isTrue();
      assertThat(list.path("startIndex").asInt()).isEqualTo(1);
      assertThat(list.path("Resources").isArray()).isTrue();
    }
  }

  @Test
  void bodiesAreAcceptedAsJsonOrScimJsonAndAnsweredAsScimJson() {
    for (String type : List.of("application/json", "application/scim+json; charset=utf-8",
        "application/scim+json")) {
      String userName = uniqueName("media");
      ScimResponse created = scim.post("Users", """
          {"schemas":["%s"],"userName":"%s"}""".formatted(BuiltInSchemas.USER, userName),
          "Content-Type", type, "Accept", "application/scim+json; charset=utf-8");
      assertThat(created.status()).as(type + ": " + created.body()).isEqualTo(201);
      assertThat(created.mediaType()).isEqualTo("application/scim+json");
      assertThat(created.header("Location"))
          .endsWith("/Users/" + created.json().path("id").asText());
    }
  }

  @Test
  void discoveryDescribesTheServerAndCannotBeWritten() {
    JsonNode config = read("ServiceProviderConfig");
    assertThat(config.path("patch").path("supported").asBoolean()).isTrue();
    assertThat(config.path("filter").path("supported").asBoolean()).isTrue();
    assertThat(read("Schemas").path("Resources").findValuesAsText("id")).contains(
        BuiltInSchemas.USER, BuiltInSchemas.GROUP, BuiltInSchemas.ENTERPRISE_USER);
    assertThat(read("ResourceTypes").path("Resources").findValuesAsText("name"))
        .contains("User", "Group");
    for (String path : List.of("ServiceProviderConfig", "Schemas", "ResourceTypes")) {
      assertError(scim.post(path, "{}"), 405);
      assertError(scim.put(path, "{}"), 405);
      assertError(scim.delete(path), 405);
    }
  }

  @Test
  void filtersMatchInAnySpellingAndEncoding() {
    String marker = UUID.randomUUID().toString();
    String userName = "Filter.User-" + marker + "@Example.com";
    String id = scim.post("Users", """
        {"schemas":["%s"],"userName":"%s","externalId":"ext-%s",
         "emails":[{"type":"work","value":"work-%s@example.com","primary":true},
                   {"type":"home","value":"home-%s@example.com"}]}
        """.formatted(BuiltInSchemas.USER, userName, marker, marker, marker))
        .json().path("id").asText();

    List<String> filters = List.of(
        "userName eq \"" + userName + "\"",
        "UserName EQ \"" + userName.toLowerCase(Locale.ROOT) + "\"",
        "externalId eq \"ext-" + marker + "\"",
        "emails[type eq \"work\"].value eq \"work-" + marker + "@example.com\"",
        "emails eq \"home-" + marker + "@example.com\"",
        "emails.value co \"" + marker + "\" and active pr or userName sw \"Filter.User-" + marker
            + "\"");
    for (String filter : filters) {
      for (String encoded : List.of(ScimClient.encode(filter),
          ScimClient.encode(filter).replace("+", "%20"))) {
        JsonNode found = read("Users?filter=" + encoded);
        assertThat(found.path("Resources").findValuesAsText("id")).as(filter)
            .containsExactly(id);
      }
    }
    // Values are kept as sent: the userName's letter case survives.
    assertThat(user(id).path("userName").asText()).isEqualTo(userName);
  }

  @Test
  void attributeSelectionWorksOnReadsAndLists() {
    String userName = uniqueName("selected");
    String id = createUser(userName);

    JsonNode only = read("Users/" + id + "?attributes=userName");
    assertThat(only.path("userName").asText()).isEqualTo(userName);
    assertThat(only.path("id").asText()).isEqualTo(id);
    assertThat(only.has("emails")).isFalse();
    assertThat(only.has("name")).isFalse();
    JsonNode without = read("Users/" + id + "?excludedAttributes=emails,name");
    assertThat(without.has("emails")).isFalse();
    assertThat(without.has("name")).isFalse();
    assertThat(without.path("userName").asText()).isEqualTo(userName);

    JsonNode listed = usersNamedWith(userName, "&attributes=emails");
    assertThat(listed.path("emails").get(0).path("value").asText()).isEqualTo(userName);
    assertThat(listed.has("userName")).isFalse();
  }

  private JsonNode usersNamedWith(String userName, String parameters) {
    JsonNode list = read("Users?filter="
        + ScimClient.encode("userName eq \"" + userName + "\"") + parameters);
    assertThat(list.path("totalResults").asInt()).isEqualTo(1);
    return list.path("Resources").get(0);
  }
}

package io.scimitar.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.jaxrs.support.ScimClient;
import io.scimitar.jaxrs.support.ScimResponse;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What real clients and third-party suites tripped on (issue 16), each test naming the client it
 * serves: typed extension models in PATCH values, unique group names as the Identity Center
 * has them, and the named tolerances the example turns on.
 */
abstract class InteropReplay extends ReplaySuite {
  private static final String ENTERPRISE = BuiltInSchemas.ENTERPRISE_USER;

  /**
   * Client libraries that serialise typed extension models (scim2-models' {@code EnterpriseUser},
   * SCIM SDKs with extension classes) put the extension's own {@code schemas} inside its value.
   */
  @Test
  void aTypedExtensionModelInAPatchValueIsApplied() {
    String id = createUser(uniqueName("typed.extension"));
    ScimResponse replaced = scim.patch("Users/" + id, patch("""
        {"op":"replace","path":"%s","value":{"schemas":["%s"],"employeeNumber":"701984"}}"""
        .formatted(ENTERPRISE, ENTERPRISE)));
    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    assertThat(replaced.json().path(ENTERPRISE).path("employeeNumber").asText())
        .isEqualTo("701984");

    ScimResponse added = scim.patch("Users/" + id, patch("""
        {"op":"add","value":{"%s":{"schemas":["%s"],"department":"Tour"}}}"""
        .formatted(ENTERPRISE, ENTERPRISE)));
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertThat(user(id).path(ENTERPRISE).path("department").asText()).isEqualTo("Tour");

    JsonNode refused = assertError(scim.patch("Users/" + id, patch("""
        {"op":"replace","path":"%s","value":{"origin":"forged"}}"""
        .formatted(BuiltInSchemas.PROVENANCE))), 400);
    assertThat(refused.path("scimType").asText()).isEqualTo("mutability");
  }

  /** The Identity Center (and Entra ID's documentation) refuse a second group of one name. */
  @Test
  void aSecondGroupWithTheSameNameInAnyCaseConflicts() {
    String name = "Engineering " + UUID.randomUUID();
    ScimResponse first = scim.post("Groups", group(name));
    assertThat(first.status()).as(first.body()).isEqualTo(201);

    JsonNode conflict = assertError(scim.post("Groups", group(name.toUpperCase(Locale.ROOT))), 409);
    assertThat(conflict.path("scimType").asText()).isEqualTo("uniqueness");
    assertThat(conflict.path("detail").asText()).contains("displayName");

    String other = scim.post("Groups", group("Other " + UUID.randomUUID())).json()
        .path("id").asText();
    JsonNode renamed = assertError(scim.patch("Groups/" + other, patch("""
        {"op":"replace","path":"displayName","value":"%s"}""".formatted(name.toLowerCase(Locale.ROOT)))),
        409);
    assertThat(renamed.path("scimType").asText()).isEqualTo("uniqueness");

    scim.delete("Groups/" + first.json().path("id").asText());
    assertThat(scim.post("Groups", group(name)).status()).isEqualTo(201);
  }

  /** Microsoft's documentation and reference-server tests write filter values without quotes. */
  @Test
  void unquotedFilterValuesAsMicrosoftsDocumentationWritesThem() {
    String marker = UUID.randomUUID().toString();
    ScimResponse created = scim.post("Users", """
        {"schemas":["%s"],"userName":"unquoted-%s","externalId":"ext-%s"}"""
        .formatted(BuiltInSchemas.USER, marker, marker));
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    JsonNode found = read("Users?filter=" + ScimClient.encode("externalId eq ext-" + marker));
    assertThat(found.path("totalResults").asInt()).isEqualTo(1);
    assertThat(found.path("Resources").get(0).path("id").asText())
        .isEqualTo(created.json().path("id").asText());
  }

  /**
   * Microsoft's SCIM Validator sends a PATCH with an empty {@code Operations} and expects it to
   * succeed without changing anything (scimmyjs/scimmy issues 59 and 90).
   */
  @Test
  void anEmptyPatchAsMicrosoftsScimValidatorSendsIt() {
    String id = createUser(uniqueName("validator"));
    String version = user(id).path("meta").path("version").asText();

    ScimResponse patched = scim.patch("Users/" + id, """
        {"schemas":["%s"],"Operations":[]}""".formatted(PATCH_URN));

    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    assertThat(patched.json().path("meta").path("version").asText()).isEqualTo(version);
  }

  /** PingOne-style clients PUT a user with the same email twice, both primary. */
  @Test
  void theSameEmailTwiceWithPrimaryAsPingOneStyleClientsPutIt() {
    String userName = uniqueName("pingone");
    String id = createUser(userName);
    ScimResponse replaced = scim.put("Users/" + id, """
        {"schemas":["%s"],"userName":"%s","emails":[
          {"value":"%s","type":"work","primary":true},
          {"value":"%s","type":"work","primary":true}]}"""
        .formatted(BuiltInSchemas.USER, userName, userName, userName));

    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    assertThat(user(id).path("emails")).hasSize(1);
    assertThat(user(id).path("emails").get(0).path("primary").asBoolean()).isTrue();
  }

  static String group(String displayName) {
    return """
        {"schemas":["%s"],"displayName":"%s"}""".formatted(BuiltInSchemas.GROUP, displayName);
  }
}

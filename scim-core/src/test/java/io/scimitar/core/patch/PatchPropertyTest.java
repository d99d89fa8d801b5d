package io.scimitar.core.patch;

import static io.scimitar.core.patch.PatchTesting.ENTERPRISE;
import static io.scimitar.core.patch.PatchTesting.USER;
import static io.scimitar.core.patch.PatchTesting.apply;
import static io.scimitar.core.patch.PatchTesting.engine;
import static io.scimitar.core.patch.PatchTesting.request;
import static io.scimitar.core.patch.PatchTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.validation.ResourceValidator;
import io.scimitar.core.validation.ValidationOptions;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties over random requests built from real operation shapes, applied to the RFC 7643 §8
 * full User: the input is never modified, a failure changes nothing, and applying a request
 * that succeeded to its own result changes nothing more (or finds its filters gone).
 */
class PatchPropertyTest {
  private static final ObjectNode USER_TREE = resource("rfc7643/full-user.json");
  private static final List<String> OPERATIONS = List.of(
      "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Babs\"}",
      "{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}",
      "{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"\"}",
      "{\"op\":\"remove\",\"path\":\"title\"}",
      "{\"op\":\"remove\",\"path\":\"userName\"}",
      "{\"op\":\"replace\",\"path\":\"id\",\"value\":\"other\"}",
      "{\"op\":\"replace\",\"path\":\"name\",\"value\":{\"givenName\":\"B\",\"middleName\":null}}",
      "{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"n@x.org\",\"type\":\"other\","
          + "\"primary\":true}]}",
      "{\"op\":\"add\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"w@x.org\"}",
      "{\"op\":\"add\",\"path\":\"addresses[type eq \\\"other\\\"].locality\",\"value\":\"Oslo\"}",
      "{\"op\":\"replace\",\"path\":\"phoneNumbers[type eq \\\"work\\\"].value\",\"value\":\"1\"}",
      "{\"op\":\"remove\",\"path\":\"emails[type eq \\\"home\\\"]\"}",
      "{\"op\":\"remove\",\"path\":\"ims\"}",
      "{\"op\":\"replace\",\"value\":{\"name.familyName\":\"J\",\"urn:ietf:params:scim:schemas:"
          + "extension:enterprise:2.0:User:manager\":\"m1\"}}",
      "{\"op\":\"add\",\"path\":\"manager\",\"value\":[{\"value\":\"m2\"}]}",
      "{\"op\":\"replace\",\"path\":\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:"
          + "User:manager\",\"value\":null}",
      "{\"op\":\"replace\",\"path\":\"emails[type eq \\\"home\\\"].primary\",\"value\":true}",
      "{\"op\":\"add\",\"path\":\"shoeSize\",\"value\":42}");

  /** More operations, some refused only by the check of the result (a blank userName). */
  private static final List<String> RESULT_CHECKED = List.of(
      "{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"  \"}",
      "{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"p@x.org\","
          + "\"primary\":true}]}",
      "{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\"].primary\",\"value\":true}",
      "{\"op\":\"remove\",\"path\":\"" + ENTERPRISE + "\"}",
      "{\"op\":\"add\",\"path\":\"" + ENTERPRISE + ":manager.displayName\",\"value\":\"M\"}",
      "{\"op\":\"add\",\"path\":\"x509Certificates\",\"value\":[{\"value\":\"!!\"}]}");

  private final PatchEngine users = engine(USER);
  private final ResourceValidator validator =
      new ResourceValidator(USER, ValidationOptions.DEFAULTS);

  @Provide
  Arbitrary<List<String>> requests() {
    return Arbitraries.of(OPERATIONS).list().ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<String>> mixedRequests() {
    List<String> all = new ArrayList<>(OPERATIONS);
    all.addAll(RESULT_CHECKED);
    return Arbitraries.of(all).list().ofMinSize(1).ofMaxSize(5);
  }

  /**
   * The engine checks only what a request changed; whatever it accepts, a check of the whole
   * result accepts too, and attributes no operation names are the input's own nodes, not copies.
   */
  @Property(tries = 400)
  void whatTheEngineAcceptsPassesACheckOfTheWholeResult(
      @ForAll("mixedRequests") List<String> operations) {
    ObjectNode before = USER_TREE.deepCopy();
    PatchRequest request = request("{\"Operations\":[" + String.join(",", operations) + "]}");
    PatchResult result;
    try {
      result = apply(users, before, request);
    } catch (ScimException e) {
      assertThat(e.status()).isEqualTo(400);
      assertThat(before).isEqualTo(USER_TREE);
      return;
    }
    validator.checkResult(result.resource(), before);
    assertThat(before).isEqualTo(USER_TREE);
    for (String untouched : List.of("photos", "groups", "meta", "userType", "locale")) {
      JsonNode original = before.get(untouched);
      assertThat(original).as(untouched).isNotNull();
      assertThat(result.resource().get(untouched)).as(untouched).isSameAs(original);
    }
  }

  @Property(tries = 400)
  void aRequestAppliesWhollyOrNotAtAllAndNeverTouchesItsInput(
      @ForAll("requests") List<String> operations) {
    ObjectNode before = USER_TREE.deepCopy();
    PatchRequest request = request("{\"Operations\":[" + String.join(",", operations) + "]}");
    PatchResult result;
    try {
      result = apply(users, before, request);
    } catch (ScimException e) {
      assertThat(e.status()).isEqualTo(400);
      assertThat(before).isEqualTo(USER_TREE);
      return;
    }
    assertThat(before).isEqualTo(USER_TREE);
    assertThat(result.changed()).isEqualTo(!result.resource().equals(USER_TREE));

    ObjectNode once = result.resource().deepCopy();
    try {
      PatchResult twice = apply(users, result.resource(), request);
      assertThat(twice.changed()).as("re-applying %s", operations).isFalse();
    } catch (ScimException e) {
      assertThat(e.scimType()).as(e.detail()).contains(ScimType.NO_TARGET);
    }
    assertThat(result.resource()).isEqualTo(once);
  }
}

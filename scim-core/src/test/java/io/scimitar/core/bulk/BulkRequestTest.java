package io.scimitar.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.json.ScimJson;
import org.junit.jupiter.api.Test;

class BulkRequestTest {
  private static final String URN = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

  private static BulkRequest read(String operations, String extra, int max) {
    return BulkRequest.read(ScimJson.withDefaults().readObject(
        "{\"schemas\":[\"" + URN + "\"]" + extra + ",\"Operations\":[" + operations + "]}"), max);
  }

  @Test
  void readsOperationsInOrder() {
    BulkRequest request = read("""
        {"method":"post","bulkId":"q","path":"/Users","data":{"userName":"a"}},
        {"method":"DELETE","path":"/Users/1","version":"W/\\"2\\""}
        """, ",\"failOnErrors\":2", 10);

    assertThat(request.failOnErrors()).isEqualTo(2);
    BulkOperation post = request.operations().get(0);
    assertThat(post.method()).isEqualTo(BulkMethod.POST);
    assertThat(post.bulkId()).isEqualTo("q");
    assertThat(post.data().path("userName").asText()).isEqualTo("a");
    assertThat(post.invalid()).isNull();
    BulkOperation delete = request.operations().get(1);
    assertThat(delete.index()).isEqualTo(1);
    assertThat(delete.version()).isEqualTo("W/\"2\"");
  }

  @Test
  void requestFaultsFailTheWholeRequest() {
    assertThatThrownBy(() -> BulkRequest.read(
        ScimJson.withDefaults().readObject("{\"Operations\":[]}"), 10))
        .isInstanceOfSatisfying(ScimException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.scimType()).contains(ScimType.INVALID_SYNTAX);
          assertThat(e.detail()).contains(URN);
        });
    assertThat(read("{}", "", 10).operations().get(0).invalid()).isNotNull();
    assertThatThrownBy(() -> read("{},{}", "", 1))
        .isInstanceOfSatisfying(ScimException.class, e -> {
          assertThat(e.status()).isEqualTo(413);
          assertThat(e.detail()).isEqualTo(
              "bulk request has 2 operations, more than maxOperations (1)");
        });
    assertThatThrownBy(() -> read("", ",\"failOnErrors\":\"1\"", 1))
        .isInstanceOfSatisfying(ScimException.class,
            e -> assertThat(e.scimType()).contains(ScimType.INVALID_VALUE));
    assertThatThrownBy(() -> read(
        "{\"method\":\"POST\",\"bulkId\":\"x\",\"path\":\"/Users\",\"data\":{}},"
            + "{\"method\":\"POST\",\"bulkId\":\"x\",\"path\":\"/Groups\",\"data\":{}}", "", 10))
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.detail())
            .isEqualTo("bulkId 'x' is used by more than one POST operation"));
  }

  @Test
  void operationFaultsAreKeptWithTheOperation() {
    BulkRequest request = read("""
        1,
        {"path":"/Users"},
        {"method":"GET","path":"/Users"},
        {"method":"PUT","path":"Users/1","data":{}},
        {"method":"PATCH","path":"/Users/1","data":[]}
        """, "", 10);

    assertThat(request.operations()).extracting(op -> op.invalid().detail()).containsExactly(
        "operation 1 is not an object",
        "operation 2 has no method; use POST, PUT, PATCH or DELETE",
        "operation 3 has unsupported method 'GET'; use POST, PUT, PATCH or DELETE",
        "operation 4 needs a 'path' such as /Users or /Users/{id}",
        "operation 5 (PATCH) needs a JSON object in 'data'");
    assertThat(request.operations().get(2).methodText()).isEqualTo("GET");
  }
}

package io.scimitar.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.sort.SortOrder;
import io.scimitar.core.sort.SortSpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CursorCodecTest {
  private static final SortSpec BY_USER_NAME =
      new SortSpec(AttributePath.of("userName"), SortOrder.ASCENDING);

  @Test
  void roundTripsIdAndSortValue() {
    var key = JsonNodeFactory.instance.textNode("bjensen");

    String cursor = CursorCodec.encode(BY_USER_NAME, "id-1", key);
    CursorCodec.Position position = CursorCodec.decode(cursor, BY_USER_NAME);

    assertThat(cursor).matches("[A-Za-z0-9_-]+");
    assertThat(position.id()).isEqualTo("id-1");
    assertThat(position.key()).isEqualTo(key);
  }

  @Test
  void roundTripsWithoutSort() {
    CursorCodec.Position position =
        CursorCodec.decode(CursorCodec.encode(null, "id-1", null), null);

    assertThat(position).isEqualTo(new CursorCodec.Position("id-1", null));
  }

  @Test
  void rejectsTextThatIsNotBase64() {
    assertInvalid("not a cursor!", null, "cursor is not one this server issued");
  }

  @Test
  void rejectsBase64OfSomethingElse() {
    String json = Base64.getUrlEncoder().encodeToString("[1,2]".getBytes(StandardCharsets.UTF_8));
    String object =
        Base64.getUrlEncoder().encodeToString("{\"i\":3}".getBytes(StandardCharsets.UTF_8));

    assertInvalid(json, null, "cursor is not one this server issued");
    assertInvalid(object, null, "cursor is not one this server issued");
  }

  @Test
  void rejectsACursorOfAnotherOrder() {
    String cursor = CursorCodec.encode(BY_USER_NAME, "id-1", null);

    assertInvalid(cursor, null, "cursor was issued for another sortBy or sortOrder");
    assertInvalid(cursor, new SortSpec(AttributePath.of("userName"), SortOrder.DESCENDING),
        "cursor was issued for another sortBy or sortOrder");
  }

  @Test
  void rejectsOversizeCursors() {
    assertInvalid("A".repeat(10_000), null, "cursor is longer than 8192 characters");
  }

  private static void assertInvalid(String cursor, SortSpec sort, String detail) {
    ScimException error =
        catchThrowableOfType(ScimException.class, () -> CursorCodec.decode(cursor, sort));
    assertThat(error).isNotNull();
    assertThat(error.status()).isEqualTo(400);
    assertThat(error.scimType()).isEqualTo(Optional.of(ScimType.INVALID_CURSOR));
    assertThat(error.detail()).isEqualTo(detail);
  }
}

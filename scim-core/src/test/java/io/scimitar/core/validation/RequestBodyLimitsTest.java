package io.scimitar.core.validation;

import static io.scimitar.core.validation.ScimErrors.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimitar.core.error.ScimType;
import io.scimitar.core.json.JsonLimits;
import io.scimitar.core.json.ScimJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bad and oversize JSON bodies, refused by {@link ScimJson} within its {@link JsonLimits}. */
class RequestBodyLimitsTest {
  private static final ScimJson SMALL = new ScimJson(new JsonLimits(200, 4, 10));

  @Test
  void malformedJsonNamesLineAndColumn() {
    assertScimError(() -> ScimJson.withDefaults().readObject("{\n  \"userName\": ,\n}"), 400,
        ScimType.INVALID_SYNTAX, "malformed JSON at line 2, column 15");
  }

  @Test
  void truncatedJsonIsMalformed() {
    assertScimError(() -> ScimJson.withDefaults().readObject("{\"userName\": \"bjensen\""), 400,
        ScimType.INVALID_SYNTAX, "malformed JSON at line 1");
  }

  @Test
  void duplicateKeysAreRefused() {
    assertScimError(
        () -> ScimJson.withDefaults().readObject("{\"userName\":\"a\",\"userName\":\"b\"}"), 400,
        ScimType.INVALID_SYNTAX, "Duplicate field 'userName'");
  }

  @Test
  void aBodyThatIsNotAnObjectIsRefused() {
    assertScimError(() -> ScimJson.withDefaults().readObject("[{\"userName\":\"a\"}]"), 400,
        ScimType.INVALID_SYNTAX, "request body must be a JSON object, found array");
  }

  @Test
  void anEmptyBodyIsRefused() {
    assertScimError(() -> ScimJson.withDefaults().readObject(""), 400,
        ScimType.INVALID_SYNTAX, "request body is empty");
    assertScimError(() -> ScimJson.withDefaults().readObject("   "), 400,
        ScimType.INVALID_SYNTAX, "request body is empty");
  }

  @Test
  void trailingContentIsRefused() {
    assertScimError(() -> ScimJson.withDefaults().readObject("{\"a\":1} {\"b\":2}"), 400,
        ScimType.INVALID_SYNTAX, "malformed JSON");
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    SMALL.readObject("{\"a\":{\"b\":{\"c\":{}}}}");

    assertScimError(() -> SMALL.readObject("{\"a\":{\"b\":{\"c\":{\"d\":{}}}}}"), 400,
        ScimType.INVALID_SYNTAX, "request body is too deeply nested or too long");
  }

  @Test
  void aBodyOverTheByteLimitIs413() {
    String justFits = "{\"a\":\"" + "x".repeat(192) + "\"}";
    assertThat(justFits).hasSize(200);
    SMALL.readObject(justFits);

    String tooLong = "{\"a\":\"" + "x".repeat(193) + "\"}";
    assertScimError(() -> SMALL.readObject(tooLong), 413, null,
        "request body exceeds the limit of 200 bytes");
  }

  @Test
  void aStreamOverTheByteLimitIs413WithoutReadingItAll() {
    byte[] huge = ("{\"a\":\"" + "x".repeat(100_000) + "\"}").getBytes(StandardCharsets.UTF_8);

    assertScimError(() -> SMALL.readObject(new ByteArrayInputStream(huge)), 413, null,
        "request body exceeds the limit of 200 bytes");
  }

  @Test
  void moreValuesThanTheLimitAreRefused() {
    SMALL.readObject("{\"a\":[1,2,3,4,5,6,7,8,9]}");

    assertScimError(() -> SMALL.readObject("{\"a\":[1,2,3,4,5,6,7,8,9,10]}"), 400,
        ScimType.INVALID_SYNTAX, "request body holds more than 10 values");
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> new JsonLimits(0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package io.scimitar.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that code fails with one precise SCIM error. */
final class ScimErrors {
  private ScimErrors() {}

  /** The call must throw a ScimException with this status, scimType (or none) and detail part. */
  static ScimException assertScimError(ThrowingCallable call, int status, ScimType scimType,
      String detailFragment) {
    ScimException error = catchThrowableOfType(ScimException.class, call);
    assertThat(error).as("expected a ScimException").isNotNull();
    assertThat(error.status()).as("status of: " + error.detail()).isEqualTo(status);
    if (scimType == null) {
      assertThat(error.scimType()).as("scimType of: " + error.detail()).isEmpty();
    } else {
      assertThat(error.scimType()).as("scimType of: " + error.detail()).contains(scimType);
    }
    assertThat(error.detail()).contains(detailFragment);
    return error;
  }
}

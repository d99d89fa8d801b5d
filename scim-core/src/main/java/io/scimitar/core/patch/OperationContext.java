package io.scimitar.core.patch;

import io.scimitar.core.error.ScimException;

/**
 * Which operation of a request is being applied, so that every error names it: "operation 3
 * (remove): ...". Operations are numbered from 1, as a person counts them in the request body.
 *
 * @param number the operation's position, from 1
 * @param op what it does
 */
record OperationContext(int number, PatchOp op) {

  /** The prefix of every detail about this operation. */
  String describe() {
    return "operation " + number + " (" + op.rfcName() + ")";
  }

  ScimException invalidValue(String detail) {
    return ScimException.invalidValue(describe() + ": " + detail);
  }

  ScimException invalidPath(String detail) {
    return ScimException.invalidPath(describe() + ": " + detail);
  }

  ScimException noTarget(String detail) {
    return ScimException.noTarget(describe() + ": " + detail);
  }

  ScimException mutability(String detail) {
    return ScimException.mutability(describe() + ": " + detail);
  }

  ScimException invalidSyntax(String detail) {
    return ScimException.invalidSyntax(describe() + ": " + detail);
  }

  /**
   * The same error with this operation named first, for errors raised by the parser, the filter
   * evaluator or the validator on the operation's behalf.
   */
  ScimException rethrow(ScimException error) {
    return new ScimException(
        error.status(), error.scimType().orElse(null), describe() + ": " + error.detail());
  }
}

/**
 * Validation of resources against their schemas: canonical forms of create and replace bodies,
 * value coercion for PATCH, and checks of whole trees. {@link
 * io.scimitar.core.validation.ResourceValidator} is the entry point.
 */
package io.scimitar.core.validation;

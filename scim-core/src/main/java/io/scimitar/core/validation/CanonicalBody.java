package io.scimitar.core.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A request body after the canonical walk, before {@code schemas} is rebuilt.
 *
 * @param attributes the canonical attributes (extension attributes under their URN)
 * @param declared the {@code schemas} member as the client sent it, checked
 */
record CanonicalBody(ObjectNode attributes, SchemasMember declared) {}

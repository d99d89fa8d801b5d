/**
 * The JAX-RS (Jakarta REST) binding of the SCIM protocol: one {@link jakarta.ws.rs.core.Feature},
 * {@link io.scimitar.jaxrs.ScimFeature}, that a host registers under a base path of its choice.
 * It only translates HTTP to {@link io.scimitar.core.service.ScimService} calls and results and
 * errors back to SCIM responses; every protocol decision lives in scim-core.
 */
package io.scimitar.jaxrs;

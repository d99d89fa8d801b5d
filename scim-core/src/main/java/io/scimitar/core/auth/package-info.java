/**
 * Authentication and tenancy, independent of any HTTP stack: a binding hands an
 * {@link io.scimitar.core.auth.AuthenticationRequest} to an
 * {@link io.scimitar.core.auth.Authenticator} before anything else happens, and every store call
 * of the request is then scoped to the tenant of the resulting
 * {@link io.scimitar.core.auth.ScimPrincipal}.
 *
 * <p>The default {@link io.scimitar.core.auth.BearerTokenAuthenticator} checks SCIM keys (bearer
 * tokens) against SHA-256 hashes kept in a {@link io.scimitar.core.auth.SecretHashStore}, found
 * by the hash of the presented token; hosts plug in OAuth, mTLS or anything else by implementing
 * {@code Authenticator}.
 *
 * <p>{@link io.scimitar.core.auth.ScimKeyManager} manages SCIM keys per tenant (create, register,
 * list, disable, delete, last use, a limit of active keys) and
 * {@link io.scimitar.core.auth.TenantSyncSwitch} turns a tenant's SCIM sync off and on (403
 * while off) by wrapping any authenticator. Both keep their state behind an SPI,
 * {@link io.scimitar.core.auth.ScimKeyStore} and {@link io.scimitar.core.auth.SyncSwitchStore}:
 * in memory by default, in a database with {@code scim-store-jdbc}.
 */
package io.scimitar.core.auth;

/**
 * SCIM keys and the per-tenant SCIM sync switch in the store's database, so that they survive
 * restarts and every instance sharing the database sees the same keys and switch at once:
 * {@link io.scimitar.store.jdbc.auth.JdbcScimKeyStore} behind a
 * {@link io.scimitar.core.auth.ScimKeyManager} and
 * {@link io.scimitar.store.jdbc.auth.JdbcSyncSwitchStore} behind a
 * {@link io.scimitar.core.auth.TenantSyncSwitch}. Their tables come with schema version 2
 * ({@code V2__scim_keys.sql}), which {@link io.scimitar.store.jdbc.JdbcSchema#migrate} installs.
 */
package io.scimitar.store.jdbc.auth;

/**
 * RFC 9967 Security Event Tokens for Scimitar's change events: each committed change becomes a
 * SET (RFC 8417) with a SCIM event URI and a {@code sub_id} of format {@code scim}, signed with
 * Nimbus JOSE+JWT ({@link io.scimitar.events.set.SetSigningKey}), and pushed to receivers over
 * HTTP (RFC 8935) by {@link io.scimitar.events.set.SetPush}, one named consumer of the durable
 * event log per receiver. Start with {@link io.scimitar.events.set.SetPush}.
 */
package io.scimitar.events.set;

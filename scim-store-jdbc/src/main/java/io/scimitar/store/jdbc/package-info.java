/**
 * A relational store for Scimitar over JDBC, for PostgreSQL, MariaDB/MySQL and H2, without an
 * ORM: {@link io.scimitar.store.jdbc.JdbcStorage} implements the storage SPI over a host's
 * {@link javax.sql.DataSource}, {@link io.scimitar.store.jdbc.JdbcSchema} installs and migrates
 * the versioned schema, and {@link io.scimitar.store.jdbc.Dialect} names the database.
 *
 * <p>Layout: {@code scim_resource} holds each resource's canonical JSON document;
 * {@code scim_value} indexes every attribute value (normalised for comparison) for filters and
 * sorting; {@code scim_unique} enforces {@code uniqueness} per tenant; {@code scim_member} holds
 * group membership, one row per member, indexed both ways. Every table carries the tenant.
 */
package io.scimitar.store.jdbc;

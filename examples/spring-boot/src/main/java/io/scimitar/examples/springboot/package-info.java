/**
 * A Spring Boot application that serves SCIM through the Scimitar starter: its users in its own
 * {@code accounts} table ({@link io.scimitar.examples.springboot.AccountsUserStore}), groups and
 * SCIM keys in the starter's JDBC store on the same database, and one Spring MVC endpoint of its
 * own ({@link io.scimitar.examples.springboot.AccountsController}).
 */
package io.scimitar.examples.springboot;

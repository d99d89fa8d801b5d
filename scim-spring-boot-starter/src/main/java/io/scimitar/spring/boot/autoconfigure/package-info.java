/**
 * Spring Boot 4 auto-configuration of Scimitar: {@link
 * io.scimitar.spring.boot.autoconfigure.ScimitarAutoConfiguration} wires the protocol (registry,
 * service configuration, storage, SCIM keys, authenticator, service), {@link
 * io.scimitar.spring.boot.autoconfigure.ScimitarJerseyConfiguration} serves it with Jersey under
 * {@code scimitar.base-path} beside the application's own servlets, and the health and metrics
 * configurations report on it when actuator and Micrometer are present. Every bean backs off when
 * the application declares its own.
 */
package io.scimitar.spring.boot.autoconfigure;

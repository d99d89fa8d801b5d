/**
 * The Identity Center web console of the example server: its static pages, the console's
 * sign-in sessions (cookie and CSRF token), and the admin API for users and groups that the
 * console, like any script, calls. The console holds no data of its own and reaches the store
 * only through {@link io.scimitar.core.service.ScimService} and the admin operations.
 */
package io.scimitar.examples.console;

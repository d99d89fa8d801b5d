package io.scimitar.benchmarks;

/**
 * One SCIM library seen through the operations the benchmarks compare. Each implementation calls
 * the library's own public API the way its documentation and its own server code use it; the
 * benchmarks call the implementations directly, so every library pays the same (tiny) adapter
 * cost.
 *
 * @param <F> the library's parsed filter
 * @param <M> what the library evaluates against a resource (the parsed filter itself, or a
 *     predicate compiled from it once per request)
 * @param <R> the library's in-memory resource model
 * @param <P> the library's parsed PATCH request
 */
public interface ScimLibrary<F, M, R, P> {
  /** A short name for reports. */
  String name();

  /** Parses a filter as a server does for a {@code filter} query parameter. */
  F parseFilter(String filter) throws Exception;

  /** Turns a parsed filter into what is evaluated per resource (often the filter itself). */
  M matcher(F filter) throws Exception;

  /** Whether the resource matches. */
  boolean matches(M matcher, R resource) throws Exception;

  /** Reads a resource from its JSON text into the library's model. */
  R read(String json) throws Exception;

  /** Writes a resource as JSON text. */
  String write(R resource) throws Exception;

  /** Reads a PATCH request body into the library's model. */
  P readPatch(String json) throws Exception;

  /** Applies a PATCH request, leaving {@code resource} unchanged, and returns the result. */
  R applyPatch(R resource, P patch) throws Exception;

  /** Whether {@link #project} is available from the library's published artifacts. */
  boolean supportsProjection();

  /**
   * Applies an {@code attributes} parameter to a resource as the library's server does before
   * answering, including parsing the parameter.
   */
  Object project(R resource, String attributes) throws Exception;
}

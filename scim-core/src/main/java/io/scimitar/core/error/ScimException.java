package io.scimitar.core.error;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one exception the whole library throws for protocol failures: it carries exactly what a
 * SCIM error response (RFC 7644 §3.12) needs, an HTTP status, an optional {@link ScimType} and a
 * human-readable detail. Bindings turn it into an error body; nothing else is exposed to clients.
 * A 503 also says when a retry may succeed ({@link #retryAfter()}), which bindings send as
 * {@code Retry-After}: clients such as Okta then back off instead of failing the import.
 */
public final class ScimException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * How long a client is asked to wait after a 503 by default: long enough for a database
   * failover or a restarted connection pool, short enough not to stall a provisioning run.
   */
  public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

  private final int status;
  private final transient ScimType scimType;
  /** The methods the target accepts, for a 405; empty otherwise. */
  private final transient List<String> allowedMethods;
  private final transient Duration retryAfter;

  /**
   * Creates an error.
   *
   * @param status HTTP status code (4xx or 5xx)
   * @param scimType the detail keyword, or {@code null} when none applies
   * @param detail a precise, client-safe description of what went wrong
   */
  public ScimException(int status, ScimType scimType, String detail) {
    this(status, scimType, detail, List.of(), null);
  }

  private ScimException(
      int status, ScimType scimType, String detail, List<String> allowed, Duration retryAfter) {
    super(detail, null, false, false);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("not an error status: " + status);
    }
    this.status = status;
    this.scimType = scimType;
    this.allowedMethods = List.copyOf(allowed);
    this.retryAfter = retryAfter;
  }

  /** 400 with the given keyword. */
  public static ScimException badRequest(ScimType scimType, String detail) {
    return new ScimException(400, scimType, detail);
  }

  /** 400 {@code invalidValue}. */
  public static ScimException invalidValue(String detail) {
    return badRequest(ScimType.INVALID_VALUE, detail);
  }

  /** 400 {@code invalidSyntax}. */
  public static ScimException invalidSyntax(String detail) {
    return badRequest(ScimType.INVALID_SYNTAX, detail);
  }

  /** 400 {@code invalidFilter}. */
  public static ScimException invalidFilter(String detail) {
    return badRequest(ScimType.INVALID_FILTER, detail);
  }

  /** 400 {@code invalidPath}. */
  public static ScimException invalidPath(String detail) {
    return badRequest(ScimType.INVALID_PATH, detail);
  }

  /** 400 {@code noTarget}. */
  public static ScimException noTarget(String detail) {
    return badRequest(ScimType.NO_TARGET, detail);
  }

  /** 400 {@code mutability}. */
  public static ScimException mutability(String detail) {
    return badRequest(ScimType.MUTABILITY, detail);
  }

  /** 404 without a keyword. */
  public static ScimException notFound(String detail) {
    return new ScimException(404, null, detail);
  }

  /** 409 {@code uniqueness}. */
  public static ScimException uniqueness(String detail) {
    return new ScimException(409, ScimType.UNIQUENESS, detail);
  }

  /**
   * 405: the target exists but does not accept this method, such as a write to a read-only
   * resource type; bindings send {@code allowed} as the {@code Allow} header (RFC 9110 §15.5.6).
   */
  public static ScimException methodNotAllowed(String detail, List<String> allowed) {
    if (allowed.isEmpty()) {
      throw new IllegalArgumentException("a 405 names the methods that are allowed");
    }
    return new ScimException(405, null, detail, allowed, null);
  }

  /** 412: the resource changed since the version the client holds. */
  public static ScimException preconditionFailed(String detail) {
    return new ScimException(412, null, detail);
  }

  /** 413: the request is larger than the configured limit. */
  public static ScimException payloadTooLarge(String detail) {
    return new ScimException(413, null, detail);
  }

  /** 501: the operation is not supported by this service provider. */
  public static ScimException notImplemented(String detail) {
    return new ScimException(501, null, detail);
  }

  /**
   * 503: a dependency (such as the database) is unavailable; the client may retry after
   * {@link #DEFAULT_RETRY_AFTER}.
   */
  public static ScimException unavailable(String detail) {
    return unavailable(detail, DEFAULT_RETRY_AFTER);
  }

  /**
   * 503 with the time after which a retry may succeed, sent as {@code Retry-After} in whole
   * seconds (at least one).
   */
  public static ScimException unavailable(String detail, Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative() || retryAfter.isZero()) {
      throw new IllegalArgumentException("retryAfter must be positive: " + retryAfter);
    }
    return new ScimException(503, null, detail, List.of(), retryAfter);
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** The {@code scimType} keyword, if any. */
  public Optional<ScimType> scimType() {
    return Optional.ofNullable(scimType);
  }

  /** The methods the target accepts when this is a 405 (the {@code Allow} header); else empty. */
  public List<String> allowedMethods() {
    return allowedMethods;
  }

  /** When a retry may succeed, for errors that say so (503); empty otherwise. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** {@link #retryAfter()} in whole seconds, rounded up, as {@code Retry-After} carries it. */
  public Optional<Long> retryAfterSeconds() {
    return retryAfter().map(after -> Math.max(1, after.plusMillis(999).toSeconds()));
  }

  /** The client-safe detail message. */
  public String detail() {
    return getMessage();
  }
}

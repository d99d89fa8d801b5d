package io.scimitar.examples.console;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.nio.charset.StandardCharsets;

/**
 * The console's signed-in sessions, in memory: each has a random id (the cookie's value) and
 * its own random CSRF token, ends after {@link #IDLE} without use or {@link #LIFETIME} after
 * sign-in, and ends at once on sign-out. Sessions are per server process: a restart, or another
 * instance behind a balancer, asks the administrator to sign in again.
 */
public final class AdminSessions {
  /** The session cookie's name. */
  public static final String COOKIE = "scimitar_console";
  /** The header that carries the CSRF token on every state-changing call of a session. */
  public static final String CSRF_HEADER = "X-CSRF-Token";
  /** How long a session lasts without use. */
  public static final Duration IDLE = Duration.ofMinutes(30);
  /** How long a session lasts at most. */
  public static final Duration LIFETIME = Duration.ofHours(12);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Clock clock;

  /** Sessions on the system clock. */
  public AdminSessions() {
    this(Clock.systemUTC());
  }

  AdminSessions(Clock clock) {
    this.clock = clock;
  }

  /** A signed-in session: its cookie value and CSRF token. */
  public static final class Session {
    private final String id;
    private final String csrfToken;
    private final Instant started;
    private volatile Instant lastUsed;

    private Session(String id, String csrfToken, Instant started) {
      this.id = id;
      this.csrfToken = csrfToken;
      this.started = started;
      this.lastUsed = started;
    }

    /** The cookie value. */
    public String id() {
      return id;
    }

    /** The CSRF token the console sends back in {@value AdminSessions#CSRF_HEADER}. */
    public String csrfToken() {
      return csrfToken;
    }

    /** Whether {@code presented} is this session's CSRF token, compared in constant time. */
    public boolean csrfMatches(String presented) {
      return presented != null && MessageDigest.isEqual(
          csrfToken.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      return "Session[started=" + started + "]";
    }
  }

  /** Starts a session after a successful sign-in. */
  public Session open() {
    Instant now = clock.instant();
    Session session = new Session(random(), random(), now);
    sessions.put(session.id, session);
    sessions.values().removeIf(other -> expired(other, now));
    return session;
  }

  /** The live session with this cookie value, refreshed; empty when unknown or expired. */
  public Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session session = sessions.get(id);
    if (session == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (expired(session, now)) {
      sessions.remove(id, session);
      return Optional.empty();
    }
    session.lastUsed = now;
    return Optional.of(session);
  }

  /** Ends a session (sign-out); unknown ids are ignored. */
  public void close(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  private static boolean expired(Session session, Instant now) {
    return now.isAfter(session.lastUsed.plus(IDLE)) || now.isAfter(session.started.plus(LIFETIME));
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}

package io.scimitar.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScimKeyManagerTest {
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
  private static final String SCRIPTED = "scripted-secret-0123456789abcdefghij";
  private final MutableClock clock = new MutableClock(NOW);
  private final InMemoryScimKeyStore store = new InMemoryScimKeyStore();
  private final ScimKeyManager keys =
      new ScimKeyManager(store, clock, ScimKeyManager.DEFAULT_MAX_ACTIVE_KEYS);
  private final Authenticator authenticator = keys.authenticator();

  private AuthenticationResult authenticate(String token) {
    Map<String, String> headers = Map.of("Authorization", "Bearer " + token);
    return authenticator.authenticate(new AuthenticationRequest() {
      @Override
      public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
      }

      @Override
      public Optional<Object> attribute(String name) {
        return Optional.empty();
      }
    });
  }

  @Test
  void aCreatedKeyCarries256RandomBitsAndIsStoredOnlyAsItsHash() {
    IssuedScimKey issued = keys.create("acme");

    String secret = issued.token().substring(issued.token().indexOf('.') + 1);
    assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
    assertThat(store.findByHash(SecretKeys.sha256(issued.token())).orElseThrow().keyId())
        .isEqualTo(issued.key().id());
    assertThat(issued.key()).isEqualTo(
        new ScimKey(issued.key().id(), "acme", NOW, null, ScimKeyStatus.ACTIVE));
    assertThat(issued.toString()).doesNotContain(secret);
    assertThat(keys.list("acme").toString()).doesNotContain(secret);
  }

  @Test
  void aThirdActiveKeyIsRefusedUntilOneIsDisabled() {
    IssuedScimKey first = keys.create("acme");
    keys.create("acme");

    assertThatThrownBy(() -> keys.create("acme"))
        .isInstanceOf(ScimKeyLimitException.class)
        .hasMessage("tenant acme already has 2 active SCIM keys (at most 2); "
            + "disable or delete one before creating another");
    assertThat(keys.create("globex").key().tenantId()).isEqualTo("globex");

    keys.disable("acme", first.key().id());
    assertThat(keys.create("acme").key().active()).isTrue();
    assertThat(keys.list("acme")).hasSize(3);
  }

  @Test
  void theLimitIsConfigurable() {
    ScimKeyManager single = new ScimKeyManager(Clock.systemUTC(), 1);
    single.create("acme");

    assertThatThrownBy(() -> single.create("acme")).isInstanceOf(ScimKeyLimitException.class);
    assertThatThrownBy(() -> new ScimKeyManager(Clock.systemUTC(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bothKeysAuthenticateDuringRotationAndUseIsRecorded() {
    IssuedScimKey old = keys.create("acme");
    IssuedScimKey fresh = keys.create("acme");

    assertThat(authenticate(old.token()))
        .isEqualTo(AuthenticationResult.authenticated(new ScimPrincipal("acme", old.key().id())));
    assertThat(authenticate(fresh.token()))
        .isInstanceOf(AuthenticationResult.Authenticated.class);
    assertThat(keys.get("acme", old.key().id()).orElseThrow().lastUsedIfAny()).contains(NOW);
  }

  @Test
  void aDisabledKeyIsRefusedAtOnceAndStaysListed() {
    IssuedScimKey key = keys.create("acme");

    assertThat(keys.disable("acme", key.key().id()).orElseThrow().status())
        .isEqualTo(ScimKeyStatus.DISABLED);

    assertThat(authenticate(key.token())).isInstanceOf(AuthenticationResult.Rejected.class);
    assertThat(keys.list("acme")).extracting(ScimKey::status)
        .containsExactly(ScimKeyStatus.DISABLED);
    assertThat(keys.get("acme", key.key().id()).orElseThrow().lastUsedIfAny()).isEmpty();
  }

  @Test
  void aDeletedKeyIsRefusedAtOnceAndGone() {
    IssuedScimKey key = keys.create("acme");

    assertThat(keys.delete("acme", key.key().id())).isTrue();

    assertThat(authenticate(key.token())).isInstanceOf(AuthenticationResult.Rejected.class);
    assertThat(keys.list("acme")).isEmpty();
    assertThat(keys.delete("acme", key.key().id())).isFalse();
  }

  @Test
  void anotherTenantsKeyCannotBeDisabledOrDeleted() {
    IssuedScimKey key = keys.create("acme");

    assertThat(keys.disable("globex", key.key().id())).isEmpty();
    assertThat(keys.delete("globex", key.key().id())).isFalse();
    assertThat(authenticate(key.token())).isInstanceOf(AuthenticationResult.Authenticated.class);
  }

  @Test
  void useIsWrittenAtMostOncePerPrecisionInterval() {
    IssuedScimKey key = keys.create("acme");

    authenticate(key.token());
    clock.advance(ScimKeyManager.LAST_USED_PRECISION.minusSeconds(1));
    authenticate(key.token());
    assertThat(keys.get("acme", key.key().id()).orElseThrow().lastUsed()).isEqualTo(NOW);

    clock.advance(java.time.Duration.ofSeconds(1));
    authenticate(key.token());
    assertThat(keys.get("acme", key.key().id()).orElseThrow().lastUsed())
        .isEqualTo(NOW.plus(ScimKeyManager.LAST_USED_PRECISION));
  }

  @Test
  void aRegisteredTokenOfAnyShapeAuthenticatesUnderARandomKeyId() {
    ScimKey key = keys.register("acme", SCRIPTED);

    assertThat(key.id()).matches("[A-Za-z0-9_-]{16}");
    assertThat(key.status()).isEqualTo(ScimKeyStatus.ACTIVE);
    assertThat(authenticate(SCRIPTED)).isEqualTo(
        AuthenticationResult.authenticated(new ScimPrincipal("acme", key.id())));
    assertThat(authenticate(SCRIPTED + "x")).isInstanceOf(AuthenticationResult.Rejected.class);
    assertThat(authenticate(key.id() + "." + SCRIPTED))
        .isInstanceOf(AuthenticationResult.Rejected.class);
  }

  @Test
  void registeringTheSameTokenAgainReturnsTheSameKeyAsItIs() {
    ScimKey first = keys.register("acme", SCRIPTED);
    keys.disable("acme", first.id());

    ScimKey again = keys.register("acme", SCRIPTED);

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.status()).isEqualTo(ScimKeyStatus.DISABLED);
    assertThat(keys.list("acme")).hasSize(1);
    assertThatThrownBy(() -> keys.register("globex", SCRIPTED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("this token is a SCIM key of another tenant");
  }

  @Test
  void aRegisteredTokenMustBeLongPrintableAscii() {
    assertThatThrownBy(() -> keys.register("acme", "short.secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a SCIM key token needs at least 32 characters, got 12");
    assertThatThrownBy(() -> keys.register("acme", "with space " + SCRIPTED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a SCIM key token must consist of printable ASCII characters without spaces");
    assertThatThrownBy(() -> keys.register("acme", "\u00e9" + SCRIPTED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(keys.list("acme")).isEmpty();
  }

  @Test
  void aRegisteredTokenCountsTowardsTheLimit() {
    keys.create("acme");
    keys.create("acme");

    assertThatThrownBy(() -> keys.register("acme", SCRIPTED))
        .isInstanceOf(ScimKeyLimitException.class);
  }

  /** A clock the test moves forward. */
  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(java.time.Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}

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
  private final ScimKeyManager keys =
      new ScimKeyManager(Clock.fixed(NOW, ZoneOffset.UTC), ScimKeyManager.DEFAULT_MAX_ACTIVE_KEYS);
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
    assertThat(keys.find(issued.key().id()).orElseThrow().sha256())
        .isEqualTo(SecretKeys.sha256(issued.token()));
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
  void aRegisteredTokenAuthenticatesUnderItsKeyId() {
    keys.register("acme", "scripted.s3cret-value");

    assertThat(authenticate("scripted.s3cret-value")).isEqualTo(
        AuthenticationResult.authenticated(new ScimPrincipal("acme", "scripted")));
    assertThat(authenticate("scripted.wrong")).isInstanceOf(AuthenticationResult.Rejected.class);
  }

  @Test
  void aRegisteredTokenMustHaveAKeyIdAndASecret() {
    keys.register("acme", "taken.secret");

    assertThatThrownBy(() -> keys.register("acme", "no-separator"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("<keyId>.<secret>");
    assertThatThrownBy(() -> keys.register("acme", "empty."))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> keys.register("acme", "bad id.secret"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> keys.register("acme", "taken.other"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the key id taken is already in use");
  }
}

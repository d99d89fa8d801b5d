package io.scimitar.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretKeysTest {

  @Test
  void issuedTokensAreKeyIdDotHighEntropySecretAndStoredAsTheirSha256() {
    IssuedSecret issued = SecretKeys.issue("acme");

    String keyId = issued.stored().keyId();
    assertThat(issued.token()).startsWith(keyId + ".");
    String secret = issued.token().substring(keyId.length() + 1);
    assertThat(secret).matches("[A-Za-z0-9_-]{43}");
    assertThat(issued.stored().tenantId()).isEqualTo("acme");
    assertThat(issued.stored().enabled()).isTrue();
    assertThat(issued.stored().sha256()).isEqualTo(SecretKeys.sha256(issued.token()));
  }

  @Test
  void hostChosenTokensNeedThirtyTwoPrintableCharacters() {
    String token = "x".repeat(SecretKeys.MIN_REGISTERED_LENGTH);

    assertThat(SecretKeys.requireRegistrable(token)).isEqualTo(token);
    assertThatThrownBy(() -> SecretKeys.requireRegistrable(token.substring(1)))
        .hasMessage("a SCIM key token needs at least 32 characters, got 31");
    assertThatThrownBy(() -> SecretKeys.requireRegistrable(null))
        .hasMessage("a SCIM key token needs at least 32 characters, got 0");
    assertThatThrownBy(() -> SecretKeys.requireRegistrable(token + "\t"))
        .hasMessageNotContaining(token);
  }

  @Test
  void sha256IsTheStandardDigestOfTheUtf8Bytes() {
    assertThat(HexFormat.of().formatHex(SecretKeys.sha256("abc")))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void everyIssuedKeyIsDifferent() {
    Set<String> tokens = new HashSet<>();
    Set<String> keyIds = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      IssuedSecret issued = SecretKeys.issue("acme");
      tokens.add(issued.token());
      keyIds.add(issued.stored().keyId());
    }
    assertThat(tokens).hasSize(200);
    assertThat(keyIds).hasSize(200);
  }

  @Test
  void neitherTheTokenNorTheHashAppearsInToString() {
    IssuedSecret issued = SecretKeys.issue("acme");
    String secret = issued.token().substring(issued.stored().keyId().length() + 1);

    assertThat(issued.toString()).doesNotContain(secret).contains(issued.stored().keyId());
    assertThat(issued.stored().toString())
        .doesNotContain(HexFormat.of().formatHex(issued.stored().sha256()));
  }

  @Test
  void storedSecretsValidateTheirParts() {
    byte[] hash = SecretKeys.sha256("x");
    assertThatThrownBy(() -> new StoredSecret("bad id", "t", hash, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StoredSecret("k", "t", new byte[31], true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    StoredSecret stored = new StoredSecret("k", "t", hash, true);
    hash[0]++;
    assertThat(stored.sha256()).isEqualTo(SecretKeys.sha256("x"));
    assertThat(stored.withEnabled(false).enabled()).isFalse();
    assertThat(stored.withEnabled(true)).isEqualTo(stored).hasSameHashCodeAs(stored);
  }

  @Test
  void theInMemoryStoreListsAndTogglesKeysPerTenant() {
    InMemorySecretHashStore store = new InMemorySecretHashStore();
    IssuedSecret first = store.issue("acme");
    IssuedSecret second = store.issue("acme");
    store.issue("globex");

    assertThat(store.secretsOf("acme")).extracting(StoredSecret::keyId)
        .containsExactlyInAnyOrder(first.stored().keyId(), second.stored().keyId());
    assertThat(store.setEnabled(first.stored().keyId(), false)).isTrue();
    assertThat(store.findByHash(first.stored().sha256()).orElseThrow().enabled()).isFalse();
    assertThat(store.setEnabled("missing", false)).isFalse();
    assertThat(store.remove("missing")).isFalse();
    assertThat(store.remove(second.stored().keyId())).isTrue();
    assertThat(store.findByHash(second.stored().sha256())).isEmpty();
  }
}

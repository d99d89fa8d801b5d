package io.scimitar.events.set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetSigningKeyTest {
  private static final JWTClaimsSet CLAIMS = new JWTClaimsSet.Builder().jwtID("1").build();

  @TempDir Path directory;

  @Test
  void aGeneratedKeySignsEs256SetsThatItsJwksVerifies() throws Exception {
    SetSigningKey key = SetSigningKey.generate();

    SignedJWT jwt = SignedJWT.parse(key.sign(CLAIMS));
    JWKSet published = JWKSet.parse(key.publicJwks());

    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(jwt.getHeader().getType().getType()).isEqualTo("secevent+jwt");
    assertThat(jwt.getHeader().getKeyID()).isEqualTo(key.keyId());
    assertThat(published.getKeys()).singleElement().satisfies(jwk -> {
      assertThat(jwk.isPrivate()).isFalse();
      assertThat(jwt.verify(new ECDSAVerifier(jwk.toECKey()))).isTrue();
    });
    assertThat(key.publicJwks()).doesNotContain("\"d\"");
  }

  @Test
  void theKeyFileKeepsTheKeyAcrossRestartsForItsOwnerOnly() throws Exception {
    Path file = directory.resolve("keys/set-signing-key.json");

    SetSigningKey first = SetSigningKey.loadOrGenerate(file);
    SetSigningKey again = SetSigningKey.loadOrGenerate(file);

    assertThat(again.keyId()).isEqualTo(first.keyId());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    SignedJWT jwt = SignedJWT.parse(again.sign(CLAIMS));
    assertThat(jwt.verify(new ECDSAVerifier(first.publicKey().toECKey()))).isTrue();
  }

  @Test
  void anRsaKeySignsRs256() throws Exception {
    SetSigningKey key = SetSigningKey.of(new RSAKeyGenerator(2048).generate());

    SignedJWT jwt = SignedJWT.parse(key.sign(CLAIMS));

    assertThat(key.algorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(key.keyId()).isNotBlank();
    assertThat(jwt.verify(new RSASSAVerifier(key.publicKey().toRSAKey()))).isTrue();
  }

  @Test
  void publicOrWeakKeysAreRefused() throws Exception {
    assertThatThrownBy(() -> SetSigningKey.of(SetSigningKey.generate().publicKey()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("private");
    assertThatThrownBy(() -> SetSigningKey.of(new RSAKeyGenerator(1024, true).generate()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2048");
  }

  @Test
  void aFileWithoutAKeyIsRefused() throws Exception {
    Path file = directory.resolve("key.json");
    Files.writeString(file, "not a key");

    assertThatThrownBy(() -> SetSigningKey.loadOrGenerate(file))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON Web Key");
  }

  @Test
  void toStringShowsNoPrivatePart() {
    SetSigningKey key = SetSigningKey.generate();

    assertThat(key.toString()).contains(key.keyId()).doesNotContain("\"d\"");
  }
}

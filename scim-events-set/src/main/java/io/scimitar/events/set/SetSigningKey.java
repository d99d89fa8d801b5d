package io.scimitar.events.set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Objects;

/**
 * The private key that signs Security Event Tokens (JWS, RFC 7515), and its public half as a JSON
 * Web Key Set for receivers to verify them. An EC P-256 key signs with ES256, an RSA key of at
 * least 2,048 bits with RS256. The key id ({@code kid}) travels in every SET's header, so a
 * receiver can pick the right key while keys are rotated.
 *
 * <p>Signing keys must outlive a restart: a receiver keeps the JWKS it fetched, and SETs still
 * undelivered at shutdown are signed again after it. {@link #loadOrGenerate(Path)} keeps the key
 * in a file readable by its owner only.
 */
public final class SetSigningKey {
  /** The JOSE {@code typ} of a SET (RFC 8417 §2.3). */
  public static final JOSEObjectType SET_TYPE = new JOSEObjectType("secevent+jwt");

  private static final int MIN_RSA_BITS = 2048;

  private final JWK privateKey;
  private final JWSAlgorithm algorithm;
  private final JWSSigner signer;

  private SetSigningKey(JWK privateKey, JWSAlgorithm algorithm, JWSSigner signer) {
    this.privateKey = privateKey;
    this.algorithm = algorithm;
    this.signer = signer;
  }

  /** A new EC P-256 key (ES256) whose id is its RFC 7638 thumbprint. */
  public static SetSigningKey generate() {
    try {
      ECKey key = new ECKeyGenerator(Curve.P_256)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.ES256)
          .keyIDFromThumbprint(true)
          .generate();
      return of(key);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot generate an EC P-256 key", e);
    }
  }

  /**
   * A key from a private JWK: EC on P-256, P-384 or P-521 (ES256, ES384, ES512) or RSA of at
   * least 2,048 bits (RS256). A key without {@code kid} gets its RFC 7638 thumbprint as id.
   *
   * @throws IllegalArgumentException when the key is public only, of another type or too weak
   */
  public static SetSigningKey of(JWK key) {
    Objects.requireNonNull(key, "key");
    if (!key.isPrivate()) {
      throw new IllegalArgumentException("a SET signing key needs its private part");
    }
    try {
      JWK identified = key.getKeyID() != null ? key : withThumbprintId(key);
      if (identified instanceof ECKey ec) {
        return new SetSigningKey(ec, ecAlgorithm(ec.getCurve()), new ECDSASigner(ec));
      }
      if (identified instanceof RSAKey rsa) {
        if (rsa.size() < MIN_RSA_BITS) {
          throw new IllegalArgumentException(
              "an RSA SET signing key needs at least " + MIN_RSA_BITS + " bits, got " + rsa.size());
        }
        return new SetSigningKey(rsa, JWSAlgorithm.RS256, new RSASSASigner(rsa));
      }
    } catch (JOSEException e) {
      throw new IllegalArgumentException("unusable SET signing key: " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(
        "a SET signing key must be EC or RSA, got " + key.getKeyType());
  }

  /**
   * The key kept in {@code file} (a private JWK in JSON), or a new EC P-256 key written there
   * first, readable by its owner only where the file system has POSIX permissions.
   *
   * @throws UncheckedIOException when the file cannot be read or written
   * @throws IllegalArgumentException when the file holds no usable private JWK
   */
  public static SetSigningKey loadOrGenerate(Path file) {
    try {
      if (Files.exists(file)) {
        return of(parse(Files.readString(file, StandardCharsets.UTF_8), file));
      }
      SetSigningKey key = generate();
      write(file, key.privateKey.toJSONString());
      return key;
    } catch (FileAlreadyExistsException e) {
      // Another process created it between the check and the write: use that one.
      return loadOrGenerate(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the SET signing key in " + file, e);
    }
  }

  /** The key id ({@code kid}) in every SET's JWS header. */
  public String keyId() {
    return privateKey.getKeyID();
  }

  /** The JWS algorithm this key signs with. */
  public JWSAlgorithm algorithm() {
    return algorithm;
  }

  /** The public half, for receivers. */
  public JWK publicKey() {
    return privateKey.toPublicJWK();
  }

  /** The public key as a JSON Web Key Set (RFC 7517 §5), the document receivers fetch. */
  public String publicJwks() {
    return new JWKSet(publicKey()).toString(true);
  }

  /**
   * Signs {@code claims} as a SET in JWS compact serialization, with {@code typ}
   * {@code secevent+jwt}, this key's {@code alg} and {@code kid}.
   */
  public String sign(JWTClaimsSet claims) {
    JWSHeader header = new JWSHeader.Builder(algorithm).type(SET_TYPE).keyID(keyId()).build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a SET with key " + keyId(), e);
    }
    return jwt.serialize();
  }

  /** Names the key without its private part. */
  @Override
  public String toString() {
    return "SetSigningKey[kid=" + keyId() + ", alg=" + algorithm + "]";
  }

  private static JWSAlgorithm ecAlgorithm(Curve curve) {
    if (Curve.P_256.equals(curve)) {
      return JWSAlgorithm.ES256;
    }
    if (Curve.P_384.equals(curve)) {
      return JWSAlgorithm.ES384;
    }
    if (Curve.P_521.equals(curve)) {
      return JWSAlgorithm.ES512;
    }
    throw new IllegalArgumentException("an EC SET signing key must be on P-256, P-384 or P-521");
  }

  private static JWK withThumbprintId(JWK key) throws JOSEException {
    String id = key.computeThumbprint().toString();
    if (key instanceof ECKey ec) {
      return new ECKey.Builder(ec).keyID(id).build();
    }
    if (key instanceof RSAKey rsa) {
      return new RSAKey.Builder(rsa).keyID(id).build();
    }
    return key;
  }

  private static JWK parse(String json, Path file) {
    try {
      return JWK.parse(json);
    } catch (ParseException e) {
      throw new IllegalArgumentException(file + " holds no JSON Web Key: " + e.getMessage(), e);
    }
  }

  private static void write(Path file, String json) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, ".set-key", ".tmp");
    try {
      restrictToOwner(temporary);
      Files.writeString(temporary, json, StandardCharsets.UTF_8);
      // Without REPLACE_EXISTING a key already there is kept: when two processes race, the
      // loser reads the winner's key.
      Files.move(temporary, file);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }
}

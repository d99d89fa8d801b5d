package io.scimitar.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BearerTokenAuthenticatorTest {
  private final InMemorySecretHashStore store = new InMemorySecretHashStore();
  private final BearerTokenAuthenticator authenticator = new BearerTokenAuthenticator(store);

  private AuthenticationResult authenticate(String authorization) {
    Map<String, String> headers = authorization == null
        ? Map.of() : Map.of("Authorization", authorization);
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
  void anIssuedKeyAuthenticatesToItsTenantUnderItsKeyId() {
    IssuedSecret key = store.issue("acme");

    AuthenticationResult result = authenticate("Bearer " + key.token());

    assertThat(result).isEqualTo(AuthenticationResult.authenticated(
        new ScimPrincipal("acme", key.stored().keyId())));
  }

  @Test
  void theSchemeIsCaseInsensitiveAndSurroundingSpaceIgnored() {
    IssuedSecret key = store.issue("acme");

    assertThat(authenticate("  bearer   " + key.token() + " "))
        .isInstanceOf(AuthenticationResult.Authenticated.class);
    assertThat(authenticate("BEARER " + key.token()))
        .isInstanceOf(AuthenticationResult.Authenticated.class);
  }

  @Test
  void missingCredentialsAreRejectedWithAPlainChallenge() {
    AuthenticationResult.Rejected rejected =
        (AuthenticationResult.Rejected) authenticate(null);

    assertThat(rejected.challenge()).isEqualTo("Bearer realm=\"scim\"");
    assertThat(rejected.detail()).contains("Authorization: Bearer");
    assertThat(authenticate("   ")).isInstanceOf(AuthenticationResult.Rejected.class);
  }

  @Test
  void otherSchemesAreRejected() {
    AuthenticationResult.Rejected rejected =
        (AuthenticationResult.Rejected) authenticate("Basic dXNlcjpwYXNz");

    assertThat(rejected.detail()).startsWith("unsupported authorization scheme");
    assertThat(rejected.challenge()).isEqualTo("Bearer realm=\"scim\"");
  }

  @Test
  void wrongUnknownMalformedAndDisabledKeysGetTheSameAnswer() {
    IssuedSecret key = store.issue("acme");
    IssuedSecret disabled = store.issue("acme");
    store.setEnabled(disabled.stored().keyId(), false);
    String keyId = key.stored().keyId();

    for (String token : new String[] {
        keyId + ".wrong-secret", "unknown." + key.token().substring(keyId.length() + 1),
        "no-separator", "." + key.token(), "bad id!." + "x", disabled.token(), "non-token"}) {
      AuthenticationResult.Rejected rejected =
          (AuthenticationResult.Rejected) authenticate("Bearer " + token);
      assertThat(rejected.detail()).as(token).isEqualTo("invalid bearer token");
      assertThat(rejected.challenge())
          .isEqualTo("Bearer realm=\"scim\", error=\"invalid_token\"");
    }
  }

  @Test
  void aTenantCanRotateBetweenSeveralActiveKeys() {
    IssuedSecret old = store.issue("acme");
    IssuedSecret rotated = store.issue("acme");

    assertThat(authenticate("Bearer " + old.token()))
        .isInstanceOf(AuthenticationResult.Authenticated.class);
    assertThat(authenticate("Bearer " + rotated.token()))
        .isInstanceOf(AuthenticationResult.Authenticated.class);

    assertThat(store.remove(old.stored().keyId())).isTrue();
    assertThat(authenticate("Bearer " + old.token()))
        .isInstanceOf(AuthenticationResult.Rejected.class);
    assertThat(authenticate("Bearer " + rotated.token()))
        .isInstanceOf(AuthenticationResult.Authenticated.class);
  }

  @Test
  void theRealmIsQuotedSafely() {
    BearerTokenAuthenticator custom = new BearerTokenAuthenticator(store, "my \"scim\"");
    AuthenticationResult.Rejected rejected = (AuthenticationResult.Rejected) custom.authenticate(
        new AuthenticationRequest() {
          @Override
          public Optional<String> header(String name) {
            return Optional.empty();
          }

          @Override
          public Optional<Object> attribute(String name) {
            return Optional.empty();
          }
        });

    assertThat(rejected.challenge()).isEqualTo("Bearer realm=\"my \\\"scim\\\"\"");
  }
}

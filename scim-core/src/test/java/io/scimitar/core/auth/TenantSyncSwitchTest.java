package io.scimitar.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimitar.core.error.ScimException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantSyncSwitchTest {
  private static final AuthenticationRequest ANY = new AuthenticationRequest() {
    @Override
    public Optional<String> header(String name) {
      return Optional.empty();
    }

    @Override
    public Optional<Object> attribute(String name) {
      return Optional.empty();
    }
  };

  private final TenantSyncSwitch sync = new TenantSyncSwitch();

  @Test
  void aTenantIsServedUntilSwitchedOff() {
    Authenticator guarded = sync.guard(request ->
        AuthenticationResult.authenticated(new ScimPrincipal("acme", "key")));

    assertThat(sync.isEnabled("acme")).isTrue();
    assertThat(guarded.authenticate(ANY)).isInstanceOf(AuthenticationResult.Authenticated.class);

    sync.setEnabled("acme", false);
    assertThatThrownBy(() -> guarded.authenticate(ANY))
        .isInstanceOfSatisfying(ScimException.class, error -> {
          assertThat(error.status()).isEqualTo(403);
          assertThat(error.scimType()).isEmpty();
          assertThat(error.detail()).startsWith("SCIM sync is disabled for this tenant");
        });

    sync.setEnabled("acme", true);
    assertThat(guarded.authenticate(ANY)).isInstanceOf(AuthenticationResult.Authenticated.class);
  }

  @Test
  void onlyTheSwitchedOffTenantIsRefused() {
    sync.setEnabled("acme", false);
    Authenticator guarded = sync.guard(request ->
        AuthenticationResult.authenticated(new ScimPrincipal("globex", "key")));

    assertThat(guarded.authenticate(ANY)).isInstanceOf(AuthenticationResult.Authenticated.class);
  }

  @Test
  void theStateLivesInTheGivenStore() {
    InMemorySyncSwitchStore store = new InMemorySyncSwitchStore();
    new TenantSyncSwitch(store).setEnabled("acme", false);

    assertThat(store.isEnabled("acme")).isFalse();
    assertThat(new TenantSyncSwitch(store).isEnabled("acme")).isFalse();
    assertThat(new TenantSyncSwitch(store).isEnabled("globex")).isTrue();
  }

  @Test
  void rejectionsStayRejectionsWhileSyncIsOff() {
    sync.setEnabled("acme", false);
    AuthenticationResult rejected = AuthenticationResult.rejected("invalid", "Bearer");

    assertThat(sync.guard(request -> rejected).authenticate(ANY)).isEqualTo(rejected);
  }
}

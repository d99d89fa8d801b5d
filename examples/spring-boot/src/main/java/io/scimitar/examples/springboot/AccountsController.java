package io.scimitar.examples.springboot;

import io.scimitar.core.resource.MultiValue;
import io.scimitar.core.resource.Provenance;
import io.scimitar.core.resource.User;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.spring.boot.autoconfigure.ScimitarProperties;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application's own endpoint, served by Spring MVC beside SCIM: {@code GET /api/accounts}
 * lists the accounts (first 1,000) as the application sees them, with where each came from
 * ({@code origin} {@code scim} and the SCIM key that created it, for users an identity provider
 * provisioned). A real application protects it with its own security (docs/spring-boot.md).
 */
@RestController
public class AccountsController {
  private static final ResourceQuery FIRST_PAGE =
      new ResourceQuery(null, null, new PageRequest.Index(1, 1000), false);

  private final AccountsUserStore accounts;
  private final String tenant;

  /** The accounts of the tenant that SCIM keys are issued for. */
  public AccountsController(AccountsUserStore accounts, ScimitarProperties scimitar) {
    this.accounts = accounts;
    this.tenant = scimitar.tenant();
  }

  /** One account as the application shows it. */
  public record Account(String id, String login, String email, Boolean enabled, String origin,
      String createdBy) {
    static Account of(User user) {
      Provenance provenance = Provenance.of(user.toResource()).orElse(null);
      return new Account(user.id(), user.userName(),
          user.primaryEmail().map(MultiValue::value).orElse(null), user.active(),
          provenance == null ? null : provenance.origin(),
          provenance == null ? null : provenance.createdBy());
    }
  }

  /** The accounts, as {@code {"users": [...]}}. */
  @GetMapping("/api/accounts")
  public Map<String, List<Account>> accounts() {
    List<Account> users = accounts.query(RequestContext.of(tenant, "accounts-page"), FIRST_PAGE)
        .items().stream().map(Account::of).toList();
    return Map.of("users", users);
  }
}

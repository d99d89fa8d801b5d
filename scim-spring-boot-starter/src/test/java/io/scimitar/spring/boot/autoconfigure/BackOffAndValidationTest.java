package io.scimitar.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimitar.core.auth.AuthenticationResult;
import io.scimitar.core.auth.Authenticator;
import io.scimitar.core.auth.ScimKeyManager;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.spi.Storage;
import io.scimitar.store.memory.MemoryStorage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's beans win; settings that cannot work fail the start with a reason. */
class BackOffAndValidationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ScimitarAutoConfiguration.class));

  @Test
  void theApplicationsStorageAndAuthenticatorAreUsed() {
    runner.withUserConfiguration(HostBeans.class).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(Storage.class)).isSameAs(context.getBean("hostStorage"));
      assertThat(context.getBean(Authenticator.class))
          .isSameAs(context.getBean("hostAuthenticator"));
      assertThat(context.getBean(ScimService.class).registry())
          .isSameAs(context.getBean(SchemaRegistry.class));
      assertThat(context).doesNotHaveBean(ScimitarDatabase.class);
    });
  }

  @Test
  void withoutADataSourceEverythingIsInMemory() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(Storage.class)).isInstanceOf(MemoryStorage.class);
      assertThat(context).doesNotHaveBean(ScimitarDatabase.class);
    });
  }

  @Test
  void memoryIsChosenOverADataSourceWhenAskedFor() {
    runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
        .withPropertyValues("spring.datasource.url=jdbc:h2:mem:scimitar-forced-memory",
            "scimitar.storage=memory")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(Storage.class)).isInstanceOf(MemoryStorage.class);
          assertThat(context).doesNotHaveBean(ScimitarDatabase.class);
        });
  }

  @Test
  void jdbcWithoutADataSourceFailsTheStart() {
    runner.withPropertyValues("scimitar.storage=jdbc").run(context ->
        assertThat(context).getFailure().rootCause()
            .hasMessageContaining("scimitar.storage=jdbc"));
  }

  @Test
  void aShortTokenFailsTheStart() {
    runner.withPropertyValues("scimitar.token=too-short").run(context ->
        assertThat(context).getFailure().hasMessageContaining("scimitar.token"));
  }

  @Test
  void theTokenIsRegisteredOnceAcrossStarts() {
    String token = "registered-token-0123456789abcdef0123456789";
    runner.withPropertyValues("scimitar.token=" + token, "scimitar.tenant=acme").run(context -> {
      ScimKeyManager keys = context.getBean(ScimKeyManager.class);
      assertThat(keys.list("acme")).hasSize(1);
      String id = keys.list("acme").get(0).id();
      assertThat(keys.register("acme", token).id()).isEqualTo(id);
    });
  }

  @Test
  void anInitialKeyIsGeneratedOnlyWhenTheTenantHasNone() {
    runner.withPropertyValues("scimitar.initial-key=true").run(context -> {
      ScimKeyBootstrap bootstrap = context.getBean(ScimKeyBootstrap.class);
      assertThat(bootstrap.generated()).isPresent();
      assertThat(context.getBean(ScimKeyManager.class).list("default")).hasSize(1);
      bootstrap.afterSingletonsInstantiated();
      assertThat(context.getBean(ScimKeyManager.class).list("default")).hasSize(1);
    });
  }

  @Test
  void aBasePathThatCannotBeMappedFailsTheStart() {
    runner.withPropertyValues("scimitar.base-path=/scim/v2/").run(context ->
        assertThat(context).getFailure().rootCause()
            .hasMessageContaining("scimitar.base-path"));
  }

  @Configuration(proxyBeanMethods = false)
  static class HostBeans {
    @Bean
    Storage hostStorage(SchemaRegistry registry) {
      return new MemoryStorage(registry);
    }

    @Bean
    Authenticator hostAuthenticator() {
      return request -> new AuthenticationResult.Rejected("host says no", "Bearer");
    }
  }
}

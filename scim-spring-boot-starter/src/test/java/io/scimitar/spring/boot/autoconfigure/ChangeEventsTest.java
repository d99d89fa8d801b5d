package io.scimitar.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.scimitar.core.event.ChangeEvent;
import io.scimitar.core.event.ChangeKind;
import io.scimitar.core.event.ChangeListener;
import io.scimitar.core.event.EventLog;
import io.scimitar.core.event.InMemoryEventLog;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.spi.MembershipReader;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.Storage;
import io.scimitar.store.memory.MemoryStorage;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The service's event log delivered as Spring application events and to the host's
 * {@link ChangeListener} beans, by the dispatcher that runs with the context: in log order, only
 * what was appended (committed), and not at all with {@code scimitar.events.enabled=false}.
 */
class ChangeEventsTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(
          ScimitarAutoConfiguration.class, ScimitarEventsConfiguration.class))
      .withUserConfiguration(HostWithEventLog.class);

  @Test
  void appendedEventsArriveAsApplicationEventsAndAtListenerBeansInOrder() {
    runner.run(context -> {
      InMemoryEventLog log = context.getBean(InMemoryEventLog.class);
      assertThat(context.getBean(ScimService.class).eventLog()).isSameAs(log);
      String id = UUID.randomUUID().toString();
      for (ChangeKind kind : List.of(ChangeKind.CREATE, ChangeKind.PATCH, ChangeKind.DELETE)) {
        log.append(event(id, kind));
      }

      Recorder recorder = context.getBean(Recorder.class);
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
        assertThat(recorder.applicationEvents).extracting(ChangeEvent::kind)
            .containsExactly(ChangeKind.CREATE, ChangeKind.PATCH, ChangeKind.DELETE);
        assertThat(recorder.listened).extracting(ChangeEvent::kind)
            .containsExactly(ChangeKind.CREATE, ChangeKind.PATCH, ChangeKind.DELETE);
      });
      assertThat(recorder.applicationEvents).extracting(ChangeEvent::sequence)
          .isSortedAccordingTo(Comparator.naturalOrder()).allMatch(sequence -> sequence > 0);
      assertThat(recorder.applicationEvents).extracting(ChangeEvent::resourceId).containsOnly(id);
    });
  }

  @Test
  void nothingIsDeliveredWhenEventsAreOff() {
    runner.withPropertyValues("scimitar.events.enabled=false").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(ScimitarEventDelivery.class);
      assertThat(context).doesNotHaveBean("scimitarApplicationEvents");
    });
  }

  private static ChangeEvent event(String id, ChangeKind kind) {
    return new ChangeEvent(UUID.randomUUID().toString(), 0, "acme", "User", id, "1", kind,
        "key-1", "Okta SCIM Client", "", Instant.now(), List.of("userName"), List.of(),
        List.of());
  }

  /** A host storage with a durable log of its own, as the stores that record events have. */
  @Configuration(proxyBeanMethods = false)
  static class HostWithEventLog {
    @Bean
    InMemoryEventLog eventLog() {
      return new InMemoryEventLog();
    }

    @Bean
    Storage storage(SchemaRegistry registry, InMemoryEventLog log) {
      MemoryStorage memory = new MemoryStorage(registry);
      return new Storage() {
        @Override
        public Optional<ResourceStore> store(String resourceType) {
          return memory.store(resourceType);
        }

        @Override
        public MembershipReader memberships() {
          return memory.memberships();
        }

        @Override
        public Optional<EventLog> eventLog() {
          return Optional.of(log);
        }
      };
    }

    @Bean
    Recorder recorder() {
      return new Recorder();
    }

    @Bean
    ChangeListener hostListener(Recorder recorder) {
      return recorder.listened::add;
    }
  }

  /** What the host received, as application events and at its own listener bean. */
  static final class Recorder {
    final List<ChangeEvent> applicationEvents = new CopyOnWriteArrayList<>();
    final List<ChangeEvent> listened = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ChangeEvent event) {
      applicationEvents.add(event);
    }
  }
}

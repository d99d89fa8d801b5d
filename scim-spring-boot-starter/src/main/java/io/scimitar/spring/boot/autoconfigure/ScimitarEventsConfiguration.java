package io.scimitar.spring.boot.autoconfigure;

import io.scimitar.core.event.ChangeListener;
import io.scimitar.core.event.EventDispatcher;
import io.scimitar.core.service.ScimService;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * Change events after commit: every {@link ChangeListener} bean, named by its bean name, is a
 * consumer of the service's event log, delivered by one {@link EventDispatcher} that runs with
 * the application. One of them, unless replaced, publishes each event as a Spring application
 * event. {@code scimitar.events.enabled=false} turns delivery off.
 */
@AutoConfiguration(after = ScimitarAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "scimitar.events.enabled", matchIfMissing = true)
public class ScimitarEventsConfiguration {
  /** The consumer publishing change events as Spring application events. */
  @Bean
  @ConditionalOnMissingBean(name = "scimitarApplicationEvents")
  public ChangeListener scimitarApplicationEvents(ApplicationEventPublisher publisher) {
    return new ApplicationEventChangeListener(publisher);
  }

  /** The dispatcher over the service's event log, with every listener bean as a consumer. */
  @Bean
  @ConditionalOnMissingBean
  public EventDispatcher scimitarEventDispatcher(
      ScimService service, Map<String, ChangeListener> listeners) {
    EventDispatcher.Builder dispatcher = EventDispatcher.builder(service.eventLog());
    listeners.forEach(dispatcher::consumer);
    return dispatcher.build();
  }

  /** Starts and stops the dispatcher with the application. */
  @Bean
  @ConditionalOnMissingBean
  public ScimitarEventDelivery scimitarEventDelivery(EventDispatcher dispatcher) {
    return new ScimitarEventDelivery(dispatcher);
  }
}

package com.aftersales.app.complaint;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** T11 → C1: the reactor that opens the complaints callbacks reveal. */
@Configuration(proxyBeanMethods = false)
class ComplaintReactorConfiguration {

    @Bean
    ComplaintsFromCallbacks complaintsFromCallbacks(CommandGateway commands, EventStore eventStore) {
        return new ComplaintsFromCallbacks(commands, eventStore);
    }

    /** A failed registration is retried rather than skipped, so no revealed complaint is lost. */
    @Bean
    ConfigurerModule complaintsFromCallbacksRetry() {
        return configurer -> configurer
                .eventProcessing()
                .registerListenerInvocationErrorHandler(
                        ComplaintsFromCallbacks.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}

package com.aftersales.app.quality;

import com.aftersales.query.penalty.PenaltyEvidenceQueries;
import com.aftersales.query.penalty.PenaltyRegisterProjection;
import com.aftersales.query.quality.QualityReviewProjection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Quality reviews (R13) and penalties (P1–P3): the reactor and the read models as beans. */
@Configuration(proxyBeanMethods = false)
public class QualityConfiguration {

    @Bean
    RepeatRepairReviews repeatRepairReviews(CommandGateway commands) {
        return new RepeatRepairReviews(commands);
    }

    /**
     * An event handler's failure is logged and skipped by default, which would lose the review of a
     * detected repeat. Propagated, the tracking processor rolls back and retries the detection.
     */
    @Bean
    ConfigurerModule repeatRepairReviewsRetry() {
        return configurer -> configurer
                .eventProcessing()
                .registerListenerInvocationErrorHandler(
                        RepeatRepairReviews.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }

    @Bean
    QualityReviewProjection qualityReviewProjection(JdbcTemplate jdbc) {
        return new QualityReviewProjection(jdbc);
    }

    @Bean
    PenaltyRegisterProjection penaltyRegisterProjection(JdbcTemplate jdbc) {
        return new PenaltyRegisterProjection(jdbc);
    }

    /** P2: from a penalty to the facts behind its evidence, read from the event store. */
    @Bean
    PenaltyEvidenceQueries penaltyEvidenceQueries(
            JdbcTemplate jdbc, EventStore eventStore, @Qualifier("eventSerializer") Serializer serializer) {
        return new PenaltyEvidenceQueries(jdbc, eventStore, serializer);
    }
}

package com.aftersales.app.lineage;

import com.aftersales.query.lineage.SerialLineageMembers;
import com.aftersales.query.lineage.SerialLineageQueries;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The serial lineage's membership read model and its query handler. */
@Configuration(proxyBeanMethods = false)
public class LineageConfiguration {

    @Bean
    SerialLineageMembers serialLineageMembers(JdbcTemplate jdbc) {
        return new SerialLineageMembers(jdbc);
    }

    @Bean
    SerialLineageQueries serialLineageQueries(
            JdbcTemplate jdbc, EventStore eventStore, @Qualifier("eventSerializer") Serializer serializer) {
        return new SerialLineageQueries(jdbc, eventStore, serializer);
    }
}

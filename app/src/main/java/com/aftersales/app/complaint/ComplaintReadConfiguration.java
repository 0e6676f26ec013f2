package com.aftersales.app.complaint;

import com.aftersales.query.complaint.ComplaintQueries;
import com.aftersales.query.complaint.ComplaintRegisterProjection;
import java.time.Clock;
import java.time.ZoneId;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Complaints as people read them (C1–C5): the register's read model and its queries as beans. */
@Configuration(proxyBeanMethods = false)
public class ComplaintReadConfiguration {

    @Bean
    ComplaintRegisterProjection complaintRegisterProjection(JdbcTemplate jdbc, ZoneId companyZone) {
        return new ComplaintRegisterProjection(jdbc, companyZone);
    }

    @Bean
    ComplaintQueries complaintQueries(JdbcTemplate jdbc, EventStore eventStore, Clock clock) {
        return new ComplaintQueries(jdbc, eventStore, clock);
    }
}

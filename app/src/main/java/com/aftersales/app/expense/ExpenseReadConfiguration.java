package com.aftersales.app.expense;

import com.aftersales.query.expense.ExpenseClaimProjection;
import com.aftersales.query.expense.ExpenseQueries;
import com.aftersales.query.expense.TravelAdvanceProjection;
import java.time.ZoneId;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Expense claims and travel advances as people read them (X1–X9): the read models and their queries. */
@Configuration(proxyBeanMethods = false)
public class ExpenseReadConfiguration {

    @Bean
    ExpenseClaimProjection expenseClaimProjection(JdbcTemplate jdbc, ZoneId companyZone) {
        return new ExpenseClaimProjection(jdbc, companyZone);
    }

    @Bean
    TravelAdvanceProjection travelAdvanceProjection(JdbcTemplate jdbc) {
        return new TravelAdvanceProjection(jdbc);
    }

    @Bean
    ExpenseQueries expenseQueries(
            JdbcTemplate jdbc, EventStore eventStore, @Qualifier("eventSerializer") Serializer serializer) {
        return new ExpenseQueries(jdbc, eventStore, serializer);
    }
}

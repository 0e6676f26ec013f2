package com.aftersales.app.supplier;

import com.aftersales.command.calendar.Calendars;
import com.aftersales.command.supplier.ClaimAnswerCalendar;
import com.aftersales.command.supplier.CompanyClaimAnswerCalendar;
import com.aftersales.query.supplier.SupplierClaimProjection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** R3: the supplier claim's working-day count for its answer, and its read model. */
@Configuration(proxyBeanMethods = false)
class SupplierClaimConfiguration {

    /** Injected into the claim's sending: the answer is due in working days of the company calendar. */
    @Bean
    ClaimAnswerCalendar claimAnswerCalendar(Calendars calendars) {
        return new CompanyClaimAnswerCalendar(calendars);
    }

    @Bean
    SupplierClaimsFromDiagnoses supplierClaimsFromDiagnoses(JdbcTemplate jdbc, CommandGateway commands) {
        return new SupplierClaimsFromDiagnoses(jdbc, commands);
    }

    @Bean
    SupplierClaimProjection supplierClaimProjection(JdbcTemplate jdbc) {
        return new SupplierClaimProjection(jdbc);
    }
}

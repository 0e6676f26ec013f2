package com.aftersales.app.ticket;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The way back from a repair order to its ticket (T9, R8). */
@Configuration(proxyBeanMethods = false)
public class RepairLinkConfiguration {

    @Bean
    RepairOutcomeToTicket repairOutcomeToTicket(JdbcTemplate jdbc, CommandGateway commands) {
        return new RepairOutcomeToTicket(jdbc, commands);
    }
}

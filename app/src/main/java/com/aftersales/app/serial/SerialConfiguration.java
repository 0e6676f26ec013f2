package com.aftersales.app.serial;

import com.aftersales.command.policy.PolicyVersions;
import com.aftersales.command.serial.JdbcSerialRegistry;
import com.aftersales.command.serial.SerialRegistry;
import com.aftersales.command.serial.SerialRegistryTable;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The serial registry's lookup tables, its reader for commands and its queries (R2). */
@Configuration(proxyBeanMethods = false)
public class SerialConfiguration {

    /** Subscribing (application.yml): a unit's row, and a completed repair's, commit with the event. */
    @Bean
    SerialRegistryTable serialRegistryTable(JdbcTemplate jdbc) {
        return new SerialRegistryTable(jdbc);
    }

    /** What a repair order's diagnosis judges warranty by, in the command's own transaction. */
    @Bean
    SerialRegistry serialRegistry(JdbcTemplate jdbc) {
        return new JdbcSerialRegistry(jdbc);
    }

    @Bean
    SerialQueries serialQueries(JdbcTemplate jdbc, SerialRegistry registry, PolicyVersions policies) {
        return new SerialQueries(jdbc, registry, policies);
    }

    /**
     * A subscribing processor logs and swallows a handler's failure by default: a unit (or a repair's
     * completion) would commit without its row. Propagated, the failure rolls the command back.
     */
    @Bean
    ConfigurerModule serialRegistryFailuresRollBack() {
        return configurer -> configurer
                .eventProcessing()
                .registerListenerInvocationErrorHandler(
                        SerialRegistryTable.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}

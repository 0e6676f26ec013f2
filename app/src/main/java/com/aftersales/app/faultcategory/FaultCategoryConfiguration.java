package com.aftersales.app.faultcategory;

import com.aftersales.command.faultcategory.FaultCategoryLookup;
import com.aftersales.command.faultcategory.FaultCategoryTable;
import com.aftersales.command.faultcategory.JdbcFaultCategories;
import com.aftersales.query.faultcategory.FaultCategoryProjection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** R3: the fault-category list's lookup table, its reader for commands, its read model, its defaults. */
@Configuration(proxyBeanMethods = false)
class FaultCategoryConfiguration {

    /**
     * The reader the command side asks: as {@link FaultCategoryLookup} (supplier claims, R9's core
     * components) and as {@link com.aftersales.command.repair.FaultCategories} (the diagnosis).
     */
    @Bean
    JdbcFaultCategories faultCategories(JdbcTemplate jdbc) {
        return new JdbcFaultCategories(jdbc);
    }

    /** Subscribing (application.yml): a category's row commits with its event. */
    @Bean
    FaultCategoryTable faultCategoryTable(JdbcTemplate jdbc) {
        return new FaultCategoryTable(jdbc);
    }

    /**
     * A subscribing processor logs and swallows a handler's failure by default, which would commit a
     * category whose lookup row was never written; propagated, the failure rolls the command back.
     */
    @Bean
    ConfigurerModule faultCategoryTableFailuresRollBack() {
        return configurer -> configurer
                .eventProcessing()
                .registerListenerInvocationErrorHandler(
                        FaultCategoryTable.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }

    @Bean
    FaultCategoryProjection faultCategoryProjection(JdbcTemplate jdbc) {
        return new FaultCategoryProjection(jdbc);
    }

    /** {@code ledger.fault-category-defaults.record}: false for tests that record the list themselves. */
    @Bean
    FirstFaultCategories firstFaultCategories(
            JdbcTemplate jdbc,
            CommandGateway commands,
            @Value("${ledger.fault-category-defaults.record:true}") boolean record) {
        return new FirstFaultCategories(jdbc, commands, FaultCategoryDefaults.CATEGORIES, record);
    }
}

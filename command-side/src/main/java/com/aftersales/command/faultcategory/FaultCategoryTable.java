package com.aftersales.command.faultcategory;

import com.aftersales.api.faultcategory.FaultCategoryDefinedEvent;
import com.aftersales.api.faultcategory.FaultCategoryReinstatedEvent;
import com.aftersales.api.faultcategory.FaultCategoryRetiredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the command-side lookup table {@code fault_category} that {@link JdbcFaultCategories}
 * reads. Its processing group runs subscribing, in the transaction that appends the list's
 * events: a category and its row commit or roll back together, and a failed write fails the
 * command (errors propagate, see the app's Axon configuration). Names are not kept here: no
 * command decides by them.
 */
@ProcessingGroup(FaultCategoryTable.PROCESSING_GROUP)
public class FaultCategoryTable {
    public static final String PROCESSING_GROUP = "fault-category-list";

    private final JdbcTemplate jdbc;

    public FaultCategoryTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FaultCategoryDefinedEvent event) {
        jdbc.update(
                "insert into fault_category(code, fault_type, core_component, active) values (?, ?, ?, true)",
                event.code(),
                event.faultType().name(),
                event.coreComponent());
    }

    @EventHandler
    void on(FaultCategoryRetiredEvent event) {
        jdbc.update("update fault_category set active = false where code = ?", event.code());
    }

    @EventHandler
    void on(FaultCategoryReinstatedEvent event) {
        jdbc.update("update fault_category set active = true where code = ?", event.code());
    }
}

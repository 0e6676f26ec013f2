package com.aftersales.app.faultcategory;

import com.aftersales.api.faultcategory.FaultCategoryDefinition;
import com.aftersales.api.faultcategory.RecordDefaultFaultCategoriesCommand;
import com.aftersales.app.security.ActingUser;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * R3: the starting fault categories at the first start, recorded by the {@code system} actor as one
 * command (all categories or none). Runs right after version 1 of the policy and before the demo
 * data, which may diagnose with them. Nodes starting together may both find an empty list: the
 * event store's unique (aggregate, sequence number) lets one commit, and the list itself refuses
 * defaults once it has begun; either refusal is ignored when the list then has categories.
 */
class FirstFaultCategories implements ApplicationRunner, Ordered {
    private static final Logger log = LoggerFactory.getLogger(FirstFaultCategories.class);
    static final ActingUser SYSTEM = ActingUser.system("fault-category-defaults");

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final List<FaultCategoryDefinition> defaults;
    private final boolean enabled;

    FirstFaultCategories(
            JdbcTemplate jdbc, CommandGateway commands, List<FaultCategoryDefinition> defaults, boolean enabled) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.defaults = List.copyOf(defaults);
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            recordIfEmpty();
        }
    }

    /** After the first policy version (highest precedence), before the demo data. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    /** Records the defaults unless the list has a category; true when this call recorded them. */
    boolean recordIfEmpty() {
        if (anyCategory()) {
            return false;
        }
        try {
            ActingUser.runAs(SYSTEM, () -> commands.sendAndWait(new RecordDefaultFaultCategoriesCommand(defaults)));
        } catch (RuntimeException refused) {
            if (anyCategory()) {
                log.info("The fault-category list had begun before its defaults ({})", refused.toString());
                return false;
            }
            throw refused;
        }
        log.info("Recorded the {} starting fault categories", defaults.size());
        return true;
    }

    private boolean anyCategory() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from fault_category)", Boolean.class));
    }
}

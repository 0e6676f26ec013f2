package com.aftersales.command.organisation;

import com.aftersales.api.organisation.SuperiorAssignedEvent;
import com.aftersales.api.organisation.SuperiorRemovedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the command-side lookup table {@code person_superior} that {@link JdbcSuperiors} reads.
 * Its processing group must run subscribing, in the transaction that appends the chart's events:
 * a chart change and its row commit or roll back together, and a failed write fails the command
 * (errors propagate, see the app's Axon configuration) instead of leaving the table behind.
 */
@ProcessingGroup(PersonSuperiorTable.PROCESSING_GROUP)
public class PersonSuperiorTable {
    public static final String PROCESSING_GROUP = "organisation-chart";

    private final JdbcTemplate jdbc;

    public PersonSuperiorTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SuperiorAssignedEvent event) {
        jdbc.update(
                "insert into person_superior(person_id, superior_id) values (?, ?)"
                        + " on conflict (person_id) do update set superior_id = excluded.superior_id",
                event.person().value(),
                event.superior().value());
    }

    @EventHandler
    void on(SuperiorRemovedEvent event) {
        jdbc.update(
                "delete from person_superior where person_id = ?",
                event.person().value());
    }
}

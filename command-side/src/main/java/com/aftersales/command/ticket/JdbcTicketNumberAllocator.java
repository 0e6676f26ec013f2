package com.aftersales.command.ticket;

import java.time.YearMonth;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * T4 on a command-side lookup table. The upsert locks the month's row until the registering
 * transaction (the same one that appends the event) commits; a rollback releases the number, so
 * numbers are gap-free, and concurrent registrations of one month queue on the row lock.
 */
public class JdbcTicketNumberAllocator implements TicketNumberAllocator {
    private static final String NEXT_NUMBER = "insert into ticket_number_sequence(month, last_number) values (?, 1)"
            + " on conflict (month) do update set last_number = ticket_number_sequence.last_number + 1"
            + " returning last_number";

    private final JdbcTemplate jdbc;

    public JdbcTicketNumberAllocator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String next(YearMonth month) {
        String key = TicketNumberAllocator.format(month, 0).substring(0, 6);
        Integer sequence = jdbc.queryForObject(NEXT_NUMBER, Integer.class, key);
        return TicketNumberAllocator.format(month, sequence);
    }
}

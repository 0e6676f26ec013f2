package com.aftersales.app.ui;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Board rows written straight into the read model, in a month of their own, for page tests of how
 * the board shows a row (colours, filters, paging) rather than how the projection builds it. No
 * events stand behind them: {@link #remove()} them after the test, as rebuild tests compare boards.
 */
final class BoardRowsInTheReadModel {
    private final JdbcTemplate jdbc;
    private final List<String> months = new ArrayList<>();

    BoardRowsInTheReadModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A month far ahead that no ticket of the board has. */
    String unusedMonth() {
        while (true) {
            String month = ThreadLocalRandom.current().nextInt(3000, 9999) + "0"
                    + ThreadLocalRandom.current().nextInt(1, 10);
            Long taken = jdbc.queryForObject("select count(*) from ticket_board where month = ?", Long.class, month);
            if (taken == 0) {
                months.add(month);
                return month;
            }
        }
    }

    /** One open ticket, registered {@code registeredAt}, its response due {@code responseDueAt}. */
    String row(
            String month,
            String number,
            String urgency,
            Instant registeredAt,
            Instant responseDueAt,
            String engineerId,
            boolean breached) {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                """
                insert into ticket_board(ticket_id, ticket_number, month, status, urgency, channel, request,
                    product_model, serial_number, product_kind, purchase_date, fault_description, customer_id,
                    unit_class, under_contract, registered_at, response_due_at, response_breached, engineer_id,
                    department, mode, board_order, version)
                values (?, ?, ?, ?, ?, 'PHONE', 'REPAIR', 'PG-100', ?, 'HARDWARE', date '2029-01-01', 'page test',
                    '7d4e4b56-1c1f-4d3e-9f55-0a4a7b0e2c11', 'PG-100', false, ?, ?, ?, ?, ?, ?, ?, 0)""",
                id,
                month + "-" + number,
                month,
                engineerId == null ? "REGISTERED" : "ASSIGNED",
                urgency,
                "SN-" + number,
                Timestamp.from(registeredAt),
                Timestamp.from(responseDueAt),
                breached,
                engineerId,
                engineerId == null ? null : "TECHNICAL_SERVICE",
                engineerId == null ? null : "ON_SITE",
                // T12: after every open software bug, newest first (BoardOrder of the projection).
                100_000_000_000_000L - registeredAt.toEpochMilli());
        return id;
    }

    /** T14: the ticket put on hold with {@code left} on its response clock. */
    void onHold(String ticketId, Duration left, Instant since) {
        jdbc.update(
                "update ticket_board set on_hold = true, hold_reason = 'WAITING_FOR_PARTS', held_since = ?,"
                        + " held_time_left = ?::jsonb where ticket_id = ?",
                Timestamp.from(since),
                "{\"RESPONSE\":\"" + left + "\"}",
                ticketId);
    }

    /** T3: answered in time, so no clock runs any more (a LOW ticket has no plan clock). */
    void responded(String ticketId, Instant at) {
        jdbc.update("update ticket_board set responded_at = ? where ticket_id = ?", Timestamp.from(at), ticketId);
    }

    void remove() {
        months.forEach(month -> jdbc.update("delete from ticket_board where month = ?", month));
        months.clear();
    }

    /** The {@code <tr>} of one ticket on a page, or null when the page does not list it. */
    static String rowOf(String page, String ticketNumber) {
        Matcher row = Pattern.compile(
                        "<tr id=\"ticket-" + Pattern.quote(ticketNumber) + "\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(page);
        return row.find() ? row.group(1) : null;
    }

    /** The SLA cell of a row: its data-sla word and text. */
    static String slaCellOf(String row) {
        Matcher cell = Pattern.compile("<td class=\"sla-[a-z]+\" data-sla=\"[a-z]+\">.*?</td>", Pattern.DOTALL)
                .matcher(row);
        return cell.find() ? cell.group() : null;
    }

    /** Every ticket number listed on a page, in order. */
    static List<String> numbersOn(String page) {
        List<String> numbers = new ArrayList<>();
        Matcher row = Pattern.compile("<tr id=\"ticket-([^\"]+)\">").matcher(page);
        while (row.find()) {
            numbers.add(row.group(1));
        }
        return numbers;
    }
}

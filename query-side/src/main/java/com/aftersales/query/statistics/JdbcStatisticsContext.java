package com.aftersales.query.statistics;

import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.ServiceMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The extractor's context in the tables statistics_ticket, statistics_repair_order, statistics_hand_over and
 * statistics_counting_month. */
public final class JdbcStatisticsContext implements StatisticsContext {
    private final JdbcTemplate jdbc;

    public JdbcStatisticsContext(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Ticket> ticket(String ticketId) {
        return jdbc
                .query(
                        "select registered_month, request, mode, arrivals, dispatches, installation_clock_started"
                                + " from statistics_ticket where ticket_id = ?",
                        (rs, row) -> new Ticket(
                                YearMonth.parse(rs.getString(1)),
                                rs.getString(2) == null ? null : CustomerRequest.valueOf(rs.getString(2)),
                                rs.getString(3) == null ? null : ServiceMode.valueOf(rs.getString(3)),
                                rs.getInt(4),
                                rs.getInt(5),
                                rs.getBoolean(6)),
                        ticketId)
                .stream()
                .findFirst();
    }

    @Override
    public void save(String ticketId, Ticket ticket) {
        jdbc.update(
                """
                insert into statistics_ticket(ticket_id, registered_month, request, mode, arrivals, dispatches,
                    installation_clock_started)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (ticket_id) do update set registered_month = excluded.registered_month,
                    request = excluded.request, mode = excluded.mode, arrivals = excluded.arrivals,
                    dispatches = excluded.dispatches, installation_clock_started = excluded.installation_clock_started""",
                ticketId,
                ticket.registeredMonth().toString(),
                ticket.request() == null ? null : ticket.request().name(),
                ticket.mode() == null ? null : ticket.mode().name(),
                ticket.arrivals(),
                ticket.dispatches(),
                ticket.installationClockStarted());
    }

    @Override
    public Optional<Repair> repair(String repairOrderId) {
        return jdbc
                .query(
                        "select model, repeat_counted from statistics_repair_order where repair_order_id = ?",
                        (rs, row) -> new Repair(rs.getString(1), rs.getBoolean(2)),
                        repairOrderId)
                .stream()
                .findFirst();
    }

    @Override
    public void save(String repairOrderId, Repair repair) {
        jdbc.update("""
                insert into statistics_repair_order(repair_order_id, model, repeat_counted) values (?, ?, ?)
                on conflict (repair_order_id) do update set model = excluded.model,
                    repeat_counted = excluded.repeat_counted""", repairOrderId, repair.model(), repair.repeatCounted());
    }

    @Override
    public Optional<Instant> handOverSentAt(String repairOrderId, int handOver) {
        return jdbc
                .query(
                        "select sent_at from statistics_hand_over where repair_order_id = ? and hand_over = ?",
                        (rs, row) -> rs.getTimestamp(1).toInstant(),
                        repairOrderId,
                        handOver)
                .stream()
                .findFirst();
    }

    @Override
    public void handOverSent(String repairOrderId, int handOver, Instant sentAt) {
        jdbc.update("""
                insert into statistics_hand_over(repair_order_id, hand_over, sent_at) values (?, ?, ?)
                on conflict (repair_order_id, hand_over) do update set sent_at = excluded.sent_at""", repairOrderId, handOver, Timestamp.from(sentAt));
    }

    @Override
    public Optional<YearMonth> countingMonth(String subject) {
        return jdbc
                .query(
                        "select month from statistics_counting_month where subject = ?",
                        (rs, row) -> YearMonth.parse(rs.getString(1)),
                        subject)
                .stream()
                .findFirst();
    }

    @Override
    public void saveCountingMonth(String subject, YearMonth month) {
        jdbc.update(
                "insert into statistics_counting_month(subject, month) values (?, ?)"
                        + " on conflict (subject) do update set month = excluded.month",
                subject,
                month.toString());
    }
}

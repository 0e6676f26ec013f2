package com.aftersales.query.ticket;

import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.Department;
import com.aftersales.api.ticket.DispatchView;
import com.aftersales.api.ticket.EngineerDispatchView;
import com.aftersales.api.ticket.FindDispatchesQuery;
import com.aftersales.api.ticket.FindTicketQuery;
import com.aftersales.api.ticket.FindTicketsQuery;
import com.aftersales.api.ticket.IntakeChannel;
import com.aftersales.api.ticket.LogisticsOutcome;
import com.aftersales.api.ticket.ProductKind;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.SlaClock;
import com.aftersales.api.ticket.SlaPauseReason;
import com.aftersales.api.ticket.SlaState;
import com.aftersales.api.ticket.SoftwareRequestClass;
import com.aftersales.api.ticket.TicketDetailView;
import com.aftersales.api.ticket.TicketPage;
import com.aftersales.api.ticket.TicketStatus;
import com.aftersales.api.ticket.TicketSummaryView;
import com.aftersales.api.ticket.Urgency;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/** Answers the board and detail queries from the ticket_board read model. */
public class TicketBoardQueries {
    /**
     * T3, T13, T14 as the board shows it. A late response counts as breached even in the seconds
     * before its deadline fires and the breach event arrives; a ticket closed before its plan was
     * due needed no plan; the on-site and fix clocks of a contract are met by the first arrival and
     * the first report or resolution.
     */
    static final String SLA_STATE = "case"
            + " when response_breached or plan_breached or installation_breached or on_site_breached or fix_breached"
            + "   or responded_at > response_due_at or planned_at > plan_due_at"
            + "   or on_site_done_at > on_site_due_at or fixed_at > fix_due_at then 'BREACHED'"
            + " when on_hold then 'ON_HOLD'"
            + " when responded_at is not null"
            + "   and (plan_due_at is null or planned_at is not null or closed_at <= plan_due_at)"
            + "   and (on_site_due_at is null or on_site_done_at is not null or closed_at is not null)"
            + "   and (fix_due_at is null or fixed_at is not null or closed_at is not null)"
            + "   and (mode is distinct from 'INSTALLATION' or report_solution is not null or closed_at is not null)"
            + "   then 'MET'"
            + " else 'RUNNING' end";

    /**
     * T9/T10 as the aggregate judges a closing: the customer confirmed the current service — the
     * service report (after a departure report when the engineer travelled) or, on a logistics
     * ticket, the resolution — and no loaner is still out.
     */
    static final String CLOSABLE = "(status <> 'CLOSED' and customer_confirmed"
            + " and (loaner_serial is null or loaner_returned)"
            + " and case when department = 'LOGISTICS' then logistics_outcome is not null"
            + "   else report_solution is not null"
            + "     and (mode not in ('ON_SITE', 'INSTALLATION') or departed_at is not null) end)";

    private static final String SELECT =
            "select *, " + SLA_STATE + " as sla_state, " + CLOSABLE + " as closable from ticket_board";

    private final JdbcTemplate jdbc;

    public TicketBoardQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public TicketPage handle(FindTicketsQuery query) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        filter(
                where,
                args,
                "status = ?",
                query.status() == null ? null : query.status().name());
        filter(
                where,
                args,
                "urgency = ?",
                query.urgency() == null ? null : query.urgency().name());
        filter(where, args, "engineer_id = ?", query.engineerId());
        filter(
                where,
                args,
                SLA_STATE + " = ?",
                query.slaState() == null ? null : query.slaState().name());
        filter(where, args, "month = ?", query.month());
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        // Counting every match would cost a scan of the whole board on every page; one past the
        // limit is enough to say "more than". The count rides along with the page (evaluated once),
        // saving a round trip; only a page past the end needs it asked on its own.
        String countMatching = "(select count(*) from (select 1 from ticket_board" + condition + " limit "
                + (TicketPage.COUNT_LIMIT + 1) + ") limited)";
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.addAll(args);
        pageArgs.add(query.size() + 1);
        pageArgs.add((long) query.page() * query.size());
        long[] matching = {0};
        // T12: open software bugs first, by priority then submission time; then the newest tickets.
        List<TicketSummaryView> rows = jdbc.query(
                "select *, " + SLA_STATE + " as sla_state, " + CLOSABLE + " as closable, " + countMatching
                        + " as matching from ticket_board" + condition
                        + " order by board_order, ticket_number desc limit ? offset ?",
                (rs, i) -> {
                    matching[0] = rs.getLong("matching");
                    return summary(rs);
                },
                pageArgs.toArray());
        if (rows.isEmpty() && query.page() > 0) {
            Long counted = jdbc.queryForObject("select " + countMatching, Long.class, args.toArray());
            matching[0] = counted == null ? 0 : counted;
        }
        boolean hasMore = rows.size() > query.size();
        return new TicketPage(
                hasMore ? rows.subList(0, query.size()) : rows,
                Math.min(matching[0], TicketPage.COUNT_LIMIT),
                matching[0] > TicketPage.COUNT_LIMIT,
                query.page(),
                query.size(),
                hasMore);
    }

    @QueryHandler
    public TicketDetailView handle(FindTicketQuery query) {
        List<TicketDetailView> found = jdbc.query(
                SELECT + " where ticket_id = ?",
                (rs, i) -> detail(rs),
                query.ticketId().value());
        return found.isEmpty() ? null : found.get(0);
    }

    /** T7: an engineer's trips across tickets, the latest first (an engineer's list of dispatches). */
    @QueryHandler
    public List<EngineerDispatchView> handle(FindDispatchesQuery query) {
        return jdbc.query(
                "select d.*, b.ticket_number from ticket_dispatch d join ticket_board b on b.ticket_id = d.ticket_id"
                        + " where d.engineer_id = ?"
                        + " order by d.start_date desc, d.end_date desc, b.ticket_number desc, d.dispatch_id"
                        + " limit ? offset ?",
                (rs, i) -> new EngineerDispatchView(
                        rs.getString("ticket_id"), rs.getString("ticket_number"), dispatch(rs)),
                query.engineerId(),
                query.size(),
                (long) query.page() * query.size());
    }

    private static void filter(List<String> where, List<Object> args, String clause, Object value) {
        if (value != null) {
            where.add(clause);
            args.add(value);
        }
    }

    private TicketDetailView detail(ResultSet rs) throws SQLException {
        String ticketId = rs.getString("ticket_id");
        String parts = rs.getString("parts_replaced");
        return new TicketDetailView(
                summary(rs),
                rs.getString("customer_id"),
                ProductKind.valueOf(rs.getString("product_kind")),
                rs.getObject("purchase_date", java.time.LocalDate.class),
                rs.getString("unit_class"),
                rs.getString("fault_description"),
                rs.getBoolean("under_contract"),
                instant(rs, "appointment_at"),
                rs.getObject("contract_deadline", java.time.LocalDate.class),
                instant(rs, "arrived_at"),
                instant(rs, "unit_received_at"),
                rs.getString("plan"),
                rs.getString("report_fault_cause"),
                rs.getString("report_solution"),
                parts == null || parts.isEmpty() ? List.of() : Arrays.asList(parts.split("\n")),
                (Integer) rs.getObject("satisfaction"),
                instant(rs, "departed_at"),
                rs.getString("departure_supervisor_id"),
                enumOrNull(LogisticsOutcome.class, rs.getString("logistics_outcome")),
                rs.getString("logistics_note"),
                rs.getBoolean("customer_confirmed"),
                rs.getString("loaner_serial"),
                rs.getBoolean("loaner_returned"),
                rs.getInt("callbacks"),
                (Integer) rs.getObject("last_callback_satisfaction"),
                dispatches(ticketId));
    }

    private List<DispatchView> dispatches(String ticketId) {
        return jdbc.query(
                "select * from ticket_dispatch where ticket_id = ? order by start_date, dispatch_id",
                (rs, i) -> dispatch(rs),
                ticketId);
    }

    private static DispatchView dispatch(ResultSet rs) throws SQLException {
        return new DispatchView(
                rs.getString("dispatch_id"),
                rs.getString("engineer_id"),
                rs.getObject("start_date", java.time.LocalDate.class),
                rs.getObject("end_date", java.time.LocalDate.class),
                rs.getInt("person_days"),
                rs.getString("destination_city"),
                rs.getBigDecimal("travel"),
                rs.getBigDecimal("lodging"),
                rs.getBigDecimal("transport"),
                rs.getBigDecimal("materials"));
    }

    private static TicketSummaryView summary(ResultSet rs) throws SQLException {
        NextDueClock next = rs.getBoolean("on_hold") || instant(rs, "closed_at") != null
                ? null
                : NextDueClock.first(
                        new NextDueClock(
                                SlaClock.RESPONSE, instant(rs, "response_due_at"), instant(rs, "responded_at")),
                        new NextDueClock(SlaClock.PLAN, instant(rs, "plan_due_at"), instant(rs, "planned_at")),
                        new NextDueClock(
                                SlaClock.ON_SITE, instant(rs, "on_site_due_at"), instant(rs, "on_site_done_at")),
                        new NextDueClock(SlaClock.FIX, instant(rs, "fix_due_at"), instant(rs, "fixed_at")));
        return new TicketSummaryView(
                rs.getString("ticket_id"),
                rs.getString("ticket_number"),
                TicketStatus.valueOf(rs.getString("status")),
                Urgency.valueOf(rs.getString("urgency")),
                IntakeChannel.valueOf(rs.getString("channel")),
                CustomerRequest.valueOf(rs.getString("request")),
                rs.getString("product_model"),
                rs.getString("serial_number"),
                enumOrNull(Department.class, rs.getString("department")),
                rs.getString("engineer_id"),
                rs.getString("logistics_handler_id"),
                enumOrNull(ServiceMode.class, rs.getString("mode")),
                instant(rs, "registered_at"),
                instant(rs, "response_due_at"),
                instant(rs, "responded_at"),
                rs.getBoolean("response_breached"),
                instant(rs, "plan_due_at"),
                instant(rs, "planned_at"),
                rs.getBoolean("plan_breached"),
                rs.getBoolean("installation_breached"),
                rs.getString("contract_number"),
                instant(rs, "on_site_due_at"),
                rs.getBoolean("on_site_breached"),
                instant(rs, "fix_due_at"),
                rs.getBoolean("fix_breached"),
                rs.getBoolean("on_hold"),
                enumOrNull(SlaPauseReason.class, rs.getString("hold_reason")),
                instant(rs, "held_since"),
                HeldTimeLeft.fromJson(rs.getString("held_time_left")),
                SlaState.valueOf(rs.getString("sla_state")),
                next == null ? null : next.clock(),
                next == null ? null : next.dueAt(),
                rs.getBoolean("difficult_case"),
                rs.getInt("escalation_level"),
                enumOrNull(SoftwareRequestClass.class, rs.getString("software_class")),
                (Integer) rs.getObject("software_priority"),
                instant(rs, "closed_at"),
                rs.getBoolean("closable"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}

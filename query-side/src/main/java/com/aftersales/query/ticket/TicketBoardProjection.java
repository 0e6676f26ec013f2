package com.aftersales.query.ticket;

import com.aftersales.api.ticket.CallbackRecordedEvent;
import com.aftersales.api.ticket.CustomerConfirmedServiceEvent;
import com.aftersales.api.ticket.DifficultCaseEscalatedEvent;
import com.aftersales.api.ticket.DifficultCaseOpenedEvent;
import com.aftersales.api.ticket.EngineerArrivedEvent;
import com.aftersales.api.ticket.EngineerAssignedEvent;
import com.aftersales.api.ticket.EngineerDepartureReportedEvent;
import com.aftersales.api.ticket.EngineerDispatchedEvent;
import com.aftersales.api.ticket.InstallationGuidanceFeeRecordedEvent;
import com.aftersales.api.ticket.LoanerBecameDueEvent;
import com.aftersales.api.ticket.LoanerProvidedEvent;
import com.aftersales.api.ticket.LoanerReturnedEvent;
import com.aftersales.api.ticket.LogisticsHandlerAssignedEvent;
import com.aftersales.api.ticket.LogisticsResolutionRecordedEvent;
import com.aftersales.api.ticket.ServiceModeChangedEvent;
import com.aftersales.api.ticket.ServicePlanRecordedEvent;
import com.aftersales.api.ticket.ServiceReportSubmittedEvent;
import com.aftersales.api.ticket.ServiceTicketClosedEvent;
import com.aftersales.api.ticket.ServiceTicketRegisteredEvent;
import com.aftersales.api.ticket.ServiceTicketRoutedEvent;
import com.aftersales.api.ticket.SlaBreachedEvent;
import com.aftersales.api.ticket.SlaClock;
import com.aftersales.api.ticket.SlaPausedEvent;
import com.aftersales.api.ticket.SlaResumedEvent;
import com.aftersales.api.ticket.SoftwareRequestClass;
import com.aftersales.api.ticket.SoftwareRequestClassifiedEvent;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.TicketStatus;
import com.aftersales.api.ticket.UnitReceivedEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the ticket board. Every update is guarded by the aggregate's sequence number, so a
 * redelivered event changes nothing (idempotent); the token store shares this transaction.
 */
@ProcessingGroup(TicketBoardProjection.PROCESSING_GROUP)
public class TicketBoardProjection {
    public static final String PROCESSING_GROUP = "ticket-board";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    /** The progress that belongs to one engineer in one mode (T9), cleared when either changes. */
    private static final String PROGRESS_CLEARED = "arrived_at = null, unit_received_at = null,"
            + " report_fault_cause = null, report_solution = null, parts_replaced = null, satisfaction = null,"
            + " departed_at = null, departure_supervisor_id = null, customer_confirmed = false";

    private static final String SERVICE_ANEW = PROGRESS_CLEARED
            + ", status = case when status in ('REGISTERED', 'ROUTED', 'IN_SERVICE', 'REPORTED') then 'ASSIGNED'"
            + " else status end";

    /** T5: a re-routed ticket is served anew by its new department: no engineer, no handler yet. */
    private static final String DEPARTMENT_ANEW = PROGRESS_CLEARED
            + ", engineer_id = null, mode = null, appointment_at = null, contract_deadline = null,"
            + " logistics_handler_id = null, logistics_outcome = null, logistics_note = null,"
            + " status = case when status = 'CLOSED' then status else 'ROUTED' end";

    /** T13: the first report or logistics resolution fixes the unit, and a visit is then needless. */
    private static final String FIXED =
            "fixed_at = coalesce(fixed_at, ?), on_site_done_at = coalesce(on_site_done_at, ?)";

    private final JdbcTemplate jdbc;
    private final ZoneId companyZone;

    public TicketBoardProjection(JdbcTemplate jdbc, ZoneId companyZone) {
        this.jdbc = jdbc;
        this.companyZone = companyZone;
    }

    @EventHandler
    void on(ServiceTicketRegisteredEvent e, @SequenceNumber long version) {
        jdbc.update(
                """
                insert into ticket_board(ticket_id, ticket_number, month, status, urgency, channel, request,
                    product_model, serial_number, product_kind, purchase_date, fault_description, customer_id,
                    unit_class, under_contract, registered_at, response_due_at, plan_due_at, board_order, version,
                    contract_number, on_site_due_at, fix_due_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (ticket_id) do nothing""",
                e.ticketId().value(),
                e.ticketNumber(),
                MONTH.format(e.registeredAt().atZone(companyZone)),
                TicketStatus.REGISTERED.name(),
                e.urgency().name(),
                e.channel().name(),
                e.request().name(),
                e.product().model(),
                e.product().serialNumber(),
                e.product().kind().name(),
                e.product().purchaseDate(),
                e.fault().description(),
                e.customerId().value(),
                e.product().unitClass(),
                e.underServiceContract(),
                ts(e.registeredAt()),
                ts(e.responseDueAt()),
                ts(e.planDueAt()),
                BoardOrder.otherTicket(e.registeredAt()),
                version,
                e.slaTerms().contractNumber(),
                ts(e.onSiteDueAt()),
                ts(e.fixDueAt()));
    }

    @EventHandler
    void on(ServiceTicketRoutedEvent e, @SequenceNumber long version) {
        String progress = e.previousDepartment() == null
                ? "status = case when status = 'REGISTERED' then 'ROUTED' else status end"
                : DEPARTMENT_ANEW;
        update(
                e.ticketId(),
                version,
                progress + ", department = ?",
                e.department().name());
    }

    @EventHandler
    void on(EngineerAssignedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        // T9: a reassignment starts the service anew, as the aggregate does: the old engineer's
        // arrival, report and the customer's confirmation of it no longer let the ticket close.
        String progress = e.previousEngineerId() == null
                ? "status = case when status in ('REGISTERED', 'ROUTED') then 'ASSIGNED' else status end"
                : SERVICE_ANEW;
        update(
                e.ticketId(),
                version,
                progress + ", engineer_id = ?, mode = ?, appointment_at = ?, contract_deadline = ?,"
                        + " responded_at = coalesce(responded_at, ?)",
                e.engineerId().value(),
                e.mode().name(),
                ts(e.appointmentAt()),
                e.contractDeadline(),
                ts(at));
    }

    @EventHandler
    void on(ServicePlanRecordedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        update(e.ticketId(), version, "plan = ?, planned_at = coalesce(planned_at, ?)", e.plan(), ts(at));
    }

    @EventHandler
    void on(ServiceModeChangedEvent e, @SequenceNumber long version) {
        update(
                e.ticketId(),
                version,
                SERVICE_ANEW + ", mode = ?, appointment_at = ?",
                e.toMode().name(),
                ts(e.appointmentAt()));
    }

    @EventHandler
    void on(EngineerArrivedEvent e, @SequenceNumber long version) {
        update(
                e.ticketId(),
                version,
                "arrived_at = ?, on_site_done_at = coalesce(on_site_done_at, ?),"
                        + " status = case when status = 'ASSIGNED' then 'IN_SERVICE' else status end",
                ts(e.arrivedAt()),
                ts(e.arrivedAt()));
    }

    @EventHandler
    void on(EngineerDispatchedEvent e, @SequenceNumber long version) {
        jdbc.update(
                """
                insert into ticket_dispatch(ticket_id, dispatch_id, engineer_id, start_date, end_date, person_days,
                    destination_city, travel, lodging, transport, materials)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (ticket_id, dispatch_id) do nothing""",
                e.ticketId().value(),
                e.dispatchId(),
                e.engineerId().value(),
                e.startDate(),
                e.endDate(),
                e.personDays(),
                e.destinationCity(),
                e.costs().travel(),
                e.costs().lodging(),
                e.costs().transport(),
                e.costs().materials());
        update(e.ticketId(), version, "status = case when status = 'ASSIGNED' then 'IN_SERVICE' else status end");
    }

    @EventHandler
    void on(DifficultCaseOpenedEvent e, @SequenceNumber long version) {
        update(e.ticketId(), version, "difficult_case = true");
    }

    @EventHandler
    void on(DifficultCaseEscalatedEvent e, @SequenceNumber long version) {
        update(e.ticketId(), version, "escalation_level = ?", e.level());
    }

    @EventHandler
    void on(ServiceReportSubmittedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        update(
                e.ticketId(),
                version,
                "report_fault_cause = ?, report_solution = ?, parts_replaced = ?, satisfaction = ?, status = ?, "
                        + FIXED,
                e.faultCause(),
                e.solution(),
                String.join("\n", e.partsReplaced()),
                e.satisfaction(),
                TicketStatus.REPORTED.name(),
                ts(at),
                ts(at));
    }

    @EventHandler
    void on(CustomerConfirmedServiceEvent e, @SequenceNumber long version) {
        update(e.ticketId(), version, "customer_confirmed = true");
    }

    @EventHandler
    void on(ServiceTicketClosedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        update(
                e.ticketId(),
                version,
                "status = ?, closed_at = ?, board_order = " + BoardOrder.OTHER_TICKET_SQL,
                TicketStatus.CLOSED.name(),
                ts(at));
    }

    @EventHandler
    void on(SlaBreachedEvent e, @SequenceNumber long version) {
        String column = switch (e.clock()) {
            case RESPONSE -> "response_breached";
            case PLAN -> "plan_breached";
            case INSTALLATION -> "installation_breached";
            case ON_SITE -> "on_site_breached";
            case FIX -> "fix_breached";
        };
        update(e.ticketId(), version, column + " = true");
    }

    /** T14: the clocks stop; the board shows what each had left. */
    @EventHandler
    void on(SlaPausedEvent e, @SequenceNumber long version) {
        update(
                e.ticketId(),
                version,
                "on_hold = true, hold_reason = ?, held_since = ?, held_time_left = ?::jsonb",
                e.reason().name(),
                ts(e.pausedAt()),
                HeldTimeLeft.toJson(e.timeLeft()));
    }

    /** T14: the held clocks run again, due at their moved times. */
    @EventHandler
    void on(SlaResumedEvent e, @SequenceNumber long version) {
        Map<SlaClock, Instant> due = e.dueAt();
        update(
                e.ticketId(),
                version,
                "on_hold = false, hold_reason = null, held_since = null, held_time_left = null,"
                        + " response_due_at = coalesce(?, response_due_at), plan_due_at = coalesce(?, plan_due_at),"
                        + " on_site_due_at = coalesce(?, on_site_due_at), fix_due_at = coalesce(?, fix_due_at)",
                ts(due.get(SlaClock.RESPONSE)),
                ts(due.get(SlaClock.PLAN)),
                ts(due.get(SlaClock.ON_SITE)),
                ts(due.get(SlaClock.FIX)));
    }

    @EventHandler
    void on(LoanerBecameDueEvent e, @SequenceNumber long version) {
        update(e.ticketId(), version, "loaner_due = true");
    }

    @EventHandler
    void on(LoanerProvidedEvent e, @SequenceNumber long version) {
        update(e.ticketId(), version, "loaner_serial = ?, loaner_returned = false", e.loanerSerialNumber());
    }

    @EventHandler
    void on(LoanerReturnedEvent e, @SequenceNumber long version) {
        update(e.ticketId(), version, "loaner_returned = true");
    }

    /**
     * M1: the fee shows on no board column (the monthly figures read it), but it is a version of the
     * ticket: the board's version is the one the next command on the ticket names.
     */
    @EventHandler
    void on(InstallationGuidanceFeeRecordedEvent e, @SequenceNumber long version) {
        jdbc.update(
                "update ticket_board set version = ? where ticket_id = ? and version < ?",
                version,
                e.ticketId().value(),
                version);
    }

    @EventHandler
    void on(CallbackRecordedEvent e, @SequenceNumber long version) {
        update(e.ticketId(), version, "callbacks = callbacks + 1, last_callback_satisfaction = ?", e.satisfaction());
    }

    @EventHandler
    void on(SoftwareRequestClassifiedEvent e, @SequenceNumber long version) {
        // T12: only an open bug moves to the top of the board; the ticket is open when classified.
        if (e.requestClass() == SoftwareRequestClass.BUG) {
            update(
                    e.ticketId(),
                    version,
                    "software_class = ?, software_priority = ?, board_order = " + BoardOrder.OPEN_BUG_SQL,
                    e.requestClass().name(),
                    e.priority(),
                    e.priority());
        } else {
            update(
                    e.ticketId(),
                    version,
                    "software_class = ?, software_priority = ?, board_order = " + BoardOrder.OTHER_TICKET_SQL,
                    e.requestClass().name(),
                    e.priority());
        }
    }

    /** T3: on a logistics ticket the first handler is the first response. */
    @EventHandler
    void on(LogisticsHandlerAssignedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        update(
                e.ticketId(),
                version,
                "logistics_handler_id = ?, responded_at = coalesce(responded_at, ?),"
                        + " status = case when status in ('REGISTERED', 'ROUTED') then 'ASSIGNED' else status end",
                e.handlerId().value(),
                ts(at));
    }

    /** T5: the logistics counterpart of the service report; the customer confirms it next. */
    @EventHandler
    void on(LogisticsResolutionRecordedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        update(
                e.ticketId(),
                version,
                "logistics_outcome = ?, logistics_note = ?, status = ?, " + FIXED,
                e.outcome().name(),
                e.note(),
                TicketStatus.REPORTED.name(),
                ts(at),
                ts(at));
    }

    @EventHandler
    void on(UnitReceivedEvent e, @SequenceNumber long version) {
        update(
                e.ticketId(),
                version,
                "unit_received_at = ?, status = case when status = 'ASSIGNED' then 'IN_SERVICE' else status end",
                ts(e.receivedAt()));
    }

    /** T9: without it a travelling service cannot close. */
    @EventHandler
    void on(EngineerDepartureReportedEvent e, @SequenceNumber long version) {
        update(
                e.ticketId(),
                version,
                "departed_at = ?, departure_supervisor_id = ?",
                ts(e.departedAt()),
                e.supervisorId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from ticket_dispatch");
        jdbc.update("delete from ticket_board");
    }

    /** Applies {@code assignments} once per event: an event at or below the row's version is a replay. */
    private void update(TicketId ticketId, long version, String assignments, Object... values) {
        Object[] args = new Object[values.length + 3];
        System.arraycopy(values, 0, args, 0, values.length);
        args[values.length] = version;
        args[values.length + 1] = ticketId.value();
        args[values.length + 2] = version;
        jdbc.update(
                "update ticket_board set " + assignments + ", version = ? where ticket_id = ? and version < ?", args);
    }

    private static java.sql.Timestamp ts(Instant instant) {
        return instant == null ? null : java.sql.Timestamp.from(instant);
    }
}

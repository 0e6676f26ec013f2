package com.aftersales.command.ticket;

import static com.aftersales.command.ticket.TicketRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.common.UserId;
import com.aftersales.api.ticket.AssignEngineerCommand;
import com.aftersales.api.ticket.ChangeServiceModeCommand;
import com.aftersales.api.ticket.ConfirmServiceCommand;
import com.aftersales.api.ticket.CustomerConfirmedServiceEvent;
import com.aftersales.api.ticket.EngineerArrivedEvent;
import com.aftersales.api.ticket.EngineerAssignedEvent;
import com.aftersales.api.ticket.EngineerDepartureReportedEvent;
import com.aftersales.api.ticket.EngineerDispatchedEvent;
import com.aftersales.api.ticket.RecordArrivalCommand;
import com.aftersales.api.ticket.RecordDispatchCommand;
import com.aftersales.api.ticket.RecordUnitReceiptCommand;
import com.aftersales.api.ticket.ReportDepartureCommand;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.ServiceModeChangedEvent;
import com.aftersales.api.ticket.ServiceReportSubmittedEvent;
import com.aftersales.api.ticket.SubmitServiceReportCommand;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.UnitReceivedEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The current engagement of a technical ticket (T6, T7, T9): one engineer serving in one mode,
 * and its progress: arrivals, unit receipt, service report, departure report, the customer's
 * confirmation. A reassignment or a mode transfer ends it and the root starts a new one; a
 * re-routing ends it for good. So the evidence of one engineer's service, or of one mode, never
 * counts for another's.
 */
class Engagement implements CurrentService {

    /** Tolerance between the engineer's device clock and the server's for times entered on site. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final TicketId ticketId;
    private final UserId engineerId;
    private final ServiceMode mode;
    private final Instant appointmentAt;
    private final LocalDate contractDeadline;
    private Instant latestArrivalAt;
    private boolean unitReceived;
    private Instant reportedAt;
    private boolean departureReported;
    private boolean confirmed;

    private Engagement(
            TicketId ticketId, UserId engineerId, ServiceMode mode, Instant appointmentAt, LocalDate contractDeadline) {
        this.ticketId = ticketId;
        this.engineerId = engineerId;
        this.mode = mode;
        this.appointmentAt = appointmentAt;
        this.contractDeadline = contractDeadline;
    }

    static Engagement of(EngineerAssignedEvent event) {
        return new Engagement(
                event.ticketId(), event.engineerId(), event.mode(), event.appointmentAt(), event.contractDeadline());
    }

    /** The same engineer, serving anew in the mode the ticket was transferred to. */
    Engagement transferred(ServiceModeChangedEvent event) {
        return new Engagement(ticketId, engineerId, event.toMode(), event.appointmentAt(), null);
    }

    /** T5/T6: the task sheet of a first assignment ({@code current} null) or of a reassignment. */
    static void assign(TicketId ticketId, Engagement current, AssignEngineerCommand command) {
        require(
                command.engineerId() != null && command.mode() != null,
                TicketRule.TASK_SHEET_INCOMPLETE,
                "the task sheet needs an engineer and a service mode");
        if (current != null) {
            require(
                    command.mode() == current.mode,
                    TicketRule.MODE_CHANGE_BY_TRANSFER,
                    "a reassignment keeps the mode " + current.mode + "; change the mode with a mode transfer");
            require(
                    !command.engineerId().equals(current.engineerId),
                    TicketRule.ALREADY_ASSIGNED,
                    "the engineer is already assigned");
        }
        requireModeDetails(command.mode(), command.appointmentAt());
        require(
                command.mode() != ServiceMode.INSTALLATION || command.contractDeadline() != null,
                TicketRule.CONTRACT_DEADLINE_REQUIRED,
                "installation is due within the contract's deadline: give it");
        apply(new EngineerAssignedEvent(
                ticketId,
                command.engineerId(),
                current == null ? null : current.engineerId,
                command.mode(),
                command.appointmentAt(),
                command.contractDeadline(),
                command.taskSheetNote()));
    }

    void changeMode(ChangeServiceModeCommand command, String actor, String role) {
        requireOwnTicketIfEngineer(actor, role, TicketRule.SERVICE_NOT_BY_THE_ASSIGNED_ENGINEER);
        require(
                command.newMode() != null && mode.allowedTransfers().contains(command.newMode()),
                TicketRule.MODE_TRANSFER_NOT_ALLOWED,
                "a ticket in mode " + mode + " can move only to " + mode.allowedTransfers());
        requireModeDetails(command.newMode(), command.appointmentAt());
        apply(new ServiceModeChangedEvent(
                ticketId, mode, command.newMode(), command.appointmentAt(), command.reason()));
    }

    void recordArrival(RecordArrivalCommand command, String actor) {
        require(mode.travels(), TicketRule.NOT_ON_SITE, "arrival is recorded only for on-site or installation service");
        requireAssignedEngineer(actor, TicketRule.SERVICE_NOT_BY_THE_ASSIGNED_ENGINEER);
        require(command.arrivedAt() != null, TicketRule.ARRIVAL_TIME_REQUIRED, "the arrival time is required");
        require(
                hasHappened(command.arrivedAt(), command.recordedAt()),
                TicketRule.ARRIVAL_IN_FUTURE,
                "an arrival is recorded when it has happened, not in advance");
        boolean onTime = appointmentAt == null || !command.arrivedAt().isAfter(appointmentAt);
        apply(new EngineerArrivedEvent(ticketId, engineerId, command.arrivedAt(), appointmentAt, onTime));
    }

    /** T6/R1: a repair order is opened for a unit that is in the workshop. */
    void requireUnitInWorkshop() {
        require(
                mode == ServiceMode.REPAIR,
                TicketRule.NOT_IN_REPAIR,
                "a repair order is opened only for a ticket in REPAIR mode, not " + mode);
        require(
                unitReceived,
                TicketRule.UNIT_NOT_RECEIVED,
                "a repair order is opened after the unit's receipt in the workshop is recorded");
    }

    /** T6: the unit reached the workshop; the clerk who takes it in or the engineer records it. */
    void recordUnitReceipt(RecordUnitReceiptCommand command, String actor, String role) {
        require(
                mode == ServiceMode.REPAIR,
                TicketRule.NOT_IN_REPAIR,
                "a unit is received in the workshop only in REPAIR mode, not " + mode);
        requireOwnTicketIfEngineer(actor, role, TicketRule.SERVICE_NOT_BY_THE_ASSIGNED_ENGINEER);
        require(!unitReceived, TicketRule.UNIT_ALREADY_RECEIVED, "the unit is already received");
        require(command.receivedAt() != null, TicketRule.RECEIPT_TIME_REQUIRED, "the time of receipt is required");
        require(
                hasHappened(command.receivedAt(), command.recordedAt()),
                TicketRule.RECEIPT_IN_FUTURE,
                "a receipt is recorded when the unit has arrived, not in advance");
        apply(new UnitReceivedEvent(ticketId, command.receivedAt()));
    }

    /** T7: {@code recorded} are the dispatch ids of the whole ticket, which stay unique across engagements. */
    void recordDispatch(RecordDispatchCommand command, String actor, String role, Set<String> recorded) {
        requireOwnTicketIfEngineer(actor, role, TicketRule.DISPATCH_NOT_BY_THE_ASSIGNED_ENGINEER);
        require(
                !CurrentService.isEngineer(role)
                        || command.engineerId() == null
                        || command.engineerId().value().equals(actor),
                TicketRule.DISPATCH_OF_ANOTHER_ENGINEER,
                "an engineer records only their own dispatches");
        require(
                mode.travels(),
                TicketRule.NOT_A_TRAVELLING_MODE,
                "engineers are dispatched only for on-site or installation service, not " + mode);
        require(
                command.dispatchId() != null && !recorded.contains(command.dispatchId()),
                TicketRule.DUPLICATE_DISPATCH,
                "dispatch " + command.dispatchId() + " is already recorded");
        require(
                command.engineerId() != null && command.costs() != null && command.destinationCity() != null,
                TicketRule.DISPATCH_INCOMPLETE,
                "a dispatch needs engineer, destination city and costs");
        require(
                command.startDate() != null
                        && command.endDate() != null
                        && !command.endDate().isBefore(command.startDate()),
                TicketRule.INVALID_PERIOD,
                "a dispatch ends on or after its start");
        int personDays = (int) ChronoUnit.DAYS.between(command.startDate(), command.endDate()) + 1;
        apply(new EngineerDispatchedEvent(
                ticketId,
                command.dispatchId(),
                command.engineerId(),
                mode,
                command.startDate(),
                command.endDate(),
                personDays,
                command.destinationCity(),
                command.costs()));
    }

    void submitReport(SubmitServiceReportCommand command, String actor) {
        requireAssignedEngineer(actor, TicketRule.REPORT_NOT_BY_THE_ASSIGNED_ENGINEER);
        require(
                !mode.travels() || latestArrivalAt != null,
                TicketRule.NOT_ARRIVED,
                "on-site service is reported after the engineer's arrival is recorded");
        require(
                mode != ServiceMode.REPAIR || unitReceived,
                TicketRule.UNIT_NOT_RECEIVED,
                "a repair is reported after the unit's receipt in the workshop is recorded");
        require(
                command.satisfaction() >= 1 && command.satisfaction() <= 5,
                TicketRule.REPORT_RATING_OUT_OF_RANGE,
                "customer satisfaction is rated 1 to 5");
        require(command.customerSigned(), TicketRule.SIGNATURE_REQUIRED, "the customer signs the service report");
        require(
                command.faultCause() != null && command.solution() != null,
                TicketRule.REPORT_INCOMPLETE,
                "the report states the fault cause and the solution");
        List<String> parts = command.partsReplaced() == null ? List.of() : List.copyOf(command.partsReplaced());
        apply(new ServiceReportSubmittedEvent(
                ticketId,
                engineerId,
                command.faultCause(),
                command.solution(),
                parts,
                command.customerOpinion(),
                command.satisfaction(),
                command.customerSigned()));
    }

    /** T9: the engineer reports to the supervisor before leaving the site, once per engagement. */
    void reportDeparture(ReportDepartureCommand command, String actor) {
        require(
                mode.travels(),
                TicketRule.DEPARTURE_NOT_ON_SITE,
                "a departure is reported only from on-site or installation service, not " + mode);
        requireAssignedEngineer(actor, TicketRule.REPORT_NOT_BY_THE_ASSIGNED_ENGINEER);
        require(
                !departureReported,
                TicketRule.DEPARTURE_ALREADY_REPORTED,
                "the departure from this engagement is already reported");
        require(
                command.supervisorId() != null
                        && command.departedAt() != null
                        && command.summary() != null
                        && !command.summary().isBlank(),
                TicketRule.DEPARTURE_INCOMPLETE,
                "a departure report names the supervisor, the time of leaving and what was done");
        require(
                latestArrivalAt != null && !command.departedAt().isBefore(latestArrivalAt),
                TicketRule.DEPARTURE_BEFORE_ARRIVAL,
                "the engineer leaves the site after arriving there (last arrival " + latestArrivalAt + ")");
        require(
                hasHappened(command.departedAt(), command.recordedAt()),
                TicketRule.DEPARTURE_IN_FUTURE,
                "a departure is reported when it has happened, not in advance");
        apply(new EngineerDepartureReportedEvent(
                ticketId, engineerId, command.supervisorId(), command.departedAt(), command.summary()));
    }

    @Override
    public void confirm(ConfirmServiceCommand command, String actor, String role) {
        requireOwnTicketIfEngineer(actor, role, TicketRule.REPORT_NOT_BY_THE_ASSIGNED_ENGINEER);
        require(
                reportedAt != null,
                TicketRule.REPORT_MISSING,
                "the customer confirms the reported service: the service report comes first");
        require(!confirmed, TicketRule.ALREADY_CONFIRMED, "the customer has already confirmed");
        apply(new CustomerConfirmedServiceEvent(ticketId, command.confirmationChannel()));
    }

    /** T9: an on-site service counts as done only once the engineer has reported leaving the site. */
    @Override
    public void requireDoneForClosing() {
        require(
                reportedAt != null,
                TicketRule.REPORT_MISSING,
                "a ticket closes only with the engineer's service report");
        require(confirmed, TicketRule.CONFIRMATION_MISSING, "a ticket closes only after the customer confirms");
        require(
                !mode.travels() || departureReported,
                TicketRule.DEPARTURE_REPORT_MISSING,
                "an on-site service is done only when the engineer has reported the departure to the supervisor");
    }

    @Override
    public void requireOwnTicketIfEngineer(String actor, String role, TicketRule rule) {
        if (CurrentService.isEngineer(role)) {
            requireAssignedEngineer(actor, rule);
        }
    }

    /** The T6 installation clock of {@code deadline} still runs for this engagement. */
    boolean installationDueOn(LocalDate deadline) {
        return mode == ServiceMode.INSTALLATION && deadline.equals(contractDeadline);
    }

    /** When the first service report of this engagement was recorded; null before. */
    Instant reportedAt() {
        return reportedAt;
    }

    private void requireAssignedEngineer(String actor, TicketRule rule) {
        require(engineerId.value().equals(actor), rule, "only the assigned engineer " + engineerId + " may do this");
    }

    private static void requireModeDetails(ServiceMode newMode, Instant appointment) {
        require(
                newMode != ServiceMode.ON_SITE || appointment != null,
                TicketRule.APPOINTMENT_REQUIRED,
                "on-site service needs the appointment agreed with the customer");
    }

    /** Entered late is fine, entered ahead is not; {@code recordedAt} is the server's time of entry. */
    private static boolean hasHappened(Instant happenedAt, Instant recordedAt) {
        return recordedAt == null || !happenedAt.isAfter(recordedAt.plus(CLOCK_SKEW));
    }

    @EventSourcingHandler
    void on(EngineerArrivedEvent event) {
        // A late entry of an earlier visit must not move the last arrival back.
        if (latestArrivalAt == null || event.arrivedAt().isAfter(latestArrivalAt)) {
            latestArrivalAt = event.arrivedAt();
        }
    }

    @EventSourcingHandler
    void on(UnitReceivedEvent event) {
        unitReceived = true;
    }

    @EventSourcingHandler
    void on(ServiceReportSubmittedEvent event, @Timestamp Instant at) {
        if (reportedAt == null) {
            reportedAt = at;
        }
    }

    @EventSourcingHandler
    void on(EngineerDepartureReportedEvent event) {
        departureReported = true;
    }

    @EventSourcingHandler
    void on(CustomerConfirmedServiceEvent event) {
        confirmed = true;
    }
}

package com.aftersales.command.ticket;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.api.common.Role;
import com.aftersales.api.common.UserId;
import com.aftersales.api.ticket.AssignEngineerCommand;
import com.aftersales.api.ticket.CallbackRecordedEvent;
import com.aftersales.api.ticket.ChangeServiceModeCommand;
import com.aftersales.api.ticket.ClassifySoftwareRequestCommand;
import com.aftersales.api.ticket.CloseServiceTicketCommand;
import com.aftersales.api.ticket.ConfirmServiceCommand;
import com.aftersales.api.ticket.CustomerConfirmedServiceEvent;
import com.aftersales.api.ticket.Department;
import com.aftersales.api.ticket.DifficultCaseEscalatedEvent;
import com.aftersales.api.ticket.DifficultCaseOpenedEvent;
import com.aftersales.api.ticket.EngineerArrivedEvent;
import com.aftersales.api.ticket.EngineerAssignedEvent;
import com.aftersales.api.ticket.EngineerDispatchedEvent;
import com.aftersales.api.ticket.EscalateDifficultCaseCommand;
import com.aftersales.api.ticket.LoanerBecameDueEvent;
import com.aftersales.api.ticket.LoanerProvidedEvent;
import com.aftersales.api.ticket.LoanerReturnedEvent;
import com.aftersales.api.ticket.OpenDifficultCaseCommand;
import com.aftersales.api.ticket.ProductKind;
import com.aftersales.api.ticket.ProvideLoanerCommand;
import com.aftersales.api.ticket.RecordArrivalCommand;
import com.aftersales.api.ticket.RecordCallbackCommand;
import com.aftersales.api.ticket.RecordDispatchCommand;
import com.aftersales.api.ticket.RecordServicePlanCommand;
import com.aftersales.api.ticket.RegisterServiceTicketCommand;
import com.aftersales.api.ticket.ReturnLoanerCommand;
import com.aftersales.api.ticket.RouteServiceTicketCommand;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.ServiceModeChangedEvent;
import com.aftersales.api.ticket.ServicePlanRecordedEvent;
import com.aftersales.api.ticket.ServiceReportSubmittedEvent;
import com.aftersales.api.ticket.ServiceTicketClosedEvent;
import com.aftersales.api.ticket.ServiceTicketRegisteredEvent;
import com.aftersales.api.ticket.ServiceTicketRoutedEvent;
import com.aftersales.api.ticket.SlaBreachedEvent;
import com.aftersales.api.ticket.SlaClock;
import com.aftersales.api.ticket.SoftwareRequestClass;
import com.aftersales.api.ticket.SoftwareRequestClassifiedEvent;
import com.aftersales.api.ticket.SubmitServiceReportCommand;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A service ticket (售后工单). Each command handler checks the rules it names, then applies an
 * event; only the event-sourcing handlers change state. Time enters through commands and fired
 * deadlines, never through a clock read here.
 */
@Aggregate
public class ServiceTicket {

    /** Tolerance between the engineer's device clock and the server's when recording an arrival. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @AggregateIdentifier
    private TicketId ticketId;

    private Urgency urgency;
    private ProductKind productKind;
    private boolean underServiceContract;
    private Department department;
    private UserId engineerId;
    private ServiceMode mode;
    private Instant appointmentAt;
    private boolean arrived;
    private Instant respondedAt;
    private Instant plannedAt;
    /** Set when a difficult-case file is opened (T8); it is never closed. */
    private UserId caseResponsible;

    private int escalationLevel;
    private Instant reportedAt;
    private boolean confirmed;
    private Instant closedAt;
    private boolean loanerDue;
    private String loanerOut;
    private boolean loanerProvided;
    private final Set<String> dispatchIds = new HashSet<>();

    protected ServiceTicket() {
        // for event sourcing
    }

    ServiceTicket(
            RegisterServiceTicketCommand command,
            String ticketNumber,
            Instant responseDueAt,
            Instant planDueAt,
            DeadlineManager deadlines) {
        apply(new ServiceTicketRegisteredEvent(
                command.ticketId(),
                ticketNumber,
                command.customerId(),
                command.channel(),
                command.proofOfPurchase(),
                command.product(),
                command.fault(),
                command.request(),
                command.urgency(),
                command.underServiceContract(),
                command.registeredAt(),
                responseDueAt,
                planDueAt));
        // T3: the clocks start at registration and fire even across restarts (persistent manager).
        deadlines.schedule(responseDueAt, SlaDeadline.RESPONSE, new SlaDeadline(SlaClock.RESPONSE, responseDueAt));
        if (planDueAt != null) {
            deadlines.schedule(planDueAt, SlaDeadline.PLAN, new SlaDeadline(SlaClock.PLAN, planDueAt));
        }
    }

    @CommandHandler
    void handle(RouteServiceTicketCommand command) {
        requireOpen();
        require(command.department() != null, "T5", "DEPARTMENT_REQUIRED", "a department is required");
        require(
                command.department() != department,
                "T5",
                "ALREADY_ROUTED",
                "the ticket is already routed to " + department);
        apply(new ServiceTicketRoutedEvent(ticketId, command.department(), department, command.reason()));
    }

    @CommandHandler
    void handle(AssignEngineerCommand command) {
        requireOpen();
        require(department != null, "T5", "NOT_ROUTED", "route the ticket to a department before assigning");
        require(
                command.engineerId() != null && command.mode() != null,
                "T6",
                "TASK_SHEET_INCOMPLETE",
                "the task sheet needs an engineer and a service mode");
        if (mode != null) {
            require(
                    command.mode() == mode,
                    "T6",
                    "MODE_CHANGE_BY_TRANSFER",
                    "a reassignment keeps the mode " + mode + "; change the mode with a mode transfer");
            require(
                    !command.engineerId().equals(engineerId),
                    "T5",
                    "ALREADY_ASSIGNED",
                    "the engineer is already assigned");
        }
        requireModeDetails(command.mode(), command.appointmentAt());
        require(
                command.mode() != ServiceMode.INSTALLATION || command.contractDeadline() != null,
                "T6",
                "CONTRACT_DEADLINE_REQUIRED",
                "installation is due within the contract's deadline: give it");
        apply(new EngineerAssignedEvent(
                ticketId,
                command.engineerId(),
                engineerId,
                command.mode(),
                command.appointmentAt(),
                command.contractDeadline(),
                command.taskSheetNote()));
    }

    @CommandHandler
    void handle(
            RecordServicePlanCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireOpen();
        requireAssigned();
        requireOwnTicketIfEngineer(actor, role, "T3");
        require(command.plan() != null && !command.plan().isBlank(), "T3", "PLAN_REQUIRED", "the plan is empty");
        apply(new ServicePlanRecordedEvent(ticketId, command.plan()));
    }

    @CommandHandler
    void handle(
            ChangeServiceModeCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireOpen();
        requireAssigned();
        requireOwnTicketIfEngineer(actor, role, "T6");
        require(
                command.newMode() != null && mode.allowedTransfers().contains(command.newMode()),
                "T6",
                "MODE_TRANSFER_NOT_ALLOWED",
                "a ticket in mode " + mode + " can move only to " + mode.allowedTransfers());
        requireModeDetails(command.newMode(), command.appointmentAt());
        apply(new ServiceModeChangedEvent(
                ticketId, mode, command.newMode(), command.appointmentAt(), command.reason()));
    }

    @CommandHandler
    void handle(
            RecordArrivalCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            DeadlineManager deadlines,
            TicketPolicy policy) {
        requireOpen();
        requireAssigned();
        require(mode.travels(), "T6", "NOT_ON_SITE", "arrival is recorded only for on-site or installation service");
        requireAssignedEngineer(actor, "T6");
        require(command.arrivedAt() != null, "T6", "ARRIVAL_TIME_REQUIRED", "the arrival time is required");
        require(
                command.recordedAt() == null
                        || !command.arrivedAt().isAfter(command.recordedAt().plus(CLOCK_SKEW)),
                "T6",
                "ARRIVAL_IN_FUTURE",
                "an arrival is recorded when it has happened, not in advance");
        boolean onTime = appointmentAt == null || !command.arrivedAt().isAfter(appointmentAt);
        boolean firstArrival = !arrived;
        apply(new EngineerArrivedEvent(ticketId, engineerId, command.arrivedAt(), appointmentAt, onTime));
        if (firstArrival && urgency == Urgency.URGENT && underServiceContract) {
            Instant due = command.arrivedAt().plus(policy.loanerAfterArrival());
            deadlines.schedule(due, LoanerDeadline.NAME, new LoanerDeadline(command.arrivedAt(), due));
        }
    }

    @CommandHandler
    void handle(
            RecordDispatchCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireOpen();
        requireAssigned();
        requireOwnTicketIfEngineer(actor, role, "T7");
        require(
                !isEngineer(role)
                        || command.engineerId() == null
                        || command.engineerId().value().equals(actor),
                "T7",
                "DISPATCH_OF_ANOTHER_ENGINEER",
                "an engineer records only their own dispatches");
        require(
                mode.travels(),
                "T7",
                "NOT_A_TRAVELLING_MODE",
                "engineers are dispatched only for on-site or installation service, not " + mode);
        require(
                command.dispatchId() != null && !dispatchIds.contains(command.dispatchId()),
                "T7",
                "DUPLICATE_DISPATCH",
                "dispatch " + command.dispatchId() + " is already recorded");
        require(
                command.engineerId() != null && command.costs() != null && command.destinationCity() != null,
                "T7",
                "DISPATCH_INCOMPLETE",
                "a dispatch needs engineer, destination city and costs");
        require(
                command.startDate() != null
                        && command.endDate() != null
                        && !command.endDate().isBefore(command.startDate()),
                "T7",
                "INVALID_PERIOD",
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

    @CommandHandler
    void handle(OpenDifficultCaseCommand command) {
        requireOpen();
        require(caseResponsible == null, "T8", "CASE_ALREADY_OPEN", "a difficult-case file is already open");
        require(
                command.responsiblePerson() != null,
                "T8",
                "RESPONSIBLE_REQUIRED",
                "a difficult case names a responsible person");
        require(
                command.historySummary() != null && !command.historySummary().isBlank(),
                "T8",
                "HISTORY_SUMMARY_REQUIRED",
                "summarize the history so far");
        apply(new DifficultCaseOpenedEvent(ticketId, command.responsiblePerson(), command.historySummary()));
    }

    @CommandHandler
    void handle(EscalateDifficultCaseCommand command) {
        requireOpen();
        require(caseResponsible != null, "T8", "NO_CASE_FILE", "open a difficult-case file before escalating");
        require(
                command.escalateTo() != null && !command.escalateTo().equals(caseResponsible),
                "T8",
                "ESCALATE_TO_SOMEONE_ELSE",
                "escalation goes one level up, to another person");
        apply(new DifficultCaseEscalatedEvent(
                ticketId, caseResponsible, command.escalateTo(), escalationLevel + 1, command.reason()));
    }

    @CommandHandler
    void handle(SubmitServiceReportCommand command, @MetaDataValue(ActorMetadata.USER_ID) String actor) {
        requireOpen();
        requireAssigned();
        requireAssignedEngineer(actor, "T9");
        require(
                !mode.travels() || arrived,
                "T6",
                "NOT_ARRIVED",
                "on-site service is reported after the engineer's arrival is recorded");
        require(
                command.satisfaction() >= 1 && command.satisfaction() <= 5,
                "T9",
                "RATING_OUT_OF_RANGE",
                "customer satisfaction is rated 1 to 5");
        require(command.customerSigned(), "T9", "SIGNATURE_REQUIRED", "the customer signs the service report");
        require(
                command.faultCause() != null && command.solution() != null,
                "T9",
                "REPORT_INCOMPLETE",
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

    @CommandHandler
    void handle(
            ConfirmServiceCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireOpen();
        requireAssigned();
        requireOwnTicketIfEngineer(actor, role, "T9");
        require(
                reportedAt != null,
                "T9",
                "REPORT_MISSING",
                "the customer confirms the reported service: the service report comes first");
        require(!confirmed, "T9", "ALREADY_CONFIRMED", "the customer has already confirmed");
        apply(new CustomerConfirmedServiceEvent(ticketId, command.confirmationChannel()));
    }

    @CommandHandler
    void handle(CloseServiceTicketCommand command) {
        requireOpen();
        require(reportedAt != null, "T9", "REPORT_MISSING", "a ticket closes only with the engineer's service report");
        require(confirmed, "T9", "CONFIRMATION_MISSING", "a ticket closes only after the customer confirms");
        require(loanerOut == null, "T10", "LOANER_OUTSTANDING", "the loaner " + loanerOut + " is still out");
        apply(new ServiceTicketClosedEvent(ticketId, command.closingNote()));
    }

    @CommandHandler
    void handle(ProvideLoanerCommand command) {
        requireOpen();
        require(
                urgency == Urgency.URGENT && underServiceContract,
                "T10",
                "LOANER_NOT_ELIGIBLE",
                "loaners are for URGENT tickets under a service contract");
        require(loanerDue, "T10", "LOANER_NOT_DUE", "a loaner is due only when the unit is not fixed in time");
        require(!loanerProvided, "T10", "LOANER_ALREADY_PROVIDED", "a loaner was already provided");
        require(
                command.loanerSerialNumber() != null && command.unitClass() != null,
                "T10",
                "LOANER_INCOMPLETE",
                "name the loaner's serial number and unit class");
        apply(new LoanerProvidedEvent(ticketId, command.loanerSerialNumber(), command.unitClass()));
    }

    @CommandHandler
    void handle(ReturnLoanerCommand command) {
        require(loanerOut != null, "T10", "NO_LOANER_OUT", "no loaner is out on this ticket");
        apply(new LoanerReturnedEvent(ticketId, loanerOut, command.note()));
    }

    @CommandHandler
    void handle(RecordCallbackCommand command) {
        require(closedAt != null, "T11", "NOT_CLOSED", "callbacks follow the closing of a ticket");
        require(command.method() != null, "T11", "METHOD_REQUIRED", "the callback method is required");
        require(
                command.satisfaction() >= 1 && command.satisfaction() <= 5,
                "T11",
                "RATING_OUT_OF_RANGE",
                "customer satisfaction is rated 1 to 5");
        require(
                !command.complaintRaised()
                        || (command.complaintSummary() != null
                                && !command.complaintSummary().isBlank()),
                "T11",
                "COMPLAINT_SUMMARY_REQUIRED",
                "a complaint revealed by a callback needs its content (C1)");
        apply(new CallbackRecordedEvent(
                ticketId,
                command.method(),
                command.feedback(),
                command.satisfaction(),
                command.complaintRaised(),
                command.complaintSummary()));
    }

    @CommandHandler
    void handle(ClassifySoftwareRequestCommand command) {
        requireOpen();
        require(productKind == ProductKind.SOFTWARE, "T12", "NOT_SOFTWARE", "only software requests are classified");
        require(command.requestClass() != null, "T12", "CLASS_REQUIRED", "BUG, REQUIREMENT or OTHER");
        require(
                command.priority() >= 1 && command.priority() <= 5,
                "T12",
                "PRIORITY_OUT_OF_RANGE",
                "priority is 1 (highest) to 5");
        require(
                command.requestClass() != SoftwareRequestClass.REQUIREMENT || command.evaluation() != null,
                "T12",
                "EVALUATION_REQUIRED",
                "a requirement is evaluated: generality, fit, effort, deadline, charge");
        apply(new SoftwareRequestClassifiedEvent(
                ticketId, command.requestClass(), command.priority(), command.evaluation()));
    }

    /*
     * SLA deadlines are never cancelled: a deadline may fire a little after its due time, and a
     * response recorded in that gap is still late. The handler judges by the recorded times (T3).
     */
    @DeadlineHandler(deadlineName = SlaDeadline.RESPONSE)
    void responseDeadlinePassed(SlaDeadline deadline) {
        if (notBy(respondedAt, deadline.dueAt()) && notBy(closedAt, deadline.dueAt())) {
            apply(new SlaBreachedEvent(ticketId, SlaClock.RESPONSE, deadline.dueAt()));
        }
    }

    @DeadlineHandler(deadlineName = SlaDeadline.PLAN)
    void planDeadlinePassed(SlaDeadline deadline) {
        // A ticket solved and closed before the plan was due needed no plan.
        if (notBy(plannedAt, deadline.dueAt()) && notBy(closedAt, deadline.dueAt())) {
            apply(new SlaBreachedEvent(ticketId, SlaClock.PLAN, deadline.dueAt()));
        }
    }

    @DeadlineHandler(deadlineName = LoanerDeadline.NAME)
    void loanerDeadlinePassed(LoanerDeadline deadline) {
        if (notBy(reportedAt, deadline.dueAt()) && !loanerDue) {
            apply(new LoanerBecameDueEvent(ticketId, deadline.arrivedAt(), deadline.dueAt()));
        }
    }

    private static boolean notBy(Instant doneAt, Instant dueAt) {
        return doneAt == null || doneAt.isAfter(dueAt);
    }

    private void requireOpen() {
        require(closedAt == null, "T9", "TICKET_CLOSED", "the ticket is closed");
    }

    private void requireAssigned() {
        require(engineerId != null, "T6", "NOT_ASSIGNED", "no engineer is assigned yet");
    }

    private void requireAssignedEngineer(String actor, String ruleId) {
        require(
                engineerId.value().equals(actor),
                ruleId,
                "NOT_THE_ASSIGNED_ENGINEER",
                "only the assigned engineer " + engineerId + " may do this");
    }

    /** An engineer acts only on tickets assigned to them; clerks and supervisors act on any. */
    private void requireOwnTicketIfEngineer(String actor, String role, String ruleId) {
        if (isEngineer(role)) {
            requireAssignedEngineer(actor, ruleId);
        }
    }

    private static boolean isEngineer(String role) {
        return Role.ENGINEER.name().equals(role);
    }

    private static void requireModeDetails(ServiceMode newMode, Instant appointment) {
        require(
                newMode != ServiceMode.ON_SITE || appointment != null,
                "T6",
                "APPOINTMENT_REQUIRED",
                "on-site service needs the appointment agreed with the customer");
    }

    private static void require(boolean condition, String ruleId, String code, String message) {
        if (!condition) {
            throw new BusinessRuleViolation(ruleId, code, message);
        }
    }

    @EventSourcingHandler
    void on(ServiceTicketRegisteredEvent event) {
        ticketId = event.ticketId();
        urgency = event.urgency();
        productKind = event.product().kind();
        underServiceContract = event.underServiceContract();
    }

    @EventSourcingHandler
    void on(ServiceTicketRoutedEvent event) {
        department = event.department();
    }

    @EventSourcingHandler
    void on(EngineerAssignedEvent event, @Timestamp Instant at) {
        if (event.previousEngineerId() != null) {
            startServiceAnew();
        }
        engineerId = event.engineerId();
        mode = event.mode();
        appointmentAt = event.appointmentAt();
        if (respondedAt == null) {
            respondedAt = at;
        }
    }

    /**
     * T9: a report and a confirmation belong to the service of one engineer in one mode. After a
     * reassignment or a mode transfer, the new service needs its own arrival, report and
     * confirmation before the ticket can close (and the T10 loaner clock judges the new report).
     */
    private void startServiceAnew() {
        arrived = false;
        reportedAt = null;
        confirmed = false;
    }

    @EventSourcingHandler
    void on(ServicePlanRecordedEvent event, @Timestamp Instant at) {
        if (plannedAt == null) {
            plannedAt = at;
        }
    }

    @EventSourcingHandler
    void on(ServiceModeChangedEvent event) {
        startServiceAnew();
        mode = event.toMode();
        appointmentAt = event.appointmentAt();
    }

    @EventSourcingHandler
    void on(EngineerArrivedEvent event) {
        arrived = true;
    }

    @EventSourcingHandler
    void on(EngineerDispatchedEvent event) {
        dispatchIds.add(event.dispatchId());
    }

    @EventSourcingHandler
    void on(DifficultCaseOpenedEvent event) {
        caseResponsible = event.responsiblePerson();
    }

    @EventSourcingHandler
    void on(DifficultCaseEscalatedEvent event) {
        caseResponsible = event.toPerson();
        escalationLevel = event.level();
    }

    @EventSourcingHandler
    void on(ServiceReportSubmittedEvent event, @Timestamp Instant at) {
        if (reportedAt == null) {
            reportedAt = at;
        }
    }

    @EventSourcingHandler
    void on(CustomerConfirmedServiceEvent event) {
        confirmed = true;
    }

    @EventSourcingHandler
    void on(ServiceTicketClosedEvent event, @Timestamp Instant at) {
        closedAt = at;
    }

    @EventSourcingHandler
    void on(LoanerBecameDueEvent event) {
        loanerDue = true;
    }

    @EventSourcingHandler
    void on(LoanerProvidedEvent event) {
        loanerOut = event.loanerSerialNumber();
        loanerProvided = true;
    }

    @EventSourcingHandler
    void on(LoanerReturnedEvent event) {
        loanerOut = null;
    }
}

package com.aftersales.command.ticket;

import static com.aftersales.command.ticket.TicketRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.ticket.AssignEngineerCommand;
import com.aftersales.api.ticket.AssignLogisticsHandlerCommand;
import com.aftersales.api.ticket.CallbackRecordedEvent;
import com.aftersales.api.ticket.ChangeServiceModeCommand;
import com.aftersales.api.ticket.ClassifySoftwareRequestCommand;
import com.aftersales.api.ticket.CloseServiceTicketCommand;
import com.aftersales.api.ticket.ConfirmServiceCommand;
import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.Department;
import com.aftersales.api.ticket.DifficultCaseOpenedEvent;
import com.aftersales.api.ticket.EngineerArrivedEvent;
import com.aftersales.api.ticket.EngineerAssignedEvent;
import com.aftersales.api.ticket.EngineerDispatchedEvent;
import com.aftersales.api.ticket.EscalateDifficultCaseCommand;
import com.aftersales.api.ticket.InstallationGuidanceFeeRecordedEvent;
import com.aftersales.api.ticket.LinkRepairOrderCommand;
import com.aftersales.api.ticket.LoanerClockStart;
import com.aftersales.api.ticket.LogisticsHandlerAssignedEvent;
import com.aftersales.api.ticket.LogisticsResolutionRecordedEvent;
import com.aftersales.api.ticket.OpenDifficultCaseCommand;
import com.aftersales.api.ticket.PauseSlaCommand;
import com.aftersales.api.ticket.ProductKind;
import com.aftersales.api.ticket.ProvideLoanerCommand;
import com.aftersales.api.ticket.RecordArrivalCommand;
import com.aftersales.api.ticket.RecordCallbackCommand;
import com.aftersales.api.ticket.RecordDispatchCommand;
import com.aftersales.api.ticket.RecordInstallationGuidanceFeeCommand;
import com.aftersales.api.ticket.RecordLogisticsResolutionCommand;
import com.aftersales.api.ticket.RecordRepairOutcomeCommand;
import com.aftersales.api.ticket.RecordServicePlanCommand;
import com.aftersales.api.ticket.RecordUnitReceiptCommand;
import com.aftersales.api.ticket.RegisterServiceTicketCommand;
import com.aftersales.api.ticket.RepairOrderLinkedEvent;
import com.aftersales.api.ticket.RepairOutcomeRecordedEvent;
import com.aftersales.api.ticket.ReportDepartureCommand;
import com.aftersales.api.ticket.ResumeSlaCommand;
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
import com.aftersales.api.ticket.SlaPausedEvent;
import com.aftersales.api.ticket.SlaResumedEvent;
import com.aftersales.api.ticket.SlaTerms;
import com.aftersales.api.ticket.SoftwareRequestClass;
import com.aftersales.api.ticket.SoftwareRequestClassifiedEvent;
import com.aftersales.api.ticket.SubmitServiceReportCommand;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.UnitReceivedEvent;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.command.organisation.Superiors;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A service ticket (售后工单): the registration facts, the department, the SLA clocks, closing,
 * callbacks and software classification. Each sub-lifecycle is an entity of its own: the current
 * {@link Engagement} or {@link LogisticsCase}, the {@link DifficultCase} file and the {@link
 * Loaner}. Command handlers stay here, so a command for an entity that does not exist yet is a
 * rule violation rather than a framework error: they check the ticket-wide rules and hand over to
 * the entity, which checks its own and applies the event. Only event-sourcing handlers change
 * state. Time enters through commands and fired deadlines, never through a clock read here.
 */
@Aggregate
public class ServiceTicket {

    @AggregateIdentifier
    private TicketId ticketId;

    private CustomerRequest request;
    private Urgency urgency;
    private ProductKind productKind;
    private String unitClass;
    private String serialNumber;
    private boolean underServiceContract;
    private SlaTerms slaTerms;
    private Department department;
    private final SlaClocks clocks = new SlaClocks();
    private Instant closedAt;
    private final Set<String> dispatchIds = new HashSet<>();
    private final Set<SlaBreachedEvent> breaches = new HashSet<>();

    @AggregateMember
    private Engagement engagement;

    @AggregateMember
    private LogisticsCase logisticsCase;

    @AggregateMember
    private DifficultCase difficultCase;

    @AggregateMember
    private Loaner loaner;

    private final RepairLinks repairLinks = new RepairLinks();
    private final GuidanceFees guidanceFees = new GuidanceFees();

    protected ServiceTicket() {
        // for event sourcing
    }

    ServiceTicket(
            RegisterServiceTicketCommand command,
            String ticketNumber,
            SlaTerms terms,
            Map<SlaClock, Instant> dueAt,
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
                terms.setByContract(),
                command.registeredAt(),
                dueAt.get(SlaClock.RESPONSE),
                dueAt.get(SlaClock.PLAN),
                dueAt.get(SlaClock.ON_SITE),
                dueAt.get(SlaClock.FIX),
                terms));
        // T3, T13: the clocks start at registration and fire even across restarts (persistent manager).
        scheduleSlaDeadlines(dueAt, deadlines);
    }

    // ---------------------------------------------------------------- T5 routing, T6 assignment

    @CommandHandler
    void handle(RouteServiceTicketCommand command) {
        requireOpen();
        require(command.department() != null, TicketRule.DEPARTMENT_REQUIRED, "a department is required");
        require(
                command.department() != department,
                TicketRule.ALREADY_ROUTED,
                "the ticket is already routed to " + department);
        apply(new ServiceTicketRoutedEvent(ticketId, command.department(), department, command.reason()));
    }

    @CommandHandler
    void handle(AssignEngineerCommand command, DeadlineManager deadlines, TicketPolicies policies) {
        requireOpen();
        require(department != null, TicketRule.NOT_ROUTED, "route the ticket to a department before assigning");
        require(
                department != Department.LOGISTICS,
                TicketRule.NO_ENGINEER_ON_LOGISTICS,
                "a logistics ticket is handled by logistics, without an engineer");
        Engagement.assign(ticketId, engagement, command);
        if (command.mode() == ServiceMode.INSTALLATION) {
            // T6: every assignment starts the clock of its own contract deadline; an earlier one
            // that no longer applies finds, when it fires, that the date has changed.
            Instant due = policies.current().policy().installationDue(command.contractDeadline());
            deadlines.schedule(
                    due, InstallationDeadline.NAME, new InstallationDeadline(command.contractDeadline(), due));
        }
    }

    @CommandHandler
    void handle(AssignLogisticsHandlerCommand command) {
        requireOpen();
        require(department != null, TicketRule.NOT_ROUTED, "route the ticket to a department before assigning");
        require(
                department == Department.LOGISTICS,
                TicketRule.NOT_A_LOGISTICS_TICKET,
                "a " + department + " ticket is served by an engineer, not a logistics handler");
        LogisticsCase.assign(ticketId, logisticsCase, command);
    }

    // ---------------------------------------------------------------- T3 plan

    @CommandHandler
    void handle(
            RecordServicePlanCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireOpen();
        currentService().requireOwnTicketIfEngineer(actor, role, TicketRule.PLAN_NOT_BY_THE_ASSIGNED_ENGINEER);
        require(command.plan() != null && !command.plan().isBlank(), TicketRule.PLAN_REQUIRED, "the plan is empty");
        apply(new ServicePlanRecordedEvent(ticketId, command.plan()));
    }

    // ---------------------------------------------------------------- the engagement (T6, T7, T9)

    @CommandHandler
    void handle(
            ChangeServiceModeCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireOpen();
        engagement().changeMode(command, actor, role);
    }

    @CommandHandler
    void handle(
            RecordArrivalCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            DeadlineManager deadlines,
            TicketPolicies policies) {
        requireOpen();
        boolean loanerClockRunning = loaner != null;
        engagement().recordArrival(command, actor);
        scheduleLoanerDeadlineIfStarted(loanerClockRunning, deadlines, policies);
    }

    @CommandHandler
    void handle(
            RecordUnitReceiptCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            DeadlineManager deadlines,
            TicketPolicies policies) {
        requireOpen();
        boolean loanerClockRunning = loaner != null;
        engagement().recordUnitReceipt(command, actor, role);
        scheduleLoanerDeadlineIfStarted(loanerClockRunning, deadlines, policies);
    }

    @CommandHandler
    void handle(
            RecordDispatchCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireOpen();
        engagement().recordDispatch(command, actor, role, dispatchIds);
    }

    /** M1: the fee is recorded on the ticket, open or closed; the ticket knows its contract (T13). */
    @CommandHandler
    void handle(RecordInstallationGuidanceFeeCommand command, @MetaDataValue(ActorMetadata.ROLE) String role) {
        apply(guidanceFees.record(command, role, request, underServiceContract, slaTerms));
    }

    @CommandHandler
    void handle(SubmitServiceReportCommand command, @MetaDataValue(ActorMetadata.USER_ID) String actor) {
        requireOpen();
        engagement().submitReport(command, actor);
    }

    @CommandHandler
    void handle(ReportDepartureCommand command, @MetaDataValue(ActorMetadata.USER_ID) String actor) {
        requireOpen();
        engagement().reportDeparture(command, actor);
    }

    // ---------------------------------------------------------------- the logistics case (T5)

    @CommandHandler
    void handle(RecordLogisticsResolutionCommand command, @MetaDataValue(ActorMetadata.USER_ID) String actor) {
        requireOpen();
        require(
                department == Department.LOGISTICS,
                TicketRule.NOT_A_LOGISTICS_TICKET,
                "only a logistics ticket has a logistics resolution");
        require(logisticsCase != null, TicketRule.NO_LOGISTICS_HANDLER, "no logistics handler is assigned yet");
        logisticsCase.recordResolution(command, actor);
    }

    // ---------------------------------------------------------------- T8 difficult case

    @CommandHandler
    void handle(OpenDifficultCaseCommand command) {
        requireOpen();
        require(difficultCase == null, TicketRule.CASE_ALREADY_OPEN, "a difficult-case file is already open");
        DifficultCase.open(ticketId, command);
    }

    @CommandHandler
    void handle(EscalateDifficultCaseCommand command, Superiors superiors) {
        requireOpen();
        require(difficultCase != null, TicketRule.NO_CASE_FILE, "open a difficult-case file before escalating");
        difficultCase.escalate(command, superiors);
    }

    // ---------------------------------------------------------------- T9 confirmation and closing

    @CommandHandler
    void handle(
            ConfirmServiceCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireOpen();
        currentService().confirm(command, actor, role);
    }

    // ---------------------------------------------------------------- T6/T9 the repair order

    /**
     * T6/R1: the unit in the workshop gets a repair order. Public: the repair order's intake calls it
     * on the loaded ticket in the unit of work that creates the order.
     */
    @CommandHandler
    public void handle(LinkRepairOrderCommand command) {
        requireOpen();
        engagement().requireUnitInWorkshop();
        require(
                command.serialNumber().equals(serialNumber),
                TicketRule.REPAIR_ORDER_OF_ANOTHER_UNIT,
                "the ticket's unit is " + serialNumber + ", not " + command.serialNumber());
        repairLinks.requireNoneOpen(TicketRule.REPAIR_ORDER_ALREADY_OPEN);
        apply(new RepairOrderLinkedEvent(ticketId, command.repairOrderId()));
    }

    /** T9/R8: the order's completion, sent by the system; a redelivered one changes nothing. */
    @CommandHandler
    void handle(RecordRepairOutcomeCommand command) {
        repairLinks.requireLinked(command.repairOrderId());
        if (!repairLinks.isCompleted(command.repairOrderId())) {
            apply(new RepairOutcomeRecordedEvent(
                    ticketId,
                    command.repairOrderId(),
                    command.completedOn(),
                    command.faultCategory(),
                    command.partsReplaced(),
                    command.warrantyExtendedUntil()));
        }
    }

    @CommandHandler
    void handle(CloseServiceTicketCommand command) {
        requireOpen();
        serviceToClose().requireDoneForClosing();
        repairLinks.requireNoneOpen(TicketRule.REPAIR_ORDER_OPEN);
        if (loaner != null) {
            loaner.requireReturnedBeforeClosing();
        }
        apply(new ServiceTicketClosedEvent(ticketId, command.closingNote()));
    }

    // ---------------------------------------------------------------- T10 loaner

    @CommandHandler
    void handle(ProvideLoanerCommand command) {
        requireOpen();
        require(
                loanerEligible(),
                TicketRule.LOANER_NOT_ELIGIBLE,
                "loaners are for URGENT tickets under a service contract");
        require(
                loaner != null,
                TicketRule.LOANER_NOT_DUE,
                "the loaner clock has not started: no arrival on site or unit receipt yet");
        loaner.provide(command, unitClass);
    }

    @CommandHandler
    void handle(ReturnLoanerCommand command) {
        require(loaner != null, TicketRule.NO_LOANER_OUT, "no loaner was ever due on this ticket");
        loaner.returnLoaner(command);
    }

    // ---------------------------------------------------------------- T14 hold

    @CommandHandler
    void handle(
            PauseSlaCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            SlaCalendar calendar) {
        requireOpen();
        requireOwnTicketIfEngineer(actor, role, TicketRule.PAUSE_NOT_BY_THE_ASSIGNED_ENGINEER);
        require(command.reason() != null, TicketRule.PAUSE_REASON_REQUIRED, "why the ticket waits is required");
        require(!clocks.onHold(), TicketRule.ALREADY_ON_HOLD, "the ticket is on hold since " + clocks.pausedAt());
        Map<SlaClock, Duration> timeLeft = clocks.timeLeftAt(command.pausedAt(), slaTime(calendar));
        require(!timeLeft.isEmpty(), TicketRule.NOTHING_TO_PAUSE, "no SLA clock of this ticket is running");
        apply(new SlaPausedEvent(ticketId, command.reason(), command.note(), command.pausedAt(), timeLeft));
    }

    @CommandHandler
    void handle(
            ResumeSlaCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            SlaCalendar calendar,
            DeadlineManager deadlines) {
        requireOpen();
        requireOwnTicketIfEngineer(actor, role, TicketRule.PAUSE_NOT_BY_THE_ASSIGNED_ENGINEER);
        require(clocks.onHold(), TicketRule.NOT_ON_HOLD, "the ticket is not on hold");
        require(
                !command.resumedAt().isBefore(clocks.pausedAt()),
                TicketRule.RESUME_BEFORE_PAUSE,
                "the hold began at " + clocks.pausedAt());
        SlaTime time = slaTime(calendar);
        Map<SlaClock, Instant> dueAt = clocks.dueAfterResumingAt(command.resumedAt(), time);
        apply(new SlaResumedEvent(
                ticketId,
                command.note(),
                command.resumedAt(),
                Duration.between(clocks.pausedAt(), command.resumedAt()),
                dueAt,
                time.calendarVersion()));
        scheduleSlaDeadlines(dueAt, deadlines);
    }

    /** T13: a contract may count its clocks in business hours; everything else runs round the clock. */
    private SlaTime slaTime(SlaCalendar calendar) {
        return slaTerms.businessHours() ? calendar.businessHours() : SlaTime.ROUND_THE_CLOCK;
    }

    private void requireOwnTicketIfEngineer(String actor, String role, TicketRule rule) {
        if (CurrentService.isEngineer(role)) {
            currentService().requireOwnTicketIfEngineer(actor, role, rule);
        }
    }

    // ---------------------------------------------------------------- T11 callback, T12 software

    @CommandHandler
    void handle(RecordCallbackCommand command) {
        require(closedAt != null, TicketRule.NOT_CLOSED, "callbacks follow the closing of a ticket");
        require(command.method() != null, TicketRule.METHOD_REQUIRED, "the callback method is required");
        require(
                command.satisfaction() >= 1 && command.satisfaction() <= 5,
                TicketRule.CALLBACK_RATING_OUT_OF_RANGE,
                "customer satisfaction is rated 1 to 5");
        require(
                !command.complaintRaised()
                        || (command.complaintSummary() != null
                                && !command.complaintSummary().isBlank()),
                TicketRule.COMPLAINT_SUMMARY_REQUIRED,
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
        require(productKind == ProductKind.SOFTWARE, TicketRule.NOT_SOFTWARE, "only software requests are classified");
        require(command.requestClass() != null, TicketRule.CLASS_REQUIRED, "BUG, REQUIREMENT or OTHER");
        require(
                command.priority() >= 1 && command.priority() <= 5,
                TicketRule.PRIORITY_OUT_OF_RANGE,
                "priority is 1 (highest) to 5");
        require(
                command.requestClass() != SoftwareRequestClass.REQUIREMENT || command.evaluation() != null,
                TicketRule.EVALUATION_REQUIRED,
                "a requirement is evaluated: generality, fit, effort, deadline, charge");
        apply(new SoftwareRequestClassifiedEvent(
                ticketId, command.requestClass(), command.priority(), command.evaluation()));
    }

    // ---------------------------------------------------------------- deadlines

    /*
     * Deadlines are never cancelled: one may fire a little after its due time, and a step
     * recorded in that gap is still late. The handlers judge by the recorded times (T3, T6, T10).
     */
    @DeadlineHandler(deadlineName = SlaDeadline.RESPONSE)
    void responseDeadlinePassed(SlaDeadline deadline) {
        slaDeadlinePassed(deadline);
    }

    /** A ticket solved and closed before the plan was due needed no plan. */
    @DeadlineHandler(deadlineName = SlaDeadline.PLAN)
    void planDeadlinePassed(SlaDeadline deadline) {
        slaDeadlinePassed(deadline);
    }

    @DeadlineHandler(deadlineName = SlaDeadline.ON_SITE)
    void onSiteDeadlinePassed(SlaDeadline deadline) {
        slaDeadlinePassed(deadline);
    }

    @DeadlineHandler(deadlineName = SlaDeadline.FIX)
    void fixDeadlinePassed(SlaDeadline deadline) {
        slaDeadlinePassed(deadline);
    }

    private void slaDeadlinePassed(SlaDeadline deadline) {
        if (clocks.breachedAt(deadline.clock(), deadline.dueAt())) {
            apply(new SlaBreachedEvent(ticketId, deadline.clock(), deadline.dueAt()));
        }
    }

    private static void scheduleSlaDeadlines(Map<SlaClock, Instant> dueAt, DeadlineManager deadlines) {
        dueAt.forEach((clock, due) -> {
            SlaDeadline deadline = new SlaDeadline(clock, due);
            deadlines.schedule(due, deadline.name(), deadline);
        });
    }

    /**
     * T6: judged for the engagement that holds this deadline's date now. One of a superseded date
     * records nothing, and two deadlines of one date (a reassignment that kept it) record once. A
     * closed ticket needs no check of its own: it closed with this engagement's report.
     */
    @DeadlineHandler(deadlineName = InstallationDeadline.NAME)
    void installationDeadlinePassed(InstallationDeadline deadline) {
        SlaBreachedEvent breach = new SlaBreachedEvent(ticketId, SlaClock.INSTALLATION, deadline.dueAt());
        if (engagement != null
                && engagement.installationDueOn(deadline.contractDeadline())
                && notBy(engagement.reportedAt(), deadline.dueAt())
                && !breaches.contains(breach)) {
            apply(breach);
        }
    }

    /** T10: the unit counts as fixed with a service report of the current engagement, or the closing. */
    @DeadlineHandler(deadlineName = LoanerDeadline.NAME)
    void loanerDeadlinePassed(LoanerDeadline deadline) {
        Instant reportedAt = engagement == null ? null : engagement.reportedAt();
        if (notBy(reportedAt, deadline.dueAt()) && notBy(closedAt, deadline.dueAt())) {
            loaner.clockRanOut(deadline.dueAt());
        }
    }

    private void scheduleLoanerDeadlineIfStarted(
            boolean wasRunning, DeadlineManager deadlines, TicketPolicies policies) {
        if (!wasRunning && loaner != null) {
            // The ticket keeps the policy version it was registered under; only tickets from before
            // policy versions have no loaner term of their own and follow the current policy.
            Duration after = slaTerms.loanerAfterArrival() != null
                    ? slaTerms.loanerAfterArrival()
                    : policies.current().policy().loanerAfterArrival();
            Instant due = loaner.clockStartedAt().plus(after);
            deadlines.schedule(
                    due, LoanerDeadline.NAME, new LoanerDeadline(loaner.clockStartedAt(), loaner.startedBy(), due));
        }
    }

    private static boolean notBy(Instant doneAt, Instant dueAt) {
        return doneAt == null || doneAt.isAfter(dueAt);
    }

    // ---------------------------------------------------------------- helpers

    private void requireOpen() {
        require(closedAt == null, TicketRule.TICKET_CLOSED, "the ticket is closed");
    }

    private Engagement engagement() {
        require(engagement != null, TicketRule.NOT_ASSIGNED, "no engineer is assigned yet");
        return engagement;
    }

    /** At most one of engagement and logistics case exists: the department decides which. */
    private CurrentService currentService() {
        if (logisticsCase != null) {
            return logisticsCase;
        }
        require(
                department != Department.LOGISTICS,
                TicketRule.NO_LOGISTICS_HANDLER,
                "no logistics handler is assigned yet");
        return engagement();
    }

    private CurrentService serviceToClose() {
        if (logisticsCase != null) {
            return logisticsCase;
        }
        require(
                department != Department.LOGISTICS,
                TicketRule.RESOLUTION_MISSING,
                "a logistics ticket closes only with its resolution");
        require(
                engagement != null,
                TicketRule.REPORT_MISSING,
                "a ticket closes only with the engineer's service report");
        return engagement;
    }

    private boolean loanerEligible() {
        return urgency == Urgency.URGENT && underServiceContract;
    }

    // ---------------------------------------------------------------- event sourcing

    @EventSourcingHandler
    void on(ServiceTicketRegisteredEvent event) {
        ticketId = event.ticketId();
        request = event.request();
        urgency = event.urgency();
        productKind = event.product().kind();
        unitClass = event.product().unitClass();
        serialNumber = event.product().serialNumber();
        underServiceContract = event.underServiceContract();
        slaTerms = event.slaTerms();
        clocks.start(SlaClock.RESPONSE, event.responseDueAt());
        clocks.start(SlaClock.PLAN, event.planDueAt());
        clocks.start(SlaClock.ON_SITE, event.onSiteDueAt());
        clocks.start(SlaClock.FIX, event.fixDueAt());
    }

    /** T5: the new department serves the ticket anew. */
    @EventSourcingHandler
    void on(ServiceTicketRoutedEvent event) {
        department = event.department();
        engagement = null;
        logisticsCase = null;
    }

    @EventSourcingHandler
    void on(EngineerAssignedEvent event, @Timestamp Instant at) {
        engagement = Engagement.of(event);
        respondedAt(at);
    }

    /** Axon hands the event to the root first, then to the case it has just created here. */
    @EventSourcingHandler
    void on(LogisticsHandlerAssignedEvent event, @Timestamp Instant at) {
        if (logisticsCase == null) {
            logisticsCase = new LogisticsCase(ticketId);
        }
        respondedAt(at);
    }

    private void respondedAt(Instant at) {
        clocks.stop(SlaClock.RESPONSE, at);
    }

    @EventSourcingHandler
    void on(ServiceModeChangedEvent event) {
        // Before re-routing ended the engagement, histories could transfer the mode of a ticket
        // already re-routed; such a transfer belongs to no service now, and replay must not fail.
        if (engagement != null) {
            engagement = engagement.transferred(event);
        }
    }

    @EventSourcingHandler
    void on(ServicePlanRecordedEvent event, @Timestamp Instant at) {
        clocks.stop(SlaClock.PLAN, at);
    }

    @EventSourcingHandler
    void on(EngineerArrivedEvent event) {
        clocks.stop(SlaClock.ON_SITE, event.arrivedAt());
        startLoanerClock(event.arrivedAt(), LoanerClockStart.ARRIVAL);
    }

    /**
     * T13: the unit counts as fixed with the first service report or logistics resolution; a unit
     * fixed without anyone on site (remotely, in the workshop) needs no visit any more.
     */
    @EventSourcingHandler
    void on(ServiceReportSubmittedEvent event, @Timestamp Instant at) {
        fixed(at);
    }

    @EventSourcingHandler
    void on(LogisticsResolutionRecordedEvent event, @Timestamp Instant at) {
        fixed(at);
    }

    private void fixed(Instant at) {
        clocks.stop(SlaClock.FIX, at);
        clocks.stop(SlaClock.ON_SITE, at);
    }

    @EventSourcingHandler
    void on(SlaPausedEvent event) {
        clocks.paused(event);
    }

    @EventSourcingHandler
    void on(SlaResumedEvent event) {
        clocks.resumed(event);
    }

    @EventSourcingHandler
    void on(UnitReceivedEvent event) {
        startLoanerClock(event.receivedAt(), LoanerClockStart.UNIT_RECEIPT);
    }

    private void startLoanerClock(Instant at, LoanerClockStart startedBy) {
        if (loaner == null && loanerEligible()) {
            loaner = new Loaner(ticketId, at, startedBy);
        }
    }

    @EventSourcingHandler
    void on(RepairOrderLinkedEvent event) {
        repairLinks.linked(event.repairOrderId());
    }

    @EventSourcingHandler
    void on(RepairOutcomeRecordedEvent event) {
        repairLinks.completed(event.repairOrderId());
    }

    @EventSourcingHandler
    void on(EngineerDispatchedEvent event) {
        dispatchIds.add(event.dispatchId());
    }

    @EventSourcingHandler
    void on(InstallationGuidanceFeeRecordedEvent event) {
        guidanceFees.recorded(event);
    }

    @EventSourcingHandler
    void on(DifficultCaseOpenedEvent event) {
        difficultCase = new DifficultCase(ticketId, event.responsiblePerson());
    }

    @EventSourcingHandler
    void on(SlaBreachedEvent event) {
        breaches.add(event);
    }

    @EventSourcingHandler
    void on(ServiceTicketClosedEvent event, @Timestamp Instant at) {
        closedAt = at;
        clocks.close(at);
    }
}

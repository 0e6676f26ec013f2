package com.aftersales.command.repair;

import static com.aftersales.command.repair.RepairRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.calendar.CalendarId;
import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.UserId;
import com.aftersales.api.repair.ApproveReInspectionCommand;
import com.aftersales.api.repair.ApproveRepairReportCommand;
import com.aftersales.api.repair.AttachmentRef;
import com.aftersales.api.repair.CauseFlags;
import com.aftersales.api.repair.ConfirmQuoteCommand;
import com.aftersales.api.repair.CustomerNotifiedEvent;
import com.aftersales.api.repair.DecideExchangeCommand;
import com.aftersales.api.repair.DecideRefundCommand;
import com.aftersales.api.repair.DiagnoseRepairCommand;
import com.aftersales.api.repair.ExchangeDecidedEvent;
import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.OpenRepairOrderCommand;
import com.aftersales.api.repair.OutsourcedRepairChaseDueEvent;
import com.aftersales.api.repair.OutsourcedRepairReturnedEvent;
import com.aftersales.api.repair.OutsourcedRepairSentEvent;
import com.aftersales.api.repair.QcStage;
import com.aftersales.api.repair.QuoteConfirmedEvent;
import com.aftersales.api.repair.QuoteRepairCommand;
import com.aftersales.api.repair.ReInspectionApprovedEvent;
import com.aftersales.api.repair.ReInspectionRejectedEvent;
import com.aftersales.api.repair.ReInspectionRequestedEvent;
import com.aftersales.api.repair.RecordCustomerNoticeCommand;
import com.aftersales.api.repair.RecordOutsourcedReturnCommand;
import com.aftersales.api.repair.RecordQcInspectionCommand;
import com.aftersales.api.repair.RecordRepairPaymentCommand;
import com.aftersales.api.repair.RecordRepairWorkCommand;
import com.aftersales.api.repair.RecordSamplingInspectionCommand;
import com.aftersales.api.repair.RecordSelfCheckCommand;
import com.aftersales.api.repair.RefundDecidedEvent;
import com.aftersales.api.repair.RejectReInspectionCommand;
import com.aftersales.api.repair.RepairClock;
import com.aftersales.api.repair.RepairClockBreachedEvent;
import com.aftersales.api.repair.RepairDiagnosedEvent;
import com.aftersales.api.repair.RepairOrderCompletedEvent;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.repair.RepairOrderOpenedEvent;
import com.aftersales.api.repair.RepairOrderState;
import com.aftersales.api.repair.RepairPaymentRecordedEvent;
import com.aftersales.api.repair.RepairQcFailedEvent;
import com.aftersales.api.repair.RepairQcPassedEvent;
import com.aftersales.api.repair.RepairQuote;
import com.aftersales.api.repair.RepairQuotedEvent;
import com.aftersales.api.repair.RepairReportApprovedEvent;
import com.aftersales.api.repair.RepairReturnShippedEvent;
import com.aftersales.api.repair.RepairSamplingPassedEvent;
import com.aftersales.api.repair.RepairSelfCheckedEvent;
import com.aftersales.api.repair.RepairWorkRecordedEvent;
import com.aftersales.api.repair.RepeatRepairDetectedEvent;
import com.aftersales.api.repair.RequestReInspectionCommand;
import com.aftersales.api.repair.Responsibility;
import com.aftersales.api.repair.SendToOutsourcedRepairCommand;
import com.aftersales.api.repair.ShipRepairedUnitCommand;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.command.calendar.Calendars;
import com.aftersales.command.calendar.WorkingCalendar;
import com.aftersales.command.serial.RegisteredSerial;
import com.aftersales.command.serial.SerialRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * A repair order (维修服务单, R1–R14) as a state machine ({@link RepairOrderState}): intake,
 * diagnosis with its responsibility decision and repeat detection, re-inspection, the paid repair's
 * quote and payment, outsourcing, work, self-check, QC, sampling, the report's approval and the
 * return; or an exchange or refund instead. The pure decisions live in classes of their own
 * ({@link ResponsibilityDetermination}, {@link RepeatDetection}, {@link RepairTariff}, {@link
 * Sampling}, {@link Remedies}); the clocks' state in {@link RepairClocks}. Only event-sourcing
 * handlers change state; time enters through commands and fired deadlines.
 */
@Aggregate
public class RepairOrder {

    @AggregateIdentifier
    private RepairOrderId repairOrderId;

    private String serialNumber;
    private String model;
    private Urgency urgency;
    private Instant receivedAt;
    private RepairOrderState state;
    private UserId engineerId;
    private final RepairClocks clocks = new RepairClocks();

    private int diagnoses;
    private UserId diagnosedBy;
    private FaultType faultType;
    private String faultCategory;
    private String description;
    private List<String> partsToReplace = List.of();
    private Responsibility responsibility;
    private final Set<RepairOrderId> repeatOf = new HashSet<>();

    private int reInspections;
    private RepairOrderState disputedIn;
    private BigDecimal quotedTotal;
    private BigDecimal confirmedTotal;

    private int handOvers;
    private String stationName;
    private String stationThatCouldNotRepair;

    private int workRound;
    private UserId repairedBy;
    private List<String> partsReplaced = List.of();
    private int reportExtensionMonths;
    private int reportPolicyVersion;

    protected RepairOrder() {
        // for event sourcing
    }

    RepairOrder(
            OpenRepairOrderCommand command,
            String model,
            List<AttachmentRef> attachments,
            Instant diagnosisDueAt,
            int policyVersion,
            DeadlineManager deadlines) {
        apply(new RepairOrderOpenedEvent(
                command.repairOrderId(),
                command.ticketId(),
                command.customerId(),
                command.serialNumber(),
                model,
                command.urgency(),
                command.receivedAt(),
                command.inspection(),
                attachments,
                command.engineerId(),
                diagnosisDueAt,
                policyVersion));
        schedule(RepairClock.DIAGNOSIS, diagnosisDueAt, deadlines);
    }

    // ---------------------------------------------------------------- R3 diagnosis, R12 repeats

    @CommandHandler
    void handle(
            DiagnoseRepairCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            SerialRegistry serials,
            FaultCategories categories,
            RepairPolicies policies,
            Calendars calendars,
            DeadlineManager deadlines) {
        require(
                state == RepairOrderState.AWAITING_DIAGNOSIS,
                RepairRule.NOT_AWAITING_DIAGNOSIS,
                "the order is " + state);
        require(
                engineerId.value().equals(actor),
                RepairRule.DIAGNOSIS_NOT_BY_THE_ASSIGNED_ENGINEER,
                "only the assigned engineer " + engineerId + " diagnoses");
        require(
                command.faultType() != null
                        && hasText(command.faultCategory())
                        && hasText(command.description())
                        && command.diagnosedAt() != null,
                RepairRule.DIAGNOSIS_INCOMPLETE,
                "a diagnosis names the fault type, the fault category and what was found, and when");
        require(
                categories.isActive(command.faultCategory()),
                RepairRule.FAULT_CATEGORY_NOT_ACTIVE,
                command.faultCategory() + " is not an active fault category");
        CauseFlags causes = command.causes() == null ? CauseFlags.NONE : command.causes();
        require(
                !causes.supplierCaused() || hasText(causes.supplierName()),
                RepairRule.SUPPLIER_REQUIRED,
                "a supplier's part or product names the supplier");
        RegisteredSerial serial = registered(serials);
        RepairPolicy policy = policies.current();
        WorkingCalendar calendar = calendars.current(CalendarId.COMPANY);
        ZoneId zone = calendar.zone();
        LocalDate diagnosedOn = command.diagnosedAt().atZone(zone).toLocalDate();
        List<String> parts = command.partsToReplace() == null ? List.of() : command.partsToReplace();
        Responsibility decided =
                ResponsibilityDetermination.determine(serial, diagnosedOn, command.faultType(), causes, policy);
        LocalDate noticeDueOn = calendar.addWorkingDays(diagnosedOn, policy.customerNoticeWorkingDays());
        LocalDate repairDueOn = null;
        if (!clocks.repairClockRuns()
                && decided.warranty().inWarranty()
                && !decided.payer().customerPays()) {
            int days = urgency == Urgency.URGENT ? policy.urgentRepairWorkingDays() : policy.repairWorkingDays();
            repairDueOn = calendar.addWorkingDays(receivedAt.atZone(zone).toLocalDate(), days);
        }
        Instant repairDueAt = repairDueOn == null ? null : endOf(repairDueOn, zone);
        apply(new RepairDiagnosedEvent(
                repairOrderId,
                diagnoses + 1,
                engineerId,
                command.diagnosedAt(),
                diagnosedOn,
                command.faultType(),
                command.faultCategory(),
                command.description(),
                parts,
                decided,
                endOf(noticeDueOn, zone),
                repairDueOn,
                repairDueAt,
                calendar.version()));
        RepeatDetection.repeats(
                        new RepeatDetection.Diagnosis(
                                repairOrderId, serialNumber, command.faultCategory(), parts, diagnosedOn, engineerId),
                        serial.completedRepairs(),
                        repeatOf,
                        policy)
                .forEach(repeat -> apply(repeat));
        schedule(RepairClock.CUSTOMER_NOTICE, endOf(noticeDueOn, zone), deadlines);
        if (repairDueAt != null) {
            schedule(RepairClock.REPAIR, repairDueAt, deadlines);
        }
    }

    @CommandHandler
    void handle(RecordCustomerNoticeCommand command) {
        requireOpen();
        require(clocks.noticeDue(), RepairRule.NOTHING_TO_NOTIFY, "no diagnosis waits for its customer notice");
        require(
                command.notifiedAt() != null
                        && hasText(command.channel())
                        && hasText(command.plan())
                        && command.estimatedCost() != null
                        && command.estimatedCost().signum() >= 0
                        && command.readyBy() != null,
                RepairRule.NOTICE_INCOMPLETE,
                "the notice says when and how the customer was told, the plan, the cost and the ready-by date");
        apply(new CustomerNotifiedEvent(
                repairOrderId,
                command.notifiedAt(),
                command.channel(),
                description,
                responsibility.path(),
                command.plan(),
                command.estimatedCost(),
                command.readyBy()));
    }

    // ---------------------------------------------------------------- R4 re-inspection

    @CommandHandler
    void handle(RequestReInspectionCommand command, RepairPolicies policies) {
        requireOpen();
        require(
                DISPUTABLE.contains(state),
                RepairRule.NOTHING_TO_DISPUTE,
                "a re-inspection disputes a diagnosis before the repair begins; the order is " + state);
        require(hasText(command.reason()), RepairRule.REASON_REQUIRED, "the customer's reason is required");
        int limit = policies.current().reInspectionLimit();
        require(
                reInspections < limit,
                RepairRule.RE_INSPECTION_LIMIT_REACHED,
                "the policy allows " + limit + " re-inspection(s) and " + reInspections + " were requested");
        apply(new ReInspectionRequestedEvent(repairOrderId, reInspections + 1, command.reason()));
    }

    @CommandHandler
    void handle(ApproveReInspectionCommand command, @MetaDataValue(ActorMetadata.USER_ID) String actor) {
        requireReInspectionDecidable(actor);
        apply(new ReInspectionApprovedEvent(
                repairOrderId,
                new UserId(actor),
                command.engineerId() == null ? engineerId : command.engineerId(),
                command.note()));
    }

    @CommandHandler
    void handle(RejectReInspectionCommand command, @MetaDataValue(ActorMetadata.USER_ID) String actor) {
        requireReInspectionDecidable(actor);
        require(hasText(command.reason()), RepairRule.REASON_REQUIRED, "why the diagnosis stands is required");
        apply(new ReInspectionRejectedEvent(repairOrderId, new UserId(actor), command.reason()));
    }

    private void requireReInspectionDecidable(String actor) {
        require(
                state == RepairOrderState.RE_INSPECTION_REQUESTED,
                RepairRule.NO_RE_INSPECTION_REQUESTED,
                "no re-inspection is requested");
        require(
                !diagnosedBy.value().equals(actor),
                RepairRule.RE_INSPECTION_DECIDED_BY_THE_DIAGNOSING_ENGINEER,
                "the engineer whose diagnosis is disputed does not decide about it");
    }

    // ---------------------------------------------------------------- R5 paid repair

    @CommandHandler
    void handle(QuoteRepairCommand command, RepairPolicies policies) {
        require(
                responsibility == null || responsibility.payer().customerPays(),
                RepairRule.NOT_A_PAID_REPAIR,
                "the " + (responsibility == null ? null : responsibility.payer()) + " pays this repair");
        require(state == RepairOrderState.AWAITING_QUOTE, RepairRule.NOT_AWAITING_QUOTE, "the order is " + state);
        require(Remedies.validQuote(command), RepairRule.QUOTE_INVALID, "parts, hours, level, difficulty and travel");
        RepairPolicy policy = policies.current();
        RepairQuote quote = RepairTariff.quote(
                command.parts(),
                command.labourHours(),
                command.engineerLevel(),
                command.difficulty(),
                command.travel(),
                policy.managementFeePercent());
        apply(new RepairQuotedEvent(repairOrderId, quote, policy.version()));
    }

    @CommandHandler
    void handle(ConfirmQuoteCommand command) {
        require(
                state == RepairOrderState.AWAITING_CONFIRMATION,
                RepairRule.NOT_AWAITING_CONFIRMATION,
                "no quote waits for the customer's confirmation");
        apply(new QuoteConfirmedEvent(repairOrderId, quotedTotal, command.confirmedAt(), command.channel()));
    }

    @CommandHandler
    void handle(RecordRepairPaymentCommand command) {
        require(state == RepairOrderState.AWAITING_PAYMENT, RepairRule.NOT_AWAITING_PAYMENT, "the order is " + state);
        require(
                command.amount() != null
                        && command.amount().compareTo(confirmedTotal) == 0
                        && hasText(command.reference()),
                RepairRule.PAYMENT_MISMATCH,
                "the payment is the confirmed total " + confirmedTotal + ", with its receipt reference");
        apply(new RepairPaymentRecordedEvent(repairOrderId, confirmedTotal, command.reference(), command.paidAt()));
    }

    // ---------------------------------------------------------------- R7 outsourced repair

    @CommandHandler
    void handle(
            SendToOutsourcedRepairCommand command,
            RepairPolicies policies,
            Calendars calendars,
            DeadlineManager deadlines) {
        requireReadyForRepair();
        require(
                hasText(command.reason())
                        && hasText(command.stationName())
                        && hasText(command.stationContact())
                        && hasText(command.pickUpVoucherNumber())
                        && command.sentAt() != null,
                RepairRule.HAND_OVER_INCOMPLETE,
                "why the company cannot repair it, the station, its contact and the pick-up voucher");
        require(
                !command.stationName().equals(stationThatCouldNotRepair),
                RepairRule.SAME_STATION_AGAIN,
                command.stationName() + " could not repair it: choose another station");
        RepairPolicy policy = policies.current();
        WorkingCalendar calendar = calendars.current(CalendarId.COMPANY);
        LocalDate sentOn = command.sentAt().atZone(calendar.zone()).toLocalDate();
        LocalDate firstChaseOn = calendar.addWorkingDays(sentOn, policy.outsourceChaseWorkingDays());
        apply(new OutsourcedRepairSentEvent(
                repairOrderId,
                handOvers + 1,
                command.stationName(),
                command.stationContact(),
                command.pickUpVoucherNumber(),
                command.reason(),
                command.sentAt(),
                firstChaseOn,
                policy.version()));
        scheduleChase(new ChaseDeadline(handOvers, 1, firstChaseOn), calendar.zone(), deadlines);
    }

    @CommandHandler
    void handle(RecordOutsourcedReturnCommand command) {
        require(state == RepairOrderState.OUTSOURCED, RepairRule.NOT_AT_A_STATION, "the unit is not at a station");
        require(
                hasText(command.stationReport()) && command.returnedAt() != null,
                RepairRule.HAND_OVER_INCOMPLETE,
                "what the station did, and when the unit came back");
        apply(new OutsourcedRepairReturnedEvent(
                repairOrderId, handOvers, command.repaired(), command.stationReport(), command.returnedAt()));
    }

    /** R7: while hand-over {@code deadline.handOver()} is out, a chase is due; the next one is scheduled. */
    @DeadlineHandler(deadlineName = ChaseDeadline.NAME)
    void chaseDue(ChaseDeadline deadline, RepairPolicies policies, Calendars calendars, DeadlineManager deadlines) {
        if (state == RepairOrderState.OUTSOURCED && handOvers == deadline.handOver()) {
            apply(new OutsourcedRepairChaseDueEvent(
                    repairOrderId, deadline.handOver(), deadline.chase(), deadline.dueOn()));
            WorkingCalendar calendar = calendars.current(CalendarId.COMPANY);
            LocalDate next =
                    calendar.addWorkingDays(deadline.dueOn(), policies.current().outsourceChaseWorkingDays());
            scheduleChase(
                    new ChaseDeadline(deadline.handOver(), deadline.chase() + 1, next), calendar.zone(), deadlines);
        }
    }

    // ---------------------------------------------------------------- R8 work and quality gate, R14

    @CommandHandler
    void handle(RecordRepairWorkCommand command, @MetaDataValue(ActorMetadata.USER_ID) String actor) {
        requireReadyForRepair();
        require(
                engineerId.value().equals(actor),
                RepairRule.WORK_NOT_BY_THE_ASSIGNED_ENGINEER,
                "only the assigned engineer " + engineerId + " records the repair");
        require(hasText(command.workDone()), RepairRule.WORK_INCOMPLETE, "what was done is required");
        apply(new RepairWorkRecordedEvent(
                repairOrderId,
                workRound + 1,
                engineerId,
                command.partsReplaced() == null ? List.of() : command.partsReplaced(),
                command.workDone()));
    }

    @CommandHandler
    void handle(RecordSelfCheckCommand command, @MetaDataValue(ActorMetadata.USER_ID) String actor) {
        require(
                state == RepairOrderState.AWAITING_SELF_CHECK,
                RepairRule.NOT_AWAITING_SELF_CHECK,
                "no recorded work waits for its self-check");
        require(
                repairedBy.value().equals(actor),
                RepairRule.WORK_NOT_BY_THE_ASSIGNED_ENGINEER,
                "the repairing engineer " + repairedBy + " checks their own work");
        require(hasText(command.checks()), RepairRule.CHECKS_REQUIRED, "what was checked is required");
        apply(new RepairSelfCheckedEvent(repairOrderId, workRound, repairedBy, command.checks()));
    }

    @CommandHandler
    void handle(
            RecordQcInspectionCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            RepairPolicies policies) {
        require(
                state == RepairOrderState.AWAITING_QC,
                RepairRule.NOT_AWAITING_QC,
                "no self-checked repair waits for QC");
        require(
                !repairedBy.value().equals(actor),
                RepairRule.QC_BY_THE_REPAIRING_ENGINEER,
                "QC is done by someone other than the repairing engineer");
        require(hasText(command.findings()), RepairRule.CHECKS_REQUIRED, "what the inspection found is required");
        UserId inspector = new UserId(actor);
        if (command.passed()) {
            RepairPolicy policy = policies.current();
            int bucket = Sampling.bucket(repairOrderId);
            apply(new RepairQcPassedEvent(
                    repairOrderId,
                    workRound,
                    inspector,
                    repairedBy,
                    command.findings(),
                    bucket,
                    policy.samplingPercent(),
                    Sampling.sampled(bucket, policy.samplingPercent()),
                    policy.version()));
        } else {
            apply(new RepairQcFailedEvent(
                    repairOrderId, workRound, QcStage.QC, inspector, repairedBy, command.findings()));
        }
    }

    @CommandHandler
    void handle(RecordSamplingInspectionCommand command, @MetaDataValue(ActorMetadata.USER_ID) String actor) {
        require(
                state == RepairOrderState.AWAITING_SAMPLING,
                RepairRule.NOT_AWAITING_SAMPLING,
                "the repair was not sampled, or is not waiting for its sampling inspection");
        require(
                !repairedBy.value().equals(actor),
                RepairRule.SAMPLING_BY_THE_REPAIRING_ENGINEER,
                "the sampling inspection is done by someone other than the repairing engineer");
        require(hasText(command.findings()), RepairRule.CHECKS_REQUIRED, "what the inspection found is required");
        UserId inspector = new UserId(actor);
        if (command.passed()) {
            apply(new RepairSamplingPassedEvent(repairOrderId, workRound, inspector, repairedBy, command.findings()));
        } else {
            apply(new RepairQcFailedEvent(
                    repairOrderId, workRound, QcStage.SAMPLING, inspector, repairedBy, command.findings()));
        }
    }

    @CommandHandler
    void handle(
            ApproveRepairReportCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            RepairPolicies policies) {
        require(
                state == RepairOrderState.AWAITING_REPORT_APPROVAL,
                RepairRule.NOT_AWAITING_REPORT_APPROVAL,
                "no inspected repair waits for its report's approval");
        require(
                !repairedBy.value().equals(actor),
                RepairRule.REPORT_APPROVED_BY_THE_REPAIRING_ENGINEER,
                "the report is approved by a supervisor other than the repairing engineer");
        RepairPolicy policy = policies.current();
        apply(new RepairReportApprovedEvent(
                repairOrderId,
                new UserId(actor),
                repairedBy,
                description,
                partsReplaced,
                policy.warrantyExtensionMonths(),
                policy.version(),
                command.note()));
    }

    @CommandHandler
    void handle(ShipRepairedUnitCommand command, Calendars calendars) {
        requireOpen();
        require(
                state == RepairOrderState.AWAITING_RETURN,
                RepairRule.REPORT_NOT_APPROVED,
                "the unit goes back only with its approved repair report; the order is " + state);
        require(
                hasText(command.carrier()) && hasText(command.trackingNumber()) && command.shippedAt() != null,
                RepairRule.RETURN_INCOMPLETE,
                "the carrier and the tracking number of the return");
        LocalDate completedOn = command.shippedAt()
                .atZone(calendars.current(CalendarId.COMPANY).zone())
                .toLocalDate();
        apply(new RepairReturnShippedEvent(
                repairOrderId,
                command.carrier(),
                command.trackingNumber(),
                responsibility.warranty().inWarranty(),
                command.shippedAt()));
        apply(new RepairOrderCompletedEvent(
                repairOrderId,
                serialNumber,
                model,
                repairedBy,
                command.shippedAt(),
                completedOn,
                faultType,
                faultCategory,
                partsReplaced,
                completedOn.plusMonths(reportExtensionMonths),
                reportPolicyVersion));
    }

    // ---------------------------------------------------------------- R9 exchange, R10 refund

    @CommandHandler
    void handle(DecideExchangeCommand command, SerialRegistry serials, RepairPolicies policies, Calendars calendars) {
        requireOpen();
        WorkingCalendar calendar = calendars.current(CalendarId.COMPANY);
        apply(Remedies.exchange(command, facts(calendar.zone()), registered(serials), policies.current()));
    }

    @CommandHandler
    void handle(DecideRefundCommand command, SerialRegistry serials, RepairPolicies policies, Calendars calendars) {
        requireOpen();
        apply(Remedies.refund(
                command,
                facts(calendars.current(CalendarId.COMPANY).zone()),
                registered(serials),
                policies.current(),
                calendars.current(CalendarId.COMPANY)));
    }

    private Remedies.OrderFacts facts(ZoneId zone) {
        return new Remedies.OrderFacts(
                repairOrderId,
                receivedAt.atZone(zone).toLocalDate(),
                zone,
                diagnoses > 0,
                partsToReplace,
                clocks.repairDueOn());
    }

    // ---------------------------------------------------------------- clocks (R3, R6)

    @DeadlineHandler(deadlineName = RepairDeadline.DIAGNOSIS)
    void diagnosisDue(RepairDeadline deadline) {
        clockDue(deadline);
    }

    @DeadlineHandler(deadlineName = RepairDeadline.CUSTOMER_NOTICE)
    void customerNoticeDue(RepairDeadline deadline) {
        clockDue(deadline);
    }

    @DeadlineHandler(deadlineName = RepairDeadline.REPAIR)
    void repairDue(RepairDeadline deadline) {
        clockDue(deadline);
    }

    private void clockDue(RepairDeadline deadline) {
        if (clocks.breachedAt(deadline.clock(), deadline.dueAt())) {
            apply(new RepairClockBreachedEvent(repairOrderId, deadline.clock(), deadline.dueAt()));
        }
    }

    private static void schedule(RepairClock clock, Instant dueAt, DeadlineManager deadlines) {
        RepairDeadline deadline = new RepairDeadline(clock, dueAt);
        deadlines.schedule(dueAt, deadline.name(), deadline);
    }

    private static void scheduleChase(ChaseDeadline deadline, ZoneId zone, DeadlineManager deadlines) {
        deadlines.schedule(deadline.dueOn().atStartOfDay(zone).toInstant(), ChaseDeadline.NAME, deadline);
    }

    /** A day-counted clock is due when its last day is over: at the start of the next day. */
    private static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    // ---------------------------------------------------------------- helpers

    private static final Set<RepairOrderState> DISPUTABLE = Set.of(
            RepairOrderState.AWAITING_QUOTE,
            RepairOrderState.AWAITING_CONFIRMATION,
            RepairOrderState.AWAITING_PAYMENT,
            RepairOrderState.AWAITING_REPAIR);

    private static final Set<RepairOrderState> AWAITING_PAYMENT_STATES = Set.of(
            RepairOrderState.AWAITING_QUOTE, RepairOrderState.AWAITING_CONFIRMATION, RepairOrderState.AWAITING_PAYMENT);

    private static final Set<RepairOrderState> CLOSED =
            Set.of(RepairOrderState.COMPLETED, RepairOrderState.EXCHANGED, RepairOrderState.REFUNDED);

    private void requireOpen() {
        require(!CLOSED.contains(state), RepairRule.ORDER_CLOSED, "the repair order is " + state);
    }

    /** R5: a paid repair starts only once paid; R8 work (or a hand-over) needs a diagnosed order ready for it. */
    private void requireReadyForRepair() {
        require(
                !AWAITING_PAYMENT_STATES.contains(state),
                RepairRule.PAYMENT_REQUIRED,
                "the customer confirms the quote and pays before the repair starts");
        require(state == RepairOrderState.AWAITING_REPAIR, RepairRule.NOT_AWAITING_REPAIR, "the order is " + state);
    }

    private RegisteredSerial registered(SerialRegistry serials) {
        return serials.find(serialNumber)
                .orElseThrow(() ->
                        RepairRule.SERIAL_NOT_REGISTERED.violation(serialNumber + " is not in the serial registry"));
    }

    static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    // ---------------------------------------------------------------- event sourcing

    @EventSourcingHandler
    void on(RepairOrderOpenedEvent event) {
        repairOrderId = event.repairOrderId();
        serialNumber = event.serialNumber();
        model = event.model();
        urgency = event.urgency();
        receivedAt = event.receivedAt();
        engineerId = event.engineerId();
        state = RepairOrderState.AWAITING_DIAGNOSIS;
        clocks.start(RepairClock.DIAGNOSIS, event.diagnosisDueAt());
    }

    @EventSourcingHandler
    void on(RepairDiagnosedEvent event) {
        diagnoses = event.diagnosis();
        diagnosedBy = event.engineerId();
        faultType = event.faultType();
        faultCategory = event.faultCategory();
        description = event.description();
        partsToReplace = event.partsToReplace();
        responsibility = event.responsibility();
        clocks.diagnosed(event);
        state = responsibility.payer().customerPays()
                ? RepairOrderState.AWAITING_QUOTE
                : RepairOrderState.AWAITING_REPAIR;
    }

    @EventSourcingHandler
    void on(RepeatRepairDetectedEvent event) {
        repeatOf.add(event.earlierRepairOrderId());
    }

    @EventSourcingHandler
    void on(CustomerNotifiedEvent event) {
        clocks.notified(event.notifiedAt());
    }

    @EventSourcingHandler
    void on(RepairClockBreachedEvent event) {
        clocks.breached(event.clock(), event.dueAt());
    }

    @EventSourcingHandler
    void on(ReInspectionRequestedEvent event) {
        reInspections = event.request();
        disputedIn = state;
        state = RepairOrderState.RE_INSPECTION_REQUESTED;
    }

    @EventSourcingHandler
    void on(ReInspectionApprovedEvent event) {
        engineerId = event.engineerId();
        quotedTotal = null;
        confirmedTotal = null;
        state = RepairOrderState.AWAITING_DIAGNOSIS;
    }

    @EventSourcingHandler
    void on(ReInspectionRejectedEvent event) {
        state = disputedIn;
    }

    @EventSourcingHandler
    void on(RepairQuotedEvent event) {
        quotedTotal = event.quote().total();
        state = RepairOrderState.AWAITING_CONFIRMATION;
    }

    @EventSourcingHandler
    void on(QuoteConfirmedEvent event) {
        confirmedTotal = event.total();
        state = RepairOrderState.AWAITING_PAYMENT;
    }

    @EventSourcingHandler
    void on(RepairPaymentRecordedEvent event) {
        state = RepairOrderState.AWAITING_REPAIR;
    }

    @EventSourcingHandler
    void on(OutsourcedRepairSentEvent event) {
        handOvers = event.handOver();
        stationName = event.stationName();
        state = RepairOrderState.OUTSOURCED;
    }

    @EventSourcingHandler
    void on(OutsourcedRepairReturnedEvent event) {
        if (!event.repaired()) {
            stationThatCouldNotRepair = stationName;
        }
        state = RepairOrderState.AWAITING_REPAIR;
    }

    @EventSourcingHandler
    void on(RepairWorkRecordedEvent event) {
        workRound = event.round();
        repairedBy = event.engineerId();
        partsReplaced = event.partsReplaced();
        state = RepairOrderState.AWAITING_SELF_CHECK;
    }

    @EventSourcingHandler
    void on(RepairSelfCheckedEvent event) {
        state = RepairOrderState.AWAITING_QC;
    }

    @EventSourcingHandler
    void on(RepairQcPassedEvent event) {
        state = event.sampled() ? RepairOrderState.AWAITING_SAMPLING : RepairOrderState.AWAITING_REPORT_APPROVAL;
    }

    @EventSourcingHandler
    void on(RepairQcFailedEvent event) {
        state = RepairOrderState.AWAITING_REPAIR;
    }

    @EventSourcingHandler
    void on(RepairSamplingPassedEvent event) {
        state = RepairOrderState.AWAITING_REPORT_APPROVAL;
    }

    @EventSourcingHandler
    void on(RepairReportApprovedEvent event) {
        reportExtensionMonths = event.warrantyExtensionMonths();
        reportPolicyVersion = event.policyVersion();
        state = RepairOrderState.AWAITING_RETURN;
    }

    @EventSourcingHandler
    void on(RepairOrderCompletedEvent event) {
        clocks.closed(event.completedAt());
        state = RepairOrderState.COMPLETED;
    }

    @EventSourcingHandler
    void on(ExchangeDecidedEvent event, @Timestamp Instant at) {
        clocks.closed(at);
        state = RepairOrderState.EXCHANGED;
    }

    @EventSourcingHandler
    void on(RefundDecidedEvent event, @Timestamp Instant at) {
        clocks.closed(at);
        state = RepairOrderState.REFUNDED;
    }
}

package com.aftersales.command.expense;

import static com.aftersales.command.expense.TravelAdvanceRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.Role;
import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ApproveTravelAdvanceCommand;
import com.aftersales.api.expense.PayTravelAdvanceCommand;
import com.aftersales.api.expense.RecordAdvanceReturnCommand;
import com.aftersales.api.expense.RejectTravelAdvanceCommand;
import com.aftersales.api.expense.RequestTravelAdvanceCommand;
import com.aftersales.api.expense.SettleTravelAdvanceCommand;
import com.aftersales.api.expense.TravelAdvanceApprovedEvent;
import com.aftersales.api.expense.TravelAdvanceId;
import com.aftersales.api.expense.TravelAdvancePaidEvent;
import com.aftersales.api.expense.TravelAdvanceRejectedEvent;
import com.aftersales.api.expense.TravelAdvanceRequestedEvent;
import com.aftersales.api.expense.TravelAdvanceReturnedEvent;
import com.aftersales.api.expense.TravelAdvanceSettledEvent;
import com.aftersales.api.expense.TravelAdvanceStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A travel advance (售后服务请款, X9): requested by an ENGINEER before a trip, approved by a
 * SUPERVISOR before the trip ends (or rejected), paid by FINANCE (or rejected before payment),
 * settled once against the claim of the trip when that claim is paid, and, when the claim came to
 * less, closed by FINANCE recording the return of exactly what was left due. The engineer takes no
 * step on their own advance but the request (S1).
 */
@Aggregate
public class TravelAdvance {
    private static final String SUPERVISOR = Role.SUPERVISOR.name();
    private static final String FINANCE = Role.FINANCE.name();

    @AggregateIdentifier
    private TravelAdvanceId advanceId;

    private UserId engineerId;
    private TravelAdvanceStatus status;
    private LocalDate endDate;
    private BigDecimal amount;
    private BigDecimal returnDue;

    protected TravelAdvance() {
        // for event sourcing, and for the request
    }

    /** X9: the acting ENGINEER asks for an advance for a trip that has not started yet. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(
            RequestTravelAdvanceCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            ClaimClock clock) {
        require(
                status == null,
                TravelAdvanceRule.ADVANCE_EXISTS,
                "X9: advance " + command.advanceId() + " was requested already");
        requireRole(role, Role.ENGINEER.name());
        require(
                ClaimLines.hasText(command.destinationCity())
                        && command.startDate() != null
                        && command.endDate() != null
                        && !command.endDate().isBefore(command.startDate()),
                TravelAdvanceRule.ADVANCE_TRIP_REQUIRED,
                "X9: an advance names the destination and the trip's first and last day, in order");
        LocalDate today = clock.today();
        require(
                !command.startDate().isBefore(today),
                TravelAdvanceRule.ADVANCE_AFTER_TRIP_START,
                "X9: an advance is requested before the trip; it started on " + command.startDate() + ", today is "
                        + today);
        require(
                ClaimLines.isMoney(command.amount()),
                TravelAdvanceRule.ADVANCE_AMOUNT,
                "X9: an advance is more than 0 CNY, to the fen at most, not " + command.amount());
        apply(new TravelAdvanceRequestedEvent(
                command.advanceId(),
                new UserId(actor),
                command.destinationCity(),
                command.startDate(),
                command.endDate(),
                command.amount(),
                command.purpose()));
    }

    /** X9, S1: a SUPERVISOR approves a requested advance before its trip has ended. */
    @CommandHandler
    void handle(
            ApproveTravelAdvanceCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            ClaimClock clock) {
        requireStep(actor, role, SUPERVISOR, TravelAdvanceStatus.REQUESTED);
        LocalDate today = clock.today();
        require(
                !today.isAfter(endDate),
                TravelAdvanceRule.ADVANCE_TRIP_OVER,
                "X9: the trip ended on " + endDate + "; its costs are claimed, not advanced");
        apply(new TravelAdvanceApprovedEvent(advanceId, new UserId(actor), command.note()));
    }

    /** X9, S1: a SUPERVISOR rejects a requested advance, FINANCE an approved one; with a reason. */
    @CommandHandler
    void handle(
            RejectTravelAdvanceCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireNotOwn(actor);
        require(
                status == TravelAdvanceStatus.REQUESTED || status == TravelAdvanceStatus.APPROVED,
                TravelAdvanceRule.ADVANCE_STEP_OUT_OF_ORDER,
                "X9: an advance is rejected before it is paid; advance " + advanceId + " is " + status);
        requireRole(role, status == TravelAdvanceStatus.REQUESTED ? SUPERVISOR : FINANCE);
        requireText(command.reason(), "X9: a rejection says why");
        apply(new TravelAdvanceRejectedEvent(advanceId, new UserId(actor), command.reason()));
    }

    /** X9, S1: FINANCE pays an approved advance, with the payment's reference. */
    @CommandHandler
    void handle(
            PayTravelAdvanceCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireStep(actor, role, FINANCE, TravelAdvanceStatus.APPROVED);
        requireText(command.paymentReference(), "X9: a payment names its reference");
        apply(new TravelAdvancePaidEvent(advanceId, engineerId, amount, new UserId(actor), command.paymentReference()));
    }

    /**
     * X9, S1: the paid claim of the trip settles the advance, once, in the claim's unit of work and
     * by its payer (FINANCE); what the claim did not use is due back.
     */
    @CommandHandler
    public void handle(
            SettleTravelAdvanceCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireNotOwn(actor);
        requireRole(role, FINANCE);
        require(
                status != TravelAdvanceStatus.SETTLED && status != TravelAdvanceStatus.RETURNED,
                TravelAdvanceRule.ADVANCE_ALREADY_SETTLED,
                "X9: advance " + advanceId + " was settled already");
        requireStatus(TravelAdvanceStatus.PAID);
        BigDecimal due = amount.subtract(command.reimbursed()).max(BigDecimal.ZERO);
        apply(new TravelAdvanceSettledEvent(
                advanceId, engineerId, command.claimId(), amount, command.reimbursed(), due));
    }

    /** X9, S1: FINANCE records the engineer's return of exactly what the settlement left due. */
    @CommandHandler
    void handle(
            RecordAdvanceReturnCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireStep(actor, role, FINANCE, TravelAdvanceStatus.SETTLED);
        require(
                returnDue.signum() > 0,
                TravelAdvanceRule.ADVANCE_STEP_OUT_OF_ORDER,
                "X9: the claim used all of advance " + advanceId + "; nothing is due back");
        require(
                command.amount() != null && command.amount().compareTo(returnDue) == 0,
                TravelAdvanceRule.ADVANCE_RETURN_AMOUNT,
                "X9: " + returnDue + " CNY is due back, not " + command.amount());
        requireText(command.reference(), "X9: a return names its reference");
        apply(new TravelAdvanceReturnedEvent(
                advanceId, engineerId, command.amount(), new UserId(actor), command.reference()));
    }

    /** X9: what a claim settling this advance needs to know. */
    public ClaimAdvance standing() {
        return new ClaimAdvance(engineerId, status, amount);
    }

    private void requireStep(String actor, String role, String stepRole, TravelAdvanceStatus previous) {
        requireNotOwn(actor);
        requireRole(role, stepRole);
        requireStatus(previous);
    }

    private void requireNotOwn(String actor) {
        require(
                !engineerId.value().equals(actor),
                TravelAdvanceRule.ADVANCE_OWN,
                "S1: " + actor + " requested advance " + advanceId + " and may not decide on it, in any role");
    }

    private static void requireRole(String role, String stepRole) {
        require(
                stepRole.equals(role),
                TravelAdvanceRule.ADVANCE_ROLE,
                "X9: this step is taken in the role " + stepRole + ", not " + role);
    }

    private void requireStatus(TravelAdvanceStatus expected) {
        require(
                status == expected,
                TravelAdvanceRule.ADVANCE_STEP_OUT_OF_ORDER,
                "X9: this step follows " + expected + "; advance " + advanceId + " is " + status);
    }

    private static void requireText(String text, String why) {
        require(ClaimLines.hasText(text), TravelAdvanceRule.ADVANCE_REASON_REQUIRED, why);
    }

    @EventSourcingHandler
    void on(TravelAdvanceRequestedEvent event) {
        advanceId = event.advanceId();
        engineerId = event.engineerId();
        status = TravelAdvanceStatus.REQUESTED;
        endDate = event.endDate();
        amount = event.amount();
    }

    @EventSourcingHandler
    void on(TravelAdvanceApprovedEvent event) {
        status = TravelAdvanceStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(TravelAdvanceRejectedEvent event) {
        status = TravelAdvanceStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(TravelAdvancePaidEvent event) {
        status = TravelAdvanceStatus.PAID;
    }

    @EventSourcingHandler
    void on(TravelAdvanceSettledEvent event) {
        status = TravelAdvanceStatus.SETTLED;
        returnDue = event.returnDue();
    }

    @EventSourcingHandler
    void on(TravelAdvanceReturnedEvent event) {
        status = TravelAdvanceStatus.RETURNED;
    }
}

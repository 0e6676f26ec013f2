package com.aftersales.command.supplier;

import static com.aftersales.command.supplier.SupplierClaimRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.supplier.CloseSupplierClaimCommand;
import com.aftersales.api.supplier.OpenSupplierClaimCommand;
import com.aftersales.api.supplier.RecordSupplierAnswerCommand;
import com.aftersales.api.supplier.RecordSupplierSettlementCommand;
import com.aftersales.api.supplier.SendSupplierClaimCommand;
import com.aftersales.api.supplier.SettlementKind;
import com.aftersales.api.supplier.SupplierAnswer;
import com.aftersales.api.supplier.SupplierClaimAnswerOverdueEvent;
import com.aftersales.api.supplier.SupplierClaimAnsweredEvent;
import com.aftersales.api.supplier.SupplierClaimClosedEvent;
import com.aftersales.api.supplier.SupplierClaimId;
import com.aftersales.api.supplier.SupplierClaimOpenedEvent;
import com.aftersales.api.supplier.SupplierClaimSentEvent;
import com.aftersales.api.supplier.SupplierClaimSettledEvent;
import com.aftersales.api.supplier.SupplierClaimState;
import com.aftersales.command.faultcategory.FaultCategoryLookup;
import java.math.BigDecimal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A claim against a supplier (供应商索赔, R3) for a fault a repair's diagnosis found in a bought-in
 * part or an outsourced product, one per repair and part. Its steps come in order: opened, sent
 * to purchasing, the supplier's answer, the settlement of an accepted claim, closed. Sending it
 * starts the wait for the answer: a persistent deadline fires {@value #ANSWER_WORKING_DAYS}
 * working days later and, if there is still no answer, records that it is overdue, as the
 * system. Deadlines are never cancelled: the handler judges by the recorded state only. Times come
 * from the commands; this class reads no clock.
 */
@Aggregate
public class SupplierClaim {
    /** R3: how long purchasing waits for the supplier's answer before it is followed up. */
    static final int ANSWER_WORKING_DAYS = 10;

    /** numeric(14, 2): the read models hold amounts below this. */
    static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1000000000000");

    @AggregateIdentifier
    private SupplierClaimId claimId;

    private SupplierClaimState state;
    private SupplierAnswer answer;
    private boolean overdueRecorded;

    protected SupplierClaim() {
        // for event sourcing, and for the opening
    }

    /**
     * Opens the claim, or, if it is open already (sent again by hand, or from a redelivered
     * diagnosis), does nothing: the first opening's facts stand. Answers whether this opened it.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(OpenSupplierClaimCommand command, FaultCategoryLookup categories) {
        if (state != null) {
            return false;
        }
        require(
                hasText(command.serialNumber()),
                SupplierClaimRule.CLAIM_SERIAL_REQUIRED,
                "R3: the serial number of the repaired unit is required");
        require(
                hasText(command.supplierName()),
                SupplierClaimRule.CLAIM_SUPPLIER_REQUIRED,
                "R3: the supplier the claim is against is required");
        require(
                hasText(command.description()),
                SupplierClaimRule.CLAIM_DESCRIPTION_REQUIRED,
                "R3: a description of the fault is required");
        require(
                categories.isKnown(command.faultCategory()),
                SupplierClaimRule.CLAIM_FAULT_CATEGORY_UNKNOWN,
                "R3: " + command.faultCategory() + " is no fault category of the list");
        apply(new SupplierClaimOpenedEvent(
                command.claimId(),
                command.repairOrderId(),
                command.serialNumber().strip(),
                command.supplierName().strip(),
                command.partNumber(),
                command.faultCategory(),
                command.description().strip(),
                command.evidenceIds()));
        return true;
    }

    @CommandHandler
    void handle(SendSupplierClaimCommand command, ClaimAnswerCalendar calendar, DeadlineManager deadlines) {
        requireNotClosed();
        require(
                state == SupplierClaimState.OPEN,
                SupplierClaimRule.CLAIM_ALREADY_SENT,
                "R3: claim " + claimId + " was sent to purchasing already");
        require(
                hasText(command.purchasingReference()),
                SupplierClaimRule.CLAIM_PURCHASING_REFERENCE_REQUIRED,
                "R3: purchasing's reference for the claim is required");
        ClaimAnswerDue due = calendar.answerDue(command.sentAt(), ANSWER_WORKING_DAYS);
        apply(new SupplierClaimSentEvent(
                claimId,
                command.purchasingReference().strip(),
                textOrNull(command.note()),
                command.sentAt(),
                ANSWER_WORKING_DAYS,
                due.dueBy(),
                due.calendarVersion()));
        deadlines.schedule(due.overdueFrom(), ClaimAnswerDeadline.NAME, new ClaimAnswerDeadline(due.dueBy()));
    }

    @CommandHandler
    void handle(RecordSupplierAnswerCommand command) {
        requireNotClosed();
        require(
                state != SupplierClaimState.OPEN,
                SupplierClaimRule.CLAIM_NOT_SENT,
                "R3: claim " + claimId + " has not been sent to purchasing yet");
        require(
                answer == null,
                SupplierClaimRule.CLAIM_ALREADY_ANSWERED,
                "R3: the supplier's answer to claim " + claimId + " is recorded already: " + answer);
        require(
                command.answer() == SupplierAnswer.ACCEPTED || hasText(command.reason()),
                SupplierClaimRule.CLAIM_ANSWER_REASON_REQUIRED,
                "R3: the supplier's reason is required for " + command.answer());
        apply(new SupplierClaimAnsweredEvent(
                claimId, command.answer(), textOrNull(command.reason()), textOrNull(command.supplierReference())));
    }

    @CommandHandler
    void handle(RecordSupplierSettlementCommand command) {
        requireNotClosed();
        require(
                answer != null,
                SupplierClaimRule.CLAIM_SETTLEMENT_BEFORE_ANSWER,
                "R3: the supplier has not answered claim " + claimId + " yet");
        require(
                answer != SupplierAnswer.REJECTED,
                SupplierClaimRule.CLAIM_SETTLEMENT_AFTER_REJECTION,
                "R3: the supplier rejected claim " + claimId + ": there is nothing to settle");
        require(
                state != SupplierClaimState.SETTLED,
                SupplierClaimRule.CLAIM_ALREADY_SETTLED,
                "R3: claim " + claimId + " is settled already");
        require(
                validAmount(command.kind(), command.amount()),
                SupplierClaimRule.CLAIM_SETTLEMENT_AMOUNT_INVALID,
                "R3: " + command.amount() + " is no amount for a " + command.kind()
                        + " (positive, at most two decimals, below one trillion; required but for a part)");
        require(
                hasText(command.reference()),
                SupplierClaimRule.CLAIM_SETTLEMENT_REFERENCE_REQUIRED,
                "R3: the number of the credit note, the payment or the replacement part is required");
        apply(new SupplierClaimSettledEvent(
                claimId, command.kind(), command.amount(), command.reference().strip(), textOrNull(command.note())));
    }

    @CommandHandler
    void handle(CloseSupplierClaimCommand command) {
        requireNotClosed();
        boolean settled = state == SupplierClaimState.SETTLED;
        require(
                settled || answer == SupplierAnswer.REJECTED,
                SupplierClaimRule.CLAIM_CLOSE_BEFORE_OUTCOME,
                "R3: claim " + claimId + " has no outcome yet (" + state + "): settle it, or record a rejection");
        apply(new SupplierClaimClosedEvent(claimId, answer, settled, textOrNull(command.note())));
    }

    /**
     * R3: the answer was due by {@code deadline.answerDueBy()}. Overdue if the supplier has still
     * not answered and the claim is not closed; recorded once (a deadline may fire twice).
     */
    @DeadlineHandler(deadlineName = ClaimAnswerDeadline.NAME)
    void answerDue(ClaimAnswerDeadline deadline) {
        if (state == SupplierClaimState.SENT_TO_PURCHASING && !overdueRecorded) {
            apply(new SupplierClaimAnswerOverdueEvent(claimId, deadline.answerDueBy()));
        }
    }

    private void requireNotClosed() {
        require(
                state != SupplierClaimState.CLOSED,
                SupplierClaimRule.CLAIM_CLOSED,
                "R3: claim " + claimId + " is closed");
    }

    /** A part may come without a known value; money always has one. */
    static boolean validAmount(SettlementKind kind, BigDecimal amount) {
        if (amount == null) {
            return kind == SettlementKind.REPLACEMENT_PART;
        }
        return amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2 && amount.compareTo(AMOUNT_LIMIT) < 0;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static String textOrNull(String text) {
        return hasText(text) ? text.strip() : null;
    }

    @EventSourcingHandler
    void on(SupplierClaimOpenedEvent event) {
        claimId = event.claimId();
        state = SupplierClaimState.OPEN;
    }

    @EventSourcingHandler
    void on(SupplierClaimSentEvent event) {
        state = SupplierClaimState.SENT_TO_PURCHASING;
    }

    @EventSourcingHandler
    void on(SupplierClaimAnswerOverdueEvent event) {
        overdueRecorded = true;
    }

    @EventSourcingHandler
    void on(SupplierClaimAnsweredEvent event) {
        state = SupplierClaimState.ANSWERED;
        answer = event.answer();
    }

    @EventSourcingHandler
    void on(SupplierClaimSettledEvent event) {
        state = SupplierClaimState.SETTLED;
    }

    @EventSourcingHandler
    void on(SupplierClaimClosedEvent event) {
        state = SupplierClaimState.CLOSED;
    }
}

package com.aftersales.command.expense;

import static com.aftersales.command.expense.ExpenseClaimRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.Role;
import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ApproveExpenseClaimCommand;
import com.aftersales.api.expense.AuditExpenseClaimCommand;
import com.aftersales.api.expense.ClaimStage;
import com.aftersales.api.expense.ClaimStatus;
import com.aftersales.api.expense.DecideExpenseFlagCommand;
import com.aftersales.api.expense.ExpenseClaimApprovedEvent;
import com.aftersales.api.expense.ExpenseClaimAuditedEvent;
import com.aftersales.api.expense.ExpenseClaimFlaggedEvent;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseClaimPaidEvent;
import com.aftersales.api.expense.ExpenseClaimRejectedEvent;
import com.aftersales.api.expense.ExpenseClaimResubmittedEvent;
import com.aftersales.api.expense.ExpenseClaimSubmittedEvent;
import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseFlagConfirmedEvent;
import com.aftersales.api.expense.ExpenseFlagDismissedEvent;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.FlagDecision;
import com.aftersales.api.expense.FlagExpenseClaimCommand;
import com.aftersales.api.expense.NonReimbursableScope;
import com.aftersales.api.expense.PayExpenseClaimCommand;
import com.aftersales.api.expense.RejectExpenseClaimCommand;
import com.aftersales.api.expense.ResubmitExpenseClaimCommand;
import com.aftersales.api.expense.SubmitExpenseClaimCommand;
import com.aftersales.api.expense.TravelAdvanceId;
import com.aftersales.api.expense.Trip;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.api.penalty.PenaltySource;
import com.aftersales.command.penalty.Penalty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An expense claim (差旅费报销单, X1–X6, X9, S1): an ENGINEER's trip and its receipted lines, as
 * versions. Version 1 is submitted, approved by a SUPERVISOR, audited and paid by FINANCE; any step
 * may reject it with a reason, and the claimant may correct a rejected version and resubmit it as
 * the next one (X2). Every version is screened by the fraud rules in the unit of work that records
 * it, and its flags are applied with it (X3–X5, X7); FINANCE decides each flag before the audit:
 * a confirmed falsification takes its line (or the whole claim) out of the reimbursement and
 * proposes a penalty against the claimant in the same unit of work (X6, P1). A paid claim settles
 * the travel advance it names (X9). Nobody acts on their own claim but to submit and correct it
 * (S1). All versions, flags and decisions stay in the events.
 */
@Aggregate
public class ExpenseClaim {
    private static final String SUPERVISOR = Role.SUPERVISOR.name();
    private static final String FINANCE = Role.FINANCE.name();

    @AggregateIdentifier
    private ExpenseClaimId claimId;

    private UserId claimant;
    private ClaimStatus status;
    private int version;
    private BigDecimal total;
    private Map<Integer, BigDecimal> lineAmounts = Map.of();
    private TravelAdvanceId advanceId;
    private BigDecimal reimbursable;
    private final Map<String, RecordedFlag> flags = new LinkedHashMap<>();

    /** A flag as the claim keeps it: on which version, and whether and how it was decided. */
    private record RecordedFlag(int version, ExpenseFlag flag, FlagDecision decision, NonReimbursableScope scope) {
        RecordedFlag decided(FlagDecision decision, NonReimbursableScope scope) {
            return new RecordedFlag(version, flag, decision, scope);
        }
    }

    protected ExpenseClaim() {
        // for event sourcing, and for the submission
    }

    /**
     * X1, X2: version 1, by the acting ENGINEER, who is the claimant; X9: the advance it names is
     * theirs, paid and not settled; X3–X5: screened and flagged in this unit of work.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(
            SubmitExpenseClaimCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            ClaimScreening screening,
            ClaimAdvances advances,
            ClaimClock clock) {
        require(
                status == null,
                ExpenseClaimRule.EXPENSE_CLAIM_EXISTS,
                "X2: claim " + command.claimId()
                        + " was submitted already; correct a rejected claim by resubmitting it");
        requireEngineer(role);
        ClaimLines.requireTrip(command.trip());
        BigDecimal sum = ClaimLines.requireLines(command.lines());
        UserId engineer = new UserId(actor);
        if (command.advanceId() != null) {
            requireOutstandingAdvance(command.advanceId(), engineer, advances);
        }
        apply(new ExpenseClaimSubmittedEvent(
                command.claimId(), 1, engineer, command.trip(), command.lines(), sum, command.advanceId()));
        screen(command.trip(), command.lines(), screening, clock);
    }

    /** X2: the claimant corrects the rejected current version; the correction is the next version, screened again. */
    @CommandHandler
    void handle(
            ResubmitExpenseClaimCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            ClaimScreening screening,
            ClaimClock clock) {
        require(
                claimant.value().equals(actor),
                ExpenseClaimRule.EXPENSE_NOT_CLAIMANT,
                "X2: only " + claimant + " corrects and resubmits claim " + claimId);
        requireEngineer(role);
        requireVersion(command.rejectedVersion());
        requireStatus(ClaimStatus.REJECTED, "a claim is resubmitted after it was rejected");
        ClaimLines.requireTrip(command.trip());
        BigDecimal sum = ClaimLines.requireLines(command.lines());
        apply(new ExpenseClaimResubmittedEvent(
                claimId,
                version + 1,
                version,
                claimant,
                command.trip(),
                command.lines(),
                sum,
                command.correctionNote()));
        screen(command.trip(), command.lines(), screening, clock);
    }

    /** X2, S1: a SUPERVISOR who is not the claimant approves the submitted current version. */
    @CommandHandler
    void handle(
            ApproveExpenseClaimCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireStep(actor, role, SUPERVISOR, command.version());
        requireStatus(ClaimStatus.SUBMITTED, "a supervisor approves a submitted claim");
        apply(new ExpenseClaimApprovedEvent(claimId, version, new UserId(actor), command.note()));
    }

    /**
     * X2, S1: rejected with a reason at the step it waits for: by a SUPERVISOR before approval, by
     * FINANCE at the audit or before payment.
     */
    @CommandHandler
    void handle(
            RejectExpenseClaimCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireNotOwn(actor);
        ClaimStage stage = stage();
        require(
                stage != null,
                ExpenseClaimRule.EXPENSE_STEP_OUT_OF_ORDER,
                "X2: claim " + claimId + " is " + status + " and waits for no step to reject it at");
        String stageRole = stage == ClaimStage.SUPERVISOR_APPROVAL ? SUPERVISOR : FINANCE;
        requireRole(role, stageRole);
        requireVersion(command.version());
        require(
                ClaimLines.hasText(command.reason()),
                ExpenseClaimRule.EXPENSE_REASON_REQUIRED,
                "X2: a rejection says why");
        apply(new ExpenseClaimRejectedEvent(claimId, version, stage, new UserId(actor), command.reason()));
    }

    /**
     * X2, X6, S1: FINANCE audits the approved current version once its flags are decided: the total
     * less the lines confirmed falsified, or nothing when the whole claim was.
     */
    @CommandHandler
    void handle(
            AuditExpenseClaimCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireStep(actor, role, FINANCE, command.version());
        requireStatus(ClaimStatus.APPROVED, "finance audits an approved claim");
        requireNoOpenFlags();
        apply(new ExpenseClaimAuditedEvent(claimId, version, new UserId(actor), reimbursable(), command.note()));
    }

    /**
     * X2, X9, S1: FINANCE pays the audited current version; the advance it names is settled against
     * it in this unit of work, the claim paying the difference (negative: the engineer owes it).
     */
    @CommandHandler
    void handle(
            PayExpenseClaimCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            ClaimAdvances advances) {
        requireStep(actor, role, FINANCE, command.version());
        requireStatus(ClaimStatus.AUDITED, "finance pays an audited claim");
        requireNoOpenFlags();
        require(
                ClaimLines.hasText(command.paymentReference()),
                ExpenseClaimRule.EXPENSE_PAYMENT_REFERENCE_REQUIRED,
                "X2: a payment names its reference");
        BigDecimal advance = BigDecimal.ZERO;
        if (advanceId != null) {
            advance = requireOutstandingAdvance(advanceId, claimant, advances).amount();
        }
        apply(new ExpenseClaimPaidEvent(
                claimId,
                version,
                new UserId(actor),
                reimbursable,
                advanceId,
                advance,
                reimbursable.subtract(advance),
                command.paymentReference()));
        if (advanceId != null) {
            advances.settle(advanceId, claimId, reimbursable, actor, role);
        }
    }

    /**
     * X3–X5: the system records flags on a version; a flag already on the claim stays as it is. A
     * flag on an earlier version is recorded too: it is evidence.
     */
    @CommandHandler
    void handle(FlagExpenseClaimCommand command, @MetaDataValue(ActorMetadata.ROLE) String role) {
        require(
                ActorMetadata.SYSTEM_ROLE.equals(role),
                ExpenseClaimRule.EXPENSE_FLAG_BY_SYSTEM_ONLY,
                "X5: the screening flags a claim, not the role " + role);
        require(
                command.version() >= 1 && command.version() <= version,
                ExpenseClaimRule.EXPENSE_FLAG_VERSION_UNKNOWN,
                "X5: claim " + claimId + " has versions 1 to " + version + ", not " + command.version());
        applyFlags(command.version(), command.flags());
    }

    /**
     * X6, P1, S1: FINANCE, not the claimant, decides a flag before the audit, with a reason. A
     * confirmation proposes the penalty against the claimant, created here in this unit of work,
     * citing the claim and then the flag's own evidence.
     */
    @CommandHandler
    void handle(
            DecideExpenseFlagCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role)
            throws Exception {
        requireNotOwn(actor);
        requireRole(role, FINANCE);
        require(
                status != ClaimStatus.AUDITED && status != ClaimStatus.PAID,
                ExpenseClaimRule.EXPENSE_DECISION_AFTER_AUDIT,
                "X6: claim " + claimId + " is " + status + ": its flags were decided before the audit");
        RecordedFlag recorded = flags.get(command.flagId());
        require(
                recorded != null,
                ExpenseClaimRule.EXPENSE_FLAG_UNKNOWN,
                "X6: claim " + claimId + " has no flag " + command.flagId());
        require(
                recorded.decision() == null,
                ExpenseClaimRule.EXPENSE_FLAG_ALREADY_DECIDED,
                "X6: flag " + command.flagId() + " was " + recorded.decision() + " already");
        require(
                command.decision() != null && ClaimLines.hasText(command.reason()),
                ExpenseClaimRule.EXPENSE_DECISION_INCOMPLETE,
                "X6: confirm or dismiss the flag, and say why");
        ExpenseFlag flag = recorded.flag();
        UserId decidedBy = new UserId(actor);
        if (command.decision() == FlagDecision.DISMISSED) {
            apply(new ExpenseFlagDismissedEvent(
                    claimId,
                    recorded.version(),
                    flag.flagId(),
                    flag.lineNo(),
                    flag.rule(),
                    decidedBy,
                    command.reason()));
            return;
        }
        require(
                command.scope() != null && command.penaltyId() != null,
                ExpenseClaimRule.EXPENSE_CONFIRMATION_INCOMPLETE,
                "X6, P1: a confirmation says whether the line or the claim is not reimbursed, and names its penalty");
        apply(new ExpenseFlagConfirmedEvent(
                claimId,
                recorded.version(),
                flag.flagId(),
                flag.lineNo(),
                flag.rule(),
                decidedBy,
                command.reason(),
                command.scope(),
                command.penaltyId()));
        PenaltyKind kind = command.proposedKind() != null ? command.proposedKind() : PenaltyKind.NON_REIMBURSEMENT;
        List<EvidenceRef> evidence = evidence(flag);
        createNew(
                Penalty.class,
                () -> new Penalty(
                        command.penaltyId(),
                        PenaltySource.EXPENSE_AUDIT,
                        claimId.value(),
                        claimant,
                        evidence,
                        kind,
                        command.reason(),
                        actor,
                        role));
    }

    private void screen(Trip trip, List<ExpenseLine> lines, ClaimScreening screening, ClaimClock clock) {
        applyFlags(
                version,
                screening.screen(new ClaimUnderScreening(claimId, version, claimant, trip, lines, clock.now())));
    }

    private void applyFlags(int flaggedVersion, List<ExpenseFlag> raised) {
        for (ExpenseFlag flag : raised) {
            if (!flags.containsKey(flag.flagId())) {
                apply(new ExpenseClaimFlaggedEvent(claimId, flaggedVersion, claimant, flag));
            }
        }
    }

    private ClaimAdvance requireOutstandingAdvance(TravelAdvanceId id, UserId engineer, ClaimAdvances advances) {
        ClaimAdvance advance = advances.find(id)
                .filter(ClaimAdvance::outstanding)
                .orElseThrow(() -> ExpenseClaimRule.EXPENSE_ADVANCE_NOT_OUTSTANDING.violation(
                        "X9: advance " + id + " is not paid and outstanding"));
        require(
                advance.engineerId().equals(engineer),
                ExpenseClaimRule.EXPENSE_ADVANCE_OF_ANOTHER,
                "X9: advance " + id + " was paid to " + advance.engineerId() + ", not to " + engineer);
        return advance;
    }

    /** X6: the total less the lines confirmed falsified on this version; nothing when the claim was. */
    private BigDecimal reimbursable() {
        Set<Integer> takenOut = new TreeSet<>();
        for (RecordedFlag recorded : flags.values()) {
            if (recorded.version() != version || recorded.decision() != FlagDecision.CONFIRMED) {
                continue;
            }
            if (recorded.scope() == NonReimbursableScope.CLAIM) {
                return BigDecimal.ZERO;
            }
            takenOut.add(recorded.flag().lineNo());
        }
        BigDecimal amount = total;
        for (Integer lineNo : takenOut) {
            amount = amount.subtract(lineAmounts.getOrDefault(lineNo, BigDecimal.ZERO));
        }
        return amount;
    }

    private void requireNoOpenFlags() {
        long open = flags.values().stream()
                .filter(recorded -> recorded.version() == version && recorded.decision() == null)
                .count();
        require(
                open == 0,
                ExpenseClaimRule.EXPENSE_FLAGS_OPEN,
                "X6: " + open + " flag(s) on version " + version + " of claim " + claimId + " are not decided");
    }

    /** P2: the claim first, then what the flag rests on, each once. */
    private List<EvidenceRef> evidence(ExpenseFlag flag) {
        LinkedHashSet<EvidenceRef> evidence = new LinkedHashSet<>();
        evidence.add(new EvidenceRef(EvidenceKind.EXPENSE_AUDIT, claimId.value()));
        evidence.addAll(flag.evidence());
        return new ArrayList<>(evidence);
    }

    /** X2: the step the current version waits for, at which it may be rejected. */
    private ClaimStage stage() {
        return switch (status) {
            case SUBMITTED -> ClaimStage.SUPERVISOR_APPROVAL;
            case APPROVED -> ClaimStage.FINANCE_AUDIT;
            case AUDITED -> ClaimStage.PAYMENT;
            case PAID, REJECTED -> null;
        };
    }

    private void requireStep(String actor, String role, String stepRole, int commandVersion) {
        requireNotOwn(actor);
        requireRole(role, stepRole);
        requireVersion(commandVersion);
    }

    private void requireNotOwn(String actor) {
        require(
                !claimant.value().equals(actor),
                ExpenseClaimRule.EXPENSE_OWN_CLAIM,
                "S1: " + actor + " claimed " + claimId + " and may not decide on it, in any role");
    }

    private static void requireEngineer(String role) {
        require(
                Role.ENGINEER.name().equals(role),
                ExpenseClaimRule.EXPENSE_CLAIMANT_ROLE,
                "X1: an ENGINEER claims the costs of their trip, not the role " + role);
    }

    private static void requireRole(String role, String stepRole) {
        require(
                stepRole.equals(role),
                ExpenseClaimRule.EXPENSE_STEP_ROLE,
                "X2: this step is taken in the role " + stepRole + ", not " + role);
    }

    private void requireVersion(int commandVersion) {
        require(
                commandVersion == version,
                ExpenseClaimRule.EXPENSE_STALE_VERSION,
                "X2: claim " + claimId + " is at version " + version + ", not " + commandVersion);
    }

    private void requireStatus(ClaimStatus expected, String why) {
        require(
                status == expected,
                ExpenseClaimRule.EXPENSE_STEP_OUT_OF_ORDER,
                "X2: " + why + "; claim " + claimId + " is " + status);
    }

    @EventSourcingHandler
    void on(ExpenseClaimSubmittedEvent event) {
        claimId = event.claimId();
        claimant = event.engineerId();
        advanceId = event.advanceId();
        startVersion(event.version(), event.lines(), event.total());
    }

    @EventSourcingHandler
    void on(ExpenseClaimResubmittedEvent event) {
        startVersion(event.version(), event.lines(), event.total());
    }

    private void startVersion(int number, List<ExpenseLine> lines, BigDecimal sum) {
        version = number;
        status = ClaimStatus.SUBMITTED;
        total = sum;
        Map<Integer, BigDecimal> amounts = new HashMap<>();
        for (ExpenseLine line : lines) {
            amounts.put(line.lineNo(), line.amount());
        }
        lineAmounts = amounts;
    }

    @EventSourcingHandler
    void on(ExpenseClaimApprovedEvent event) {
        status = ClaimStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(ExpenseClaimRejectedEvent event) {
        status = ClaimStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(ExpenseClaimAuditedEvent event) {
        status = ClaimStatus.AUDITED;
        reimbursable = event.reimbursable();
    }

    @EventSourcingHandler
    void on(ExpenseClaimPaidEvent event) {
        status = ClaimStatus.PAID;
    }

    @EventSourcingHandler
    void on(ExpenseClaimFlaggedEvent event) {
        flags.put(event.flag().flagId(), new RecordedFlag(event.version(), event.flag(), null, null));
    }

    @EventSourcingHandler
    void on(ExpenseFlagConfirmedEvent event) {
        flags.computeIfPresent(
                event.flagId(), (id, recorded) -> recorded.decided(FlagDecision.CONFIRMED, event.scope()));
    }

    @EventSourcingHandler
    void on(ExpenseFlagDismissedEvent event) {
        flags.computeIfPresent(event.flagId(), (id, recorded) -> recorded.decided(FlagDecision.DISMISSED, null));
    }
}

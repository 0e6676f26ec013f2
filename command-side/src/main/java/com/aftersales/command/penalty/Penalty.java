package com.aftersales.command.penalty;

import static com.aftersales.command.penalty.PenaltyRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.Role;
import com.aftersales.api.common.UserId;
import com.aftersales.api.penalty.AppealOutcome;
import com.aftersales.api.penalty.AppealPenaltyCommand;
import com.aftersales.api.penalty.DecidePenaltyAppealCommand;
import com.aftersales.api.penalty.DecidePenaltyCommand;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.penalty.PenaltyAppealDecidedEvent;
import com.aftersales.api.penalty.PenaltyAppealedEvent;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyImposedEvent;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.api.penalty.PenaltyProposedEvent;
import com.aftersales.api.penalty.PenaltyRejectedEvent;
import com.aftersales.api.penalty.PenaltyRevokedEvent;
import com.aftersales.api.penalty.PenaltySource;
import com.aftersales.api.penalty.PenaltyStatus;
import com.aftersales.api.penalty.ProposePenaltyCommand;
import com.aftersales.api.penalty.RevokePenaltyCommand;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A penalty (处罚, P1–P3): proposed with its evidence (P2) by QUALITY from a quality review, by a
 * SUPERVISOR from a complaint or by FINANCE from an expense audit; decided by a MANAGER who is
 * neither its subject nor its proposer (S2); appealed once by its subject; revoked with a reason.
 * There is no command that deletes one (P3): every step is a new event. Who acted and in which role
 * comes from the command's metadata (S3), as the segregation checks need it.
 */
@Aggregate
public class Penalty {

    @AggregateIdentifier
    private PenaltyId penaltyId;

    private UserId subject;
    private UserId proposedBy;
    private PenaltyStatus status;
    private boolean appealed;

    protected Penalty() {
        // for event sourcing
    }

    /**
     * P1: no source proposes through this command. A quality review's penalty is proposed by its
     * ENGINEER decision (R13), a complaint's by the complaint's investigation (C5), an expense
     * audit's by finance confirming a flag on the claim (X6): each creates the penalty itself, in its
     * own unit of work, so the finding and its penalty commit together. The refusal names the place.
     */
    @CommandHandler
    Penalty(
            ProposePenaltyCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        require(
                command.source() != PenaltySource.QUALITY_REVIEW,
                PenaltyRule.PENALTY_REVIEW_PROPOSAL_BY_DECISION_ONLY,
                "a quality review proposes its penalty with its ENGINEER decision (R13)");
        require(
                command.source() != PenaltySource.COMPLAINT,
                PenaltyRule.PENALTY_COMPLAINT_PROPOSAL_BY_COMPLAINT_ONLY,
                "a complaint proposes its penalty from its investigation (C5): POST /api/complaints/{id}/penalty");
        require(
                command.source() != PenaltySource.EXPENSE_AUDIT,
                PenaltyRule.PENALTY_EXPENSE_PROPOSAL_BY_CLAIM_ONLY,
                "an expense audit proposes its penalty when finance confirms a flag (X6):"
                        + " POST /api/expense-claims/{id}/flags/{flagId}/decision");
        propose(
                command.penaltyId(),
                command.source(),
                command.sourceId(),
                command.subject(),
                command.evidence(),
                command.proposedKind(),
                command.reason(),
                actor,
                role);
    }

    /**
     * The penalty another aggregate proposes and creates in its own unit of work (so both commit or
     * neither): R13 → P1, a quality review's ENGINEER decision against the engineer of the earlier
     * repair, by the reviewer in the role QUALITY; C5 → P1, a complaint's investigation against the
     * engineer it concerns, by a SUPERVISOR; X6 → P1, a confirmed falsification against the
     * claimant, by FINANCE. The source is cited first (P2).
     */
    public Penalty(
            PenaltyId penaltyId,
            PenaltySource source,
            String sourceId,
            UserId subject,
            List<EvidenceRef> evidence,
            PenaltyKind proposedKind,
            String reason,
            String actor,
            String role) {
        propose(penaltyId, source, sourceId, subject, evidence, proposedKind, reason, actor, role);
    }

    private void propose(
            PenaltyId id,
            PenaltySource source,
            String sourceId,
            UserId subject,
            List<EvidenceRef> evidence,
            PenaltyKind proposedKind,
            String reason,
            String actor,
            String role) {
        require(
                source != null && hasText(sourceId) && subject != null,
                PenaltyRule.PENALTY_SOURCE_REQUIRED,
                "a proposal names its source (kind and id) and the person it is about");
        require(
                proposerOf(source).name().equals(role),
                PenaltyRule.PENALTY_PROPOSER_ROLE,
                "a penalty from " + source + " is proposed in the role " + proposerOf(source) + ", not " + role);
        require(proposedKind != null, PenaltyRule.PENALTY_KIND_REQUIRED, "a proposal suggests a kind of penalty");
        require(hasText(reason), PenaltyRule.PENALTY_REASON_REQUIRED, "a proposal says why");
        require(!evidence.isEmpty(), PenaltyRule.PENALTY_EVIDENCE_REQUIRED, "a penalty cites its evidence (P2)");
        apply(new PenaltyProposedEvent(
                id,
                source,
                sourceId,
                subject,
                sourceFirst(source, sourceId, evidence),
                proposedKind,
                reason,
                new UserId(actor)));
    }

    /** P2: the source is the first piece of evidence, each piece once. */
    private static List<EvidenceRef> sourceFirst(PenaltySource source, String sourceId, List<EvidenceRef> evidence) {
        LinkedHashSet<EvidenceRef> cited = new LinkedHashSet<>();
        cited.add(new EvidenceRef(EvidenceKind.valueOf(source.name()), sourceId));
        cited.addAll(evidence);
        return new ArrayList<>(cited);
    }

    private static Role proposerOf(PenaltySource source) {
        return switch (source) {
            case QUALITY_REVIEW -> Role.QUALITY;
            case COMPLAINT -> Role.SUPERVISOR;
            case EXPENSE_AUDIT -> Role.FINANCE;
        };
    }

    /** P1, S2: a MANAGER, neither its subject nor its proposer, imposes or rejects the proposal. */
    @CommandHandler
    void handle(
            DecidePenaltyCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireManagerNotSubject(actor, role);
        require(
                !proposedBy.value().equals(actor),
                PenaltyRule.PENALTY_OWN_PROPOSAL,
                "segregation of duties: " + actor + " proposed this penalty and may not decide it");
        require(status == PenaltyStatus.PROPOSED, PenaltyRule.PENALTY_ALREADY_DECIDED, "the penalty is " + status);
        require(hasText(command.reason()), PenaltyRule.PENALTY_REASON_REQUIRED, "a decision says why");
        if (!command.impose()) {
            apply(new PenaltyRejectedEvent(penaltyId, subject, command.reason(), new UserId(actor)));
            return;
        }
        require(command.kind() != null, PenaltyRule.PENALTY_KIND_REQUIRED, "an imposed penalty has a kind");
        if (command.kind() == PenaltyKind.FINE) {
            require(
                    command.fineAmount() != null && command.fineAmount().signum() > 0,
                    PenaltyRule.PENALTY_FINE_AMOUNT_REQUIRED,
                    "a fine has an amount in CNY above zero");
        } else {
            require(
                    command.fineAmount() == null,
                    PenaltyRule.PENALTY_AMOUNT_ONLY_FOR_FINE,
                    "only a fine has an amount, not " + command.kind());
        }
        apply(new PenaltyImposedEvent(
                penaltyId, subject, command.kind(), command.fineAmount(), command.reason(), new UserId(actor)));
    }

    /** P3: the penalised person appeals, once, with a reason. */
    @CommandHandler
    void handle(AppealPenaltyCommand command, @MetaDataValue(ActorMetadata.USER_ID) String actor) {
        require(
                subject.value().equals(actor),
                PenaltyRule.PENALTY_APPEAL_NOT_BY_SUBJECT,
                "only " + subject + ", whom the penalty is about, appeals it");
        require(!appealed, PenaltyRule.PENALTY_ALREADY_APPEALED, "the penalty has been appealed already");
        require(status == PenaltyStatus.IMPOSED, PenaltyRule.PENALTY_NOT_IMPOSED, "the penalty is " + status);
        require(hasText(command.reason()), PenaltyRule.PENALTY_APPEAL_REASON_REQUIRED, "an appeal says why");
        apply(new PenaltyAppealedEvent(penaltyId, subject, command.reason()));
    }

    /** P3: a MANAGER upholds the appeal (the penalty is revoked) or dismisses it. */
    @CommandHandler
    void handle(
            DecidePenaltyAppealCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireManagerNotSubject(actor, role);
        require(status == PenaltyStatus.APPEALED, PenaltyRule.PENALTY_NO_APPEAL_PENDING, "no appeal is pending");
        require(command.outcome() != null, PenaltyRule.PENALTY_APPEAL_OUTCOME_REQUIRED, "uphold or dismiss the appeal");
        require(
                hasText(command.reason()),
                PenaltyRule.PENALTY_APPEAL_REASON_REQUIRED,
                "the decision of an appeal says why");
        UserId manager = new UserId(actor);
        apply(new PenaltyAppealDecidedEvent(penaltyId, subject, command.outcome(), command.reason(), manager));
        if (command.outcome() == AppealOutcome.UPHELD) {
            apply(new PenaltyRevokedEvent(penaltyId, subject, command.reason(), manager, true));
        }
    }

    /** P3: a MANAGER revokes an imposed penalty (a pending appeal ends with it); it stays recorded. */
    @CommandHandler
    void handle(
            RevokePenaltyCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireManagerNotSubject(actor, role);
        require(
                status == PenaltyStatus.IMPOSED || status == PenaltyStatus.APPEALED,
                PenaltyRule.PENALTY_NOT_IMPOSED,
                "the penalty is " + status);
        require(hasText(command.reason()), PenaltyRule.PENALTY_REVOCATION_REASON_REQUIRED, "a revocation says why");
        apply(new PenaltyRevokedEvent(penaltyId, subject, command.reason(), new UserId(actor), false));
    }

    private void requireManagerNotSubject(String actor, String role) {
        require(
                Role.MANAGER.name().equals(role),
                PenaltyRule.PENALTY_NOT_A_MANAGER,
                "penalties are decided by a MANAGER, not in the role " + role);
        require(
                !subject.value().equals(actor),
                PenaltyRule.PENALTY_ABOUT_ONESELF,
                "segregation of duties: nobody decides a penalty about themselves");
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    @EventSourcingHandler
    void on(PenaltyProposedEvent event) {
        penaltyId = event.penaltyId();
        subject = event.subject();
        proposedBy = event.proposedBy();
        status = PenaltyStatus.PROPOSED;
    }

    @EventSourcingHandler
    void on(PenaltyImposedEvent event) {
        status = PenaltyStatus.IMPOSED;
    }

    @EventSourcingHandler
    void on(PenaltyRejectedEvent event) {
        status = PenaltyStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(PenaltyAppealedEvent event) {
        status = PenaltyStatus.APPEALED;
        appealed = true;
    }

    @EventSourcingHandler
    void on(PenaltyAppealDecidedEvent event) {
        status = PenaltyStatus.IMPOSED;
    }

    @EventSourcingHandler
    void on(PenaltyRevokedEvent event) {
        status = PenaltyStatus.REVOKED;
    }
}

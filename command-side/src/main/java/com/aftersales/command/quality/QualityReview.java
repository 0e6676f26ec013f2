package com.aftersales.command.quality;

import static com.aftersales.command.quality.QualityReviewRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.Role;
import com.aftersales.api.common.UserId;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.penalty.PenaltySource;
import com.aftersales.api.quality.DecideQualityReviewCommand;
import com.aftersales.api.quality.OpenQualityReviewCommand;
import com.aftersales.api.quality.PenaltyProposal;
import com.aftersales.api.quality.ProductFeedback;
import com.aftersales.api.quality.QualityCause;
import com.aftersales.api.quality.QualityReviewDecidedEvent;
import com.aftersales.api.quality.QualityReviewDecisionRevisedEvent;
import com.aftersales.api.quality.QualityReviewId;
import com.aftersales.api.quality.QualityReviewOpenedEvent;
import com.aftersales.api.quality.ReviseQualityReviewDecisionCommand;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.command.penalty.Penalty;
import java.util.LinkedHashSet;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The quality review (质量评审) of one repeat repair (R12, R13). The system opens it for each
 * detected repeat; its id is derived from the two orders, so opening it again (a redelivered
 * detection) changes nothing. QUALITY decides the cause with reasons and evidence naming at least
 * both orders; only an ENGINEER cause counts against the engineer of the earlier repair, and it may
 * propose a penalty against them, which is created here, in the same unit of work (P1). Nobody
 * decides a review of their own repair (S2). A decision is never changed: a correction is a revised
 * decision, recorded after it with its reason.
 */
@Aggregate
public class QualityReview {

    @AggregateIdentifier
    private QualityReviewId reviewId;

    private RepairOrderId earlierOrder;
    private RepairOrderId laterOrder;
    private UserId earlierEngineer;
    private UserId laterEngineer;
    private QualityCause cause;
    private int revisions;

    protected QualityReview() {
        // for event sourcing, and for the opening of a review
    }

    /** R12, R13: recorded as the system's; a review that is open already stays as it is. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenQualityReviewCommand command) {
        if (reviewId != null) {
            return;
        }
        require(
                command.laterRepairOrderId() != null
                        && command.earlierRepairOrderId() != null
                        && command.earlierEngineerId() != null
                        && command.laterEngineerId() != null
                        && command.serialNumber() != null
                        && command.matchedOn() != null,
                QualityReviewRule.REVIEW_FACTS_REQUIRED,
                "a review is opened with both orders, both engineers, the serial number and the match");
        apply(new QualityReviewOpenedEvent(
                command.reviewId(),
                command.laterRepairOrderId(),
                command.earlierRepairOrderId(),
                command.serialNumber(),
                command.matchedOn(),
                command.faultCategory(),
                command.sameParts(),
                command.earlierCompletedOn(),
                command.diagnosedOn(),
                command.daysAfterEarlierRepair(),
                command.windowDays(),
                command.policyVersion(),
                command.earlierEngineerId(),
                command.laterEngineerId()));
    }

    @CommandHandler
    void handle(
            DecideQualityReviewCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role)
            throws Exception {
        requireReviewer(actor, role);
        require(cause == null, QualityReviewRule.REVIEW_ALREADY_DECIDED, "the review is decided: revise the decision");
        requireFinding(command.cause(), command.reasons(), command.evidence(), command.feedback());
        PenaltyProposal proposal = command.penaltyProposal();
        if (proposal != null) {
            require(
                    command.cause() == QualityCause.ENGINEER,
                    QualityReviewRule.REVIEW_PENALTY_ONLY_FOR_ENGINEER_CAUSE,
                    "only an ENGINEER cause counts against the engineer and may propose a penalty");
            require(
                    proposal.penaltyId() != null && proposal.proposedKind() != null && hasText(proposal.reason()),
                    QualityReviewRule.REVIEW_PENALTY_PROPOSAL_INCOMPLETE,
                    "a penalty proposal suggests a kind and says why");
        }
        apply(new QualityReviewDecidedEvent(
                reviewId,
                command.cause(),
                command.reasons(),
                command.evidence(),
                command.feedback(),
                countsAgainst(command.cause()),
                new UserId(actor),
                proposal == null ? null : proposal.penaltyId()));
        if (proposal != null) {
            createNew(
                    Penalty.class,
                    () -> new Penalty(
                            proposal.penaltyId(),
                            PenaltySource.QUALITY_REVIEW,
                            reviewId.value(),
                            earlierEngineer,
                            evidenceWithBothOrders(command.evidence()),
                            proposal.proposedKind(),
                            proposal.reason(),
                            actor,
                            role));
        }
    }

    /** R13: a correction, recorded after the decision it corrects. */
    @CommandHandler
    void handle(
            ReviseQualityReviewDecisionCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireReviewer(actor, role);
        require(cause != null, QualityReviewRule.REVIEW_NOT_DECIDED, "the review has no decision to revise yet");
        require(
                hasText(command.revisionReason()),
                QualityReviewRule.REVIEW_REVISION_REASON_REQUIRED,
                "a revision says why the decision is corrected");
        requireFinding(command.cause(), command.reasons(), command.evidence(), command.feedback());
        apply(new QualityReviewDecisionRevisedEvent(
                reviewId,
                revisions + 1,
                cause,
                command.cause(),
                command.reasons(),
                command.evidence(),
                command.feedback(),
                countsAgainst(command.cause()),
                command.revisionReason(),
                new UserId(actor)));
    }

    /** S2: QUALITY decides, and not about a repair of their own. */
    private void requireReviewer(String actor, String role) {
        require(
                Role.QUALITY.name().equals(role),
                QualityReviewRule.REVIEW_NOT_BY_QUALITY,
                "a quality review is decided in the role QUALITY, not " + role);
        require(
                !earlierEngineer.value().equals(actor) && !laterEngineer.value().equals(actor),
                QualityReviewRule.REVIEW_OF_OWN_WORK,
                "segregation of duties: " + actor + " repaired this unit and may not review the repeat");
    }

    private void requireFinding(
            QualityCause found, String reasons, List<EvidenceRef> evidence, ProductFeedback feedback) {
        require(found != null, QualityReviewRule.REVIEW_CAUSE_REQUIRED, "choose PRODUCT, CUSTOMER or ENGINEER");
        require(hasText(reasons), QualityReviewRule.REVIEW_REASONS_REQUIRED, "a decision says why");
        require(
                cites(evidence, earlierOrder) && cites(evidence, laterOrder),
                QualityReviewRule.REVIEW_ORDERS_NOT_CITED,
                "a decision cites the earlier order " + earlierOrder + " and the later order " + laterOrder);
        if (found == QualityCause.PRODUCT) {
            require(
                    feedback != null && !feedback.recipients().isEmpty() && hasText(feedback.notes()),
                    QualityReviewRule.REVIEW_PRODUCT_FEEDBACK_REQUIRED,
                    "a PRODUCT cause names whom it is fed back to (engineering, the supplier) and what");
        } else {
            require(
                    feedback == null,
                    QualityReviewRule.REVIEW_FEEDBACK_ONLY_FOR_PRODUCT,
                    "feedback to engineering and the supplier belongs to a PRODUCT cause");
        }
    }

    private static boolean cites(List<EvidenceRef> evidence, RepairOrderId order) {
        return evidence.contains(new EvidenceRef(EvidenceKind.REPAIR_ORDER, order.value()));
    }

    /** P2: the penalty cites the review (added by the penalty as its source), both orders, then the rest. */
    private List<EvidenceRef> evidenceWithBothOrders(List<EvidenceRef> evidence) {
        LinkedHashSet<EvidenceRef> cited = new LinkedHashSet<>();
        cited.add(new EvidenceRef(EvidenceKind.REPAIR_ORDER, earlierOrder.value()));
        cited.add(new EvidenceRef(EvidenceKind.REPAIR_ORDER, laterOrder.value()));
        cited.addAll(evidence);
        return List.copyOf(cited);
    }

    /** R13: only an ENGINEER cause counts, and against the engineer of the earlier repair. */
    private UserId countsAgainst(QualityCause found) {
        return found == QualityCause.ENGINEER ? earlierEngineer : null;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    @EventSourcingHandler
    void on(QualityReviewOpenedEvent event) {
        reviewId = event.reviewId();
        earlierOrder = event.earlierRepairOrderId();
        laterOrder = event.laterRepairOrderId();
        earlierEngineer = event.earlierEngineerId();
        laterEngineer = event.laterEngineerId();
    }

    @EventSourcingHandler
    void on(QualityReviewDecidedEvent event) {
        cause = event.cause();
    }

    @EventSourcingHandler
    void on(QualityReviewDecisionRevisedEvent event) {
        cause = event.cause();
        revisions = event.revision();
    }
}

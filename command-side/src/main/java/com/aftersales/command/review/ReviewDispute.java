package com.aftersales.command.review;

import static com.aftersales.command.review.ReviewDisputeRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.Role;
import com.aftersales.api.common.UserId;
import com.aftersales.api.review.DecideReviewDisputeCommand;
import com.aftersales.api.review.DisputeReviewItemCommand;
import com.aftersales.api.review.ReviewDisputeDecidedEvent;
import com.aftersales.api.review.ReviewDisputeId;
import com.aftersales.api.review.ReviewItemDisputedEvent;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An engineer's dispute of one item of their review (E2). The engineer disputes their own item
 * with a reason; its id is derived from the engineer, the metric and the event behind the item, so
 * disputing it again is refused rather than opening a second dispute. A SUPERVISOR or a MANAGER who
 * is not that engineer (S2) decides it once, with a reason: the item stands or no longer counts.
 * Both the item and the dispute stay visible.
 */
@Aggregate
public class ReviewDispute {
    private static final Set<String> DECIDERS = Set.of(Role.SUPERVISOR.name(), Role.MANAGER.name());

    @AggregateIdentifier
    private ReviewDisputeId disputeId;

    private UserId engineerId;
    private String metric;
    private String factEventId;
    private boolean decided;

    protected ReviewDispute() {
        // for event sourcing, and for the dispute (created if missing)
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(
            DisputeReviewItemCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        require(
                disputeId == null,
                ReviewDisputeRule.REVIEW_DISPUTE_ALREADY_RAISED,
                "E2: this item is disputed already");
        require(
                Role.ENGINEER.name().equals(role),
                ReviewDisputeRule.REVIEW_DISPUTE_ENGINEER_ROLE,
                "E2: an ENGINEER disputes an item of their review, not " + role);
        require(
                command.engineerId() != null
                        && command.dimension() != null
                        && hasText(command.metric())
                        && hasText(command.factEventId())
                        && command.month() != null,
                ReviewDisputeRule.REVIEW_DISPUTE_ITEM_INCOMPLETE,
                "E2: name the engineer, the dimension, the metric, the month and the event behind the item");
        require(
                command.engineerId().value().equals(actor),
                ReviewDisputeRule.REVIEW_DISPUTE_NOT_OWN_ITEM,
                "E2: an engineer disputes only their own items");
        require(
                command.disputeId()
                        .equals(ReviewDisputeId.of(command.engineerId(), command.metric(), command.factEventId())),
                ReviewDisputeRule.REVIEW_DISPUTE_ID_MISMATCH,
                "E2: the dispute's id is the one of its engineer, metric and event");
        require(hasText(command.reason()), ReviewDisputeRule.REVIEW_DISPUTE_REASON_REQUIRED, "E2: say why");
        apply(new ReviewItemDisputedEvent(
                command.disputeId(),
                command.engineerId(),
                command.dimension(),
                command.metric(),
                command.factEventId(),
                command.month(),
                command.reason().strip()));
    }

    @CommandHandler
    void handle(
            DecideReviewDisputeCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        require(
                role != null && DECIDERS.contains(role),
                ReviewDisputeRule.REVIEW_DISPUTE_DECIDER_ROLE,
                "E2: a SUPERVISOR or a MANAGER decides a dispute, not " + role);
        require(
                !engineerId.value().equals(actor),
                ReviewDisputeRule.REVIEW_DISPUTE_ABOUT_ONESELF,
                "S2: nobody decides a dispute about their own review");
        require(!decided, ReviewDisputeRule.REVIEW_DISPUTE_ALREADY_DECIDED, "E2: this dispute is decided already");
        require(
                command.decision() != null,
                ReviewDisputeRule.REVIEW_DISPUTE_DECISION_REQUIRED,
                "E2: say whether the item stands or is removed");
        require(hasText(command.reason()), ReviewDisputeRule.REVIEW_DISPUTE_REASON_REQUIRED, "E2: say why");
        apply(new ReviewDisputeDecidedEvent(
                disputeId,
                engineerId,
                metric,
                factEventId,
                command.decision(),
                command.reason().strip(),
                new UserId(actor)));
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    @EventSourcingHandler
    void on(ReviewItemDisputedEvent event) {
        disputeId = event.disputeId();
        engineerId = event.engineerId();
        metric = event.metric();
        factEventId = event.factEventId();
    }

    @EventSourcingHandler
    void on(ReviewDisputeDecidedEvent event) {
        decided = true;
    }
}

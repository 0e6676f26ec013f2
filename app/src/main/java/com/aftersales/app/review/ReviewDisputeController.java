package com.aftersales.app.review;

import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.common.UserId;
import com.aftersales.api.review.DecideReviewDisputeCommand;
import com.aftersales.api.review.DisputeDecision;
import com.aftersales.api.review.DisputeReviewItemCommand;
import com.aftersales.api.review.ReviewDisputeId;
import com.aftersales.api.review.ReviewMetric;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.web.UnknownResourceException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * E2, S2: an engineer disputes one item of their own review (the fact behind it, the metric it
 * counted in); a SUPERVISOR or a MANAGER who is not that engineer decides once whether the item
 * stands or no longer counts. The dispute's id is derived from the engineer, the metric's dimension
 * and the event ({@code ReviewDisputeId.of}), so the same item disputed again names the same dispute
 * and is refused.
 */
@RestController
@RequestMapping("/api/reviews/disputes")
@Tag(name = "Engineer reviews: disputes", description = "绩效考核申诉, RULES E2, S2")
class ReviewDisputeController {
    private final CommandGateway commands;

    ReviewDisputeController(CommandGateway commands) {
        this.commands = commands;
    }

    /**
     * E2: the item disputed, named by one of its metrics (the dimension follows from it) and the
     * event behind it; {@code engineerId} defaults to the signed-in engineer.
     */
    record DisputeRequest(
            @Size(max = 64) String engineerId,
            @NotNull ReviewMetric metric,
            @NotBlank @Size(max = 64) String factEventId,
            @NotNull YearMonth month,
            @NotBlank @Size(max = 4000) String reason) {}

    /** E2: whether the item stands, why, and the dispute's version the decider read. */
    record DecisionRequest(
            @NotNull DisputeDecision decision,
            @NotBlank @Size(max = 4000) String reason,
            @NotNull Long expectedVersion) {}

    record DisputeAnswer(String disputeId, String accepted) {}

    @PostMapping
    @AllowedRoles({ENGINEER})
    @Operation(summary = "Dispute one item of one's own review, with a reason (E2)")
    DisputeAnswer dispute(@Valid @RequestBody DisputeRequest body) {
        UserId engineer = new UserId(
                body.engineerId() == null || body.engineerId().isBlank()
                        ? ActingUser.current().orElseThrow().userId()
                        : body.engineerId().strip());
        String metric = body.metric().name();
        ReviewDisputeId dispute = ReviewDisputeId.of(engineer, metric, body.factEventId());
        commands.sendAndWait(new DisputeReviewItemCommand(
                dispute, engineer, body.metric().dimension(), metric, body.factEventId(), body.month(), body.reason()));
        return new DisputeAnswer(dispute.value(), "disputed");
    }

    @PostMapping("/{disputeId}/decision")
    @AllowedRoles({SUPERVISOR, MANAGER})
    @Operation(summary = "Decide a dispute once: the item stands or no longer counts; never one's own (E2, S2)")
    DisputeAnswer decide(@PathVariable String disputeId, @Valid @RequestBody DecisionRequest body) {
        ReviewDisputeId dispute = parse(disputeId);
        commands.sendAndWait(
                new DecideReviewDisputeCommand(dispute, body.decision(), body.reason(), body.expectedVersion()));
        return new DisputeAnswer(dispute.value(), "decided");
    }

    private static ReviewDisputeId parse(String disputeId) {
        try {
            return new ReviewDisputeId(disputeId);
        } catch (IllegalArgumentException notAnId) {
            throw new UnknownResourceException("no review dispute " + disputeId);
        }
    }
}

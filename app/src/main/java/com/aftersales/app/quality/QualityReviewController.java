package com.aftersales.app.quality;

import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.quality.DecideQualityReviewCommand;
import com.aftersales.api.quality.FindQualityReviewQuery;
import com.aftersales.api.quality.FindQualityReviewQueueQuery;
import com.aftersales.api.quality.FindRepeatRatesQuery;
import com.aftersales.api.quality.QualityReviewId;
import com.aftersales.api.quality.QualityReviewView;
import com.aftersales.api.quality.RepeatRateDimension;
import com.aftersales.api.quality.RepeatRateView;
import com.aftersales.api.quality.ReviewStatus;
import com.aftersales.app.quality.QualityRequests.DecisionRequest;
import com.aftersales.app.quality.QualityRequests.RevisionRequest;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.web.UnknownResourceException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * R13: the quality reviews of repeat repairs. QUALITY decides (and revises) them; QUALITY, the
 * MANAGER and the SUPERVISOR read the queue, a review and the repeat-repair rates.
 */
@RestController
@Tag(name = "Quality reviews", description = "重复修理质量评审, RULES R12, R13, S2")
class QualityReviewController {
    private final CommandGateway commands;
    private final QueryGateway queries;

    QualityReviewController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping("/api/quality-reviews")
    @AllowedRoles({QUALITY, MANAGER, SUPERVISOR})
    @Operation(summary = "The review queue: open reviews first, oldest first; status=OPEN|DECIDED filters (R13)")
    List<QualityReviewView> queue(@RequestParam(required = false) ReviewStatus status) {
        return queries.query(
                        new FindQualityReviewQueueQuery(status),
                        ResponseTypes.multipleInstancesOf(QualityReviewView.class))
                .join();
    }

    @GetMapping("/api/quality-reviews/{reviewId}")
    @AllowedRoles({QUALITY, MANAGER, SUPERVISOR})
    @Operation(summary = "One review: the repeat's facts and the latest decision with who, role and when (R13)")
    QualityReviewView review(@PathVariable String reviewId) {
        QualityReviewView review = queries.query(
                        new FindQualityReviewQuery(parse(reviewId)), ResponseTypes.instanceOf(QualityReviewView.class))
                .join();
        if (review == null) {
            throw new UnknownResourceException("no quality review " + reviewId);
        }
        return review;
    }

    @PostMapping("/api/quality-reviews/{reviewId}/decision")
    @AllowedRoles({QUALITY})
    @Operation(
            summary = "Decide the cause PRODUCT, CUSTOMER or ENGINEER citing both orders; ENGINEER may propose a"
                    + " penalty; not by the engineer of either repair (R13, P1, S2)")
    Map<String, Object> decide(@PathVariable String reviewId, @Valid @RequestBody DecisionRequest body) {
        QualityReviewId review = parse(reviewId);
        DecideQualityReviewCommand command = body.command(review);
        commands.sendAndWait(command);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("reviewId", review.value());
        answer.put("cause", command.cause());
        answer.put(
                "penaltyId",
                command.penaltyProposal() == null
                        ? null
                        : command.penaltyProposal().penaltyId().value());
        return answer;
    }

    @PostMapping("/api/quality-reviews/{reviewId}/revision")
    @AllowedRoles({QUALITY})
    @Operation(summary = "Correct the decision: a revised decision recorded after the first, with its reason (R13)")
    Map<String, Object> revise(@PathVariable String reviewId, @Valid @RequestBody RevisionRequest body) {
        QualityReviewId review = parse(reviewId);
        commands.sendAndWait(body.command(review));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("reviewId", review.value());
        answer.put("cause", body.cause());
        answer.put("status", "revised");
        return answer;
    }

    @GetMapping("/api/quality/repeat-rates")
    @AllowedRoles({QUALITY, MANAGER, SUPERVISOR})
    @Operation(
            summary = "Repeat repairs and ENGINEER-caused repeats per engineer (of the earlier repair), model or"
                    + " fault category, as per cent of completed repairs (R12, R13)")
    List<RepeatRateView> rates(@RequestParam RepeatRateDimension by) {
        return queries.query(new FindRepeatRatesQuery(by), ResponseTypes.multipleInstancesOf(RepeatRateView.class))
                .join();
    }

    /** A review id from a path: anything that is not one names no review (404), it is not bad input. */
    static QualityReviewId parse(String reviewId) {
        try {
            return new QualityReviewId(reviewId);
        } catch (IllegalArgumentException notAnId) {
            throw new UnknownResourceException("no quality review " + reviewId);
        }
    }
}

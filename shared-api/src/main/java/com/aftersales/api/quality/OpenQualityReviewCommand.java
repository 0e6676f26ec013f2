package com.aftersales.api.quality;

import com.aftersales.api.common.UserId;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.repair.RepeatMatch;
import com.aftersales.api.repair.RepeatRepairDetectedEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R12, R13: open the quality review of a detected repeat repair, with the repeat's facts. Sent by
 * the system for every {@link RepeatRepairDetectedEvent}; opening a review that exists does nothing,
 * so a redelivered detection opens it once.
 */
public record OpenQualityReviewCommand(
        @TargetAggregateIdentifier QualityReviewId reviewId,
        RepairOrderId laterRepairOrderId,
        RepairOrderId earlierRepairOrderId,
        String serialNumber,
        RepeatMatch matchedOn,
        String faultCategory,
        List<String> sameParts,
        LocalDate earlierCompletedOn,
        LocalDate diagnosedOn,
        int daysAfterEarlierRepair,
        int windowDays,
        int policyVersion,
        UserId earlierEngineerId,
        UserId laterEngineerId) {
    public OpenQualityReviewCommand {
        Objects.requireNonNull(reviewId, "reviewId");
        sameParts = sameParts == null ? List.of() : List.copyOf(sameParts);
    }

    public static OpenQualityReviewCommand of(RepeatRepairDetectedEvent repeat) {
        return new OpenQualityReviewCommand(
                repeat.qualityReviewId(),
                repeat.repairOrderId(),
                repeat.earlierRepairOrderId(),
                repeat.serialNumber(),
                repeat.matchedOn(),
                repeat.faultCategory(),
                repeat.sameParts(),
                repeat.earlierCompletedOn(),
                repeat.diagnosedOn(),
                repeat.daysAfterEarlierRepair(),
                repeat.windowDays(),
                repeat.policyVersion(),
                repeat.earlierEngineerId(),
                repeat.laterEngineerId());
    }
}

package com.aftersales.api.quality;

import com.aftersales.api.common.UserId;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.repair.RepeatMatch;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * R12, R13: the review of the repeat of {@code earlierRepairOrderId} by {@code laterRepairOrderId}
 * is open, with the repeat's facts as detected; recorded by the system.
 */
@Revision("1")
public record QualityReviewOpenedEvent(
        QualityReviewId reviewId,
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
    public QualityReviewOpenedEvent {
        sameParts = List.copyOf(sameParts);
    }
}

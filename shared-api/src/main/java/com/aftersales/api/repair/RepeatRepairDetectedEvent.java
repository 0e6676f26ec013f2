package com.aftersales.api.repair;

import com.aftersales.api.common.UserId;
import com.aftersales.api.quality.QualityReviewId;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * R12, recorded by the system when the later repair {@code repairOrderId} of {@code serialNumber}
 * is diagnosed: it is the same problem ({@code matchedOn}) as the earlier completed repair {@code
 * earlierRepairOrderId}, {@code daysAfterEarlierRepair} days (company zone) after that one was
 * completed, within the {@code windowDays} of policy version {@code policyVersion}. {@code
 * sameParts} are the part numbers replaced then and to be replaced now (empty when only the fault
 * category matched). {@code earlierEngineerId} did the earlier repair: an ENGINEER cause of the
 * review counts against them (R13). The quality review {@code qualityReviewId} is opened for it.
 */
@Revision("1")
public record RepeatRepairDetectedEvent(
        RepairOrderId repairOrderId,
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
        UserId laterEngineerId,
        QualityReviewId qualityReviewId) {

    public RepeatRepairDetectedEvent {
        sameParts = List.copyOf(sameParts);
    }
}

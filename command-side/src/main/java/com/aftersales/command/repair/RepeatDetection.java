package com.aftersales.command.repair;

import com.aftersales.api.common.UserId;
import com.aftersales.api.quality.QualityReviewId;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.repair.RepeatMatch;
import com.aftersales.api.repair.RepeatRepairDetectedEvent;
import com.aftersales.command.serial.CompletedRepair;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * R12: a later repair of a serial is a repeat of an earlier COMPLETED one when it is diagnosed
 * within the window after the earlier completion (company-zone dates; day {@code window} still
 * counts, the day after does not) with the same fault category or a part that the earlier repair
 * replaced to be replaced again. Pure: the earlier repairs come from the serial registry as
 * committed, read in the diagnosing transaction, never from a read model.
 */
public final class RepeatDetection {
    private RepeatDetection() {}

    /** The later repair as diagnosed. */
    public record Diagnosis(
            RepairOrderId repairOrderId,
            String serialNumber,
            String faultCategory,
            List<String> partsToReplace,
            LocalDate diagnosedOn,
            UserId engineerId) {}

    public static List<RepeatRepairDetectedEvent> repeats(
            Diagnosis later, List<CompletedRepair> completed, Set<RepairOrderId> alreadyLinked, RepairPolicy policy) {
        List<RepeatRepairDetectedEvent> repeats = new ArrayList<>();
        for (CompletedRepair earlier : completed) {
            long days = ChronoUnit.DAYS.between(earlier.completedOn(), later.diagnosedOn());
            if (earlier.repairOrderId().equals(later.repairOrderId())
                    || alreadyLinked.contains(earlier.repairOrderId())
                    || days < 0
                    || days > policy.repeatWindowDays()) {
                continue;
            }
            boolean sameCategory = later.faultCategory().equals(earlier.faultCategory());
            List<String> sameParts = later.partsToReplace().stream()
                    .filter(earlier.partsReplaced()::contains)
                    .distinct()
                    .toList();
            RepeatMatch match = match(sameCategory, !sameParts.isEmpty());
            if (match != null) {
                repeats.add(new RepeatRepairDetectedEvent(
                        later.repairOrderId(),
                        earlier.repairOrderId(),
                        later.serialNumber(),
                        match,
                        later.faultCategory(),
                        sameParts,
                        earlier.completedOn(),
                        later.diagnosedOn(),
                        (int) days,
                        policy.repeatWindowDays(),
                        policy.version(),
                        earlier.engineerId(),
                        later.engineerId(),
                        QualityReviewId.ofRepeat(earlier.repairOrderId(), later.repairOrderId())));
            }
        }
        return repeats;
    }

    static RepeatMatch match(boolean sameCategory, boolean samePart) {
        if (sameCategory && samePart) {
            return RepeatMatch.FAULT_CATEGORY_AND_PART;
        }
        if (sameCategory) {
            return RepeatMatch.FAULT_CATEGORY;
        }
        return samePart ? RepeatMatch.REPLACED_PART : null;
    }
}

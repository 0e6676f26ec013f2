package com.aftersales.api.serial;

import com.aftersales.api.repair.FaultType;
import java.time.LocalDate;
import java.util.List;

/** One completed repair of a unit (from the repair order's completion) and the warranty extension it earned (R2). */
public record CompletedRepairView(
        String repairOrderId,
        String engineerId,
        LocalDate completedOn,
        FaultType faultType,
        String faultCategory,
        List<String> partsReplaced,
        LocalDate warrantyExtendedUntil) {

    public CompletedRepairView {
        partsReplaced = List.copyOf(partsReplaced);
    }
}

package com.aftersales.api.repair;

import com.aftersales.api.common.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * R3: the fault diagnosis report (故障诊断报告) by {@code engineerId} at {@code diagnosedAt}
 * ({@code diagnosedOn} in the company zone): fault type and category, what was found, the part
 * numbers to replace, and the {@code responsibility} decided with its inputs. {@code diagnosis} is
 * 1, or 2 after an approved re-inspection (R4). The customer must be told by {@code
 * customerNoticeDueAt}; in warranty (company or supplier pays) the repaired unit must be back on
 * {@code repairDueOn}, so by {@code repairDueAt}, the start of the next day (R6; both null when no
 * repair clock runs or it already runs from an earlier diagnosis), counted with the company calendar at {@code calendarVersion}.
 */
@Revision("1")
public record RepairDiagnosedEvent(
        RepairOrderId repairOrderId,
        int diagnosis,
        UserId engineerId,
        Instant diagnosedAt,
        LocalDate diagnosedOn,
        FaultType faultType,
        String faultCategory,
        String description,
        List<String> partsToReplace,
        Responsibility responsibility,
        Instant customerNoticeDueAt,
        LocalDate repairDueOn,
        Instant repairDueAt,
        int calendarVersion) {

    public RepairDiagnosedEvent {
        partsToReplace = List.copyOf(partsToReplace);
    }
}

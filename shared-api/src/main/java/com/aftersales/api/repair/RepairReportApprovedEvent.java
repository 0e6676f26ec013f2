package com.aftersales.api.repair;

import com.aftersales.api.common.UserId;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * R8: a SUPERVISOR ({@code supervisorId}, not the repairing {@code engineerId}) approved the repair
 * report (维修报告) that goes back with the unit: the cause, the parts replaced and the warranty
 * extension of {@code warrantyExtensionMonths} (of {@code policyVersion}) from the completion date.
 */
@Revision("1")
public record RepairReportApprovedEvent(
        RepairOrderId repairOrderId,
        UserId supervisorId,
        UserId engineerId,
        String cause,
        List<String> partsReplaced,
        int warrantyExtensionMonths,
        int policyVersion,
        String note) {

    public RepairReportApprovedEvent {
        partsReplaced = List.copyOf(partsReplaced);
    }
}

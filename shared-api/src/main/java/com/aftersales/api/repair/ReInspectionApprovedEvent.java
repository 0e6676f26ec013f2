package com.aftersales.api.repair;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/**
 * R4: a technical SUPERVISOR ({@code supervisorId}, not the diagnosing engineer) approved the
 * re-inspection: the unit is diagnosed again, by {@code engineerId}.
 */
@Revision("1")
public record ReInspectionApprovedEvent(
        RepairOrderId repairOrderId, UserId supervisorId, UserId engineerId, String note) {}

package com.aftersales.api.parts;

import com.aftersales.api.common.UserId;
import com.aftersales.api.repair.RepairOrderId;
import org.axonframework.serialization.Revision;

/** R11, S2: {@code approvedBy}, a supervisor who did not request it, approved the requisition. */
@Revision("1")
public record PartsRequisitionApprovedEvent(
        PartsRequisitionId requisitionId, RepairOrderId repairOrderId, UserId approvedBy) {}

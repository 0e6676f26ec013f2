package com.aftersales.api.repair;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** R4: the SUPERVISOR upheld the diagnosis; the request is used up, the order goes on as diagnosed. */
@Revision("1")
public record ReInspectionRejectedEvent(RepairOrderId repairOrderId, UserId supervisorId, String reason) {}

package com.aftersales.api.repair;

import org.axonframework.serialization.Revision;

/** R4: the customer disputes the diagnosis and asks for a re-inspection (复检), {@code request} of the limit. */
@Revision("1")
public record ReInspectionRequestedEvent(RepairOrderId repairOrderId, int request, String reason) {}

package com.aftersales.api.complaint;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** C4: the handling plan. */
@Revision("1")
public record ComplaintHandlingPlannedEvent(ComplaintId complaintId, String plan, UserId plannedBy) {}

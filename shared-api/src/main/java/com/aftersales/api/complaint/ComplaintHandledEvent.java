package com.aftersales.api.complaint;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** C4: what was done to handle the complaint. */
@Revision("1")
public record ComplaintHandledEvent(ComplaintId complaintId, String actions, UserId handledBy) {}

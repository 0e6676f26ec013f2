package com.aftersales.api.complaint;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** C3: the supervisor rejected the complaint: not authentic, or not reasonable, for {@code reasons}. */
@Revision("1")
public record ComplaintRejectedEvent(
        ComplaintId complaintId, boolean authentic, boolean reasonable, String reasons, UserId reviewedBy) {}

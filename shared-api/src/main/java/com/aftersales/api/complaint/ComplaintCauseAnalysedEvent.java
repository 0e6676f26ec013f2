package com.aftersales.api.complaint;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** C4: the cause analysis of an accepted complaint. */
@Revision("1")
public record ComplaintCauseAnalysedEvent(
        ComplaintId complaintId, ComplaintCause cause, String analysis, UserId analysedBy) {}

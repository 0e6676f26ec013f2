package com.aftersales.api.complaint;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** C4, S4: the case is archived; nothing more is recorded on it. */
@Revision("1")
public record ComplaintArchivedEvent(ComplaintId complaintId, ComplaintStatus archivedFrom, UserId archivedBy) {}

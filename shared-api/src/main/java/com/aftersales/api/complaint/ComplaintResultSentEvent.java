package com.aftersales.api.complaint;

import com.aftersales.api.common.UserId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** C4: the result went to {@code recipients}: the people involved and their supervisor. */
@Revision("1")
public record ComplaintResultSentEvent(
        ComplaintId complaintId, String summary, List<UserId> recipients, UserId sentBy) {
    public ComplaintResultSentEvent {
        recipients = List.copyOf(recipients);
    }
}
